"""Periods, per-group tallies, the qd766 index and ranking (docs/methodology.md,
Periods, Metrics, The index, Ranking)."""

import math
import re
from collections import namedtuple
from fractions import Fraction

from ref_values import LOCAL_OFFSET
import datetime as _dt

# ---------------------------------------------------------------- quarter

_QUARTER_FORMS = [re.compile(r"(\d{4})-?[Qq]([1-4])"), re.compile(r"[Qq]([1-4])/(\d{4})")]


def parse_quarter(text):
    text = text.strip()
    m = _QUARTER_FORMS[0].fullmatch(text)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _QUARTER_FORMS[1].fullmatch(text)
    if m:
        return int(m.group(2)), int(m.group(1))
    raise ValueError("bad quarter %r (expected YYYY-Qn, YYYYQn or Qn/YYYY)" % text)


def _local_midnight(y, m):
    return (_dt.date(y, m, 1) - _dt.date(1970, 1, 1)).days * 86400 - LOCAL_OFFSET


def quarter_bounds(year, q):
    """[start, end) in epoch seconds, local time boundaries."""
    start = _local_midnight(year, 3 * q - 2)
    end = _local_midnight(year + 1, 1) if q == 4 else _local_midnight(year, 3 * q + 1)
    return start, end


def quarter_of(instant):
    local = _dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=instant + LOCAL_OFFSET)
    return local.year, (local.month - 1) // 3 + 1


# A period is (kind, year, n): ("month", 2025, 9), ("quarter", 2025, 3), ("year", 2025, 1).
_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def parse_period(text):
    """YYYY-MM, the quarter forms, or YYYY."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m and 1 <= int(m.group(2)) <= 12:
        return "month", int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        return "year", int(m.group(1)), 1
    year, q = parse_quarter(text)
    return "quarter", year, q


def period_name(p):
    kind, year, n = p
    return {"month": "%04d-%02d" % (year, n), "quarter": "%04d-Q%d" % (year, n), "year": "%04d" % year}[kind]


def _ordinal(p):
    """Months since year 0 of the period's first month, divided by its length."""
    kind, year, n = p
    return (year * 12 + (n - 1) * _MONTHS[kind]) // _MONTHS[kind]


def _from_ordinal(kind, k):
    first = k * _MONTHS[kind]
    return kind, first // 12, (first % 12) // _MONTHS[kind] + 1


def period_shift(p, count):
    return _from_ordinal(p[0], _ordinal(p) + count)


def period_bounds(p):
    """[start, end) in epoch seconds, local calendar boundaries."""
    kind, year, n = p
    first = year * 12 + (n - 1) * _MONTHS[kind]
    after = first + _MONTHS[kind]
    return _local_midnight(first // 12, first % 12 + 1), _local_midnight(after // 12, after % 12 + 1)


def period_of(kind, instant):
    local = _dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=instant + LOCAL_OFFSET)
    return _from_ordinal(kind, (local.year * 12 + local.month - 1) // _MONTHS[kind])


# ---------------------------------------------------------------- dossier

def end_time(d):
    """finished_at, else refused_at when status is 3 or 8, else returned_at when
    status is 7 or 10; None while open."""
    if d["finished_at"] is not None:
        return d["finished_at"]
    if d["status"] in (3, 8) and d["refused_at"] is not None:
        return d["refused_at"]
    if d["status"] in (7, 10) and d["returned_at"] is not None:
        return d["returned_at"]
    return None


def timeliness_end(d):
    """The end time; or, for a dossier waiting for a supplement (status 5) with no
    end time, when that supplement was requested.  Used by in scope, on time, open
    in time and overdue only."""
    end = end_time(d)
    if end is not None:
        return end
    if d["status"] == 5:
        return d["supplement_requested_at"]
    return None


def effective_due(d):
    """due_at + supplement_days, floored to whole seconds; None without due_at."""
    if d["due_at"] is None:
        return None
    return d["due_at"] + math.floor(d["supplement_days"] * 86400)


# ---------------------------------------------------------------- tally

TALLY_FIELDS = [
    "received", "in_scope", "ended", "with_due", "no_due_date", "on_time",
    "open_in_time", "overdue", "online", "full_online", "service_level_known",
    "paid_online", "paid_online_den",
    "digitized", "digitized_den", "reused", "reused_den", "e_result",
    "e_result_den", "synced", "synced_den", "rated", "rating_1", "rating_2",
    "rating_3", "complained", "processing_seconds_sum", "at_risk",
    # not written to provinces.csv: whether payment is measured; dossier satisfaction's
    # numerator (on time or open in time, no complaint) and the at-risk dossiers in it
    "payment_known", "satisfied", "at_risk_satisfied",
]
INTERNAL_FIELDS = ("payment_known", "satisfied", "at_risk_satisfied")


def new_tally():
    return dict.fromkeys(TALLY_FIELDS, 0)


def add_flag(t, num, den, value):
    if value is not None:
        t[den] += 1
        if value:
            t[num] += 1


def tally_add(t, d, start, end_p, calendar_end=None):
    """Counts d in the period [start, end_p); end_p is as-of when that ended the period before
    calendar_end, and open-in-time dossiers due before calendar_end are then at risk."""
    if d["status"] in (1, 3):
        return
    rec = d["received_at"]
    end = end_time(d)
    settled_at = timeliness_end(d)
    if start <= rec < end_p:
        t["received"] += 1
        t["online"] += d["channel"] == 2
        if d["service_level"] is not None:  # full online: service level 4 (not scored)
            t["service_level_known"] += 1
            t["full_online"] += d["service_level"] == 4
        fee, paid = d["has_fee"], d["paid_online"]
        if fee is False:
            t["payment_known"] += 1
        elif fee is True and paid is not None:
            t["payment_known"] += 1
            t["paid_online_den"] += 1
            if paid in (1, 2):
                t["paid_online"] += 1
        add_flag(t, "digitized", "digitized_den", d["digitized"])
        add_flag(t, "reused", "reused_den", d["reused_data"])
        add_flag(t, "synced", "synced_den", d["synced"])
    in_scope = rec < end_p and not (settled_at is not None and settled_at < start)
    if not in_scope:
        return
    t["in_scope"] += 1
    ended = end is not None and start <= end < end_p
    if ended:
        t["ended"] += 1
        t["processing_seconds_sum"] += end - rec
        add_flag(t, "e_result", "e_result_den", d["e_result"])
        if d["rating"] is not None:
            t["rated"] += 1
            t["rating_%d" % d["rating"]] += 1
        if d["complaint"] is True or d["rating"] == 1:
            t["complained"] += 1
    due = effective_due(d)
    if due is None:
        t["no_due_date"] += 1
        return
    t["with_due"] += 1
    complained = d["complaint"] is True or d["rating"] == 1
    settled = settled_at is not None and start <= settled_at < end_p
    if settled and settled_at <= due and d["supplement_count"] <= 1:
        t["on_time"] += 1
        t["satisfied"] += not complained
    elif (settled_at is None or settled_at >= end_p) and due >= end_p:
        t["open_in_time"] += 1
        t["satisfied"] += not complained
        if calendar_end is not None and due < calendar_end:
            t["at_risk"] += 1
            t["at_risk_satisfied"] += not complained
    else:
        t["overdue"] += 1


# ---------------------------------------------------------------- index

GROUPS = ["ckmb", "tdgq", "dvctt", "tttt", "mdsh", "mdhl"]

# id, group, metric (exports), max, threshold T, source, portal metric code.
Indicator = namedtuple("Indicator", "id group metric max threshold source portal_code")
SOURCES = ("exports", "published", "published_first")


def _ind(ident, code, group, mx, thr, source, metric_name=None):
    return Indicator(ident, group, metric_name, Fraction(mx), Fraction(thr), source, code)


# The portal's 19 indicators, 100 points.  Payment is the portal's 6 A + min(2, 2.5 B) + 2.5 C
# as three indicators; dvctt.online is published first, online_rate its exports approximation.
QD766 = [
    _ind("ckmb.publish_on_time", "PUBLISH_ON_TIME", "ckmb", 6, 1, "published"),
    _ind("ckmb.update_on_time", "PUBLIC_UPDATE_ON_TIME", "ckmb", 4, 1, "published"),
    _ind("ckmb.content_full", "PUBLIC_CONTENT_FULL", "ckmb", 2, 1, "published"),
    _ind("ckmb.sync", "DOSSIER_SYNC", "ckmb", 6, 1, "exports", "sync_rate"),
    _ind("tdgq.on_time", "ON_TIME_RATE", "tdgq", 20, 1, "exports", "timeliness_rate"),
    _ind("dvctt.online", None, "dvctt", 12, Fraction(1, 2), "published_first", "online_rate"),
    _ind("tttt.payment", None, "tttt", 6, 1, "exports", "paid_online_rate"),
    _ind("tttt.procedures_paid", None, "tttt", 2, Fraction(4, 5), "published"),
    _ind("tttt.procedures_fee", None, "tttt", 2, Fraction(4, 5), "published"),
    _ind("mdsh.e_result", "ORIGINAL_RESULT_AVAILABLE", "mdsh", 6, 1, "exports", "e_result_rate"),
    _ind("mdsh.digitized", "SO_HOA_GIAY_TO_GIAI_QUYET", "mdsh", 4, 1, "exports", "digitized_rate"),
    _ind("mdsh.reuse", "REUSED_DIGITIZED_DATA", "mdsh", 2, Fraction(4, 5), "exports", "reuse_rate"),
    _ind("mdsh.personal_storage", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "mdsh", 4, 1, "published"),
    _ind("mdsh.citizen_data_dossier", "CITIZEN_DATA_CONNECTED_DOSSIER", "mdsh", 2, 1, "published"),
    _ind("mdsh.citizen_data_procedure", "CITIZEN_DATA_CONNECTED_FORMALITY", "mdsh", 2, 1, "published"),
    _ind("mdsh.certified_copy", "ELECTRONIC_CERTIFIED_COPY", "mdsh", 2, 1, "published"),
    _ind("mdhl.petition_on_time", "PETITION_PROCESSING_ON_TIME", "mdhl", 6, 1, "published"),
    _ind("mdhl.petition_satisfaction", "PETITION_HANDLING_SATISFACTION", "mdhl", 6, 1, "published"),
    _ind("mdhl.dossier", "DOSSIER_RECEIVING_SATISFACTION", "mdhl", 6, Fraction(9, 10), "exports",
         "dossier_satisfaction"),
]

METRICS = ("timeliness_rate", "dossier_satisfaction", "online_rate", "paid_online_rate",
           "sync_rate", "e_result_rate", "digitized_rate", "reuse_rate", "satisfaction_rate")


def load_methodology(path):
    """A methodology CSV: indicator,group,metric,max,threshold[,source,portal_code,group_title].
    source defaults to exports when metric is given, else published."""
    import csv
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        name = (r.get("metric") or "").strip() or None
        source = (r.get("source") or "").strip().lower() or ("exports" if name else "published")
        if source not in SOURCES:
            raise ValueError("methodology %s: unknown source %r" % (r["indicator"], source))
        if source != "published" and name not in METRICS:
            raise ValueError("methodology %s: unknown metric %r" % (r["indicator"], name))
        out.append(Indicator(r["indicator"].strip(), r["group"].strip().lower(), name,
                             Fraction(r["max"].strip()), Fraction(r["threshold"].strip()), source,
                             (r.get("portal_code") or "").strip() or None))
    return out


# The points the portal's published totals are out of: the basis of a published province,
# and the one every ranked province needs when any has it.
PORTAL_POINTS = Fraction(100)


def full_max(methodology):
    return sum((ind.max for ind in methodology), Fraction(0))


def group_max(methodology, group):
    return sum((ind.max for ind in methodology if ind.group == group), Fraction(0))


def metric(t, name):
    """(measured, numerator, denominator, rate) with rate None when the denominator is 0."""
    if name == "timeliness_rate":
        num, den = t["on_time"] + t["open_in_time"], t["with_due"]
        measured = den > 0
    elif name == "dossier_satisfaction":
        num, den = t["satisfied"], t["with_due"]
        measured = den > 0
    elif name == "online_rate":
        num, den = t["online"], t["received"]
        measured = den > 0
    elif name == "paid_online_rate":
        num, den = t["paid_online"], t["paid_online_den"]
        measured = t["payment_known"] > 0
    elif name == "satisfaction_rate":
        num, den = t["rating_2"] + t["rating_3"], t["rated"]
        measured = den > 0
    else:
        prefix = {"sync_rate": "synced", "e_result_rate": "e_result",
                  "digitized_rate": "digitized", "reuse_rate": "reused"}[name]
        num, den = t[prefix], t[prefix + "_den"]
        measured = den > 0
    rate = Fraction(num, den) if den else None
    return measured, num, den, rate


def points_of(ind, rate):
    return ind.max * min(Fraction(1), rate / ind.threshold)


def exports_side(t, ind):
    """The indicator as the exports give it: (status, numerator, denominator, rate, points)."""
    measured, num, den, rate = metric(t, ind.metric)
    if not measured:
        return "not_measured", None, None, None, None
    if rate is None:
        return "empty", 0, 0, None, Fraction(0)  # nothing to count scores 0
    return "ok", num, den, rate, points_of(ind, rate)


def score(t, methodology=QD766, published=None):
    """Indicator rows, group sums, total, basis and published points for one tally.
    published: {indicator id: Published} of this province and period (None for units)."""
    published = published or {}
    rows = []
    groups = {g: Fraction(0) for g in GROUPS if any(ind.group == g for ind in methodology)}
    total = basis = published_points = Fraction(0)
    for ind in methodology:
        computed = exports_side(t, ind) if ind.source != "published" else None
        given = published.get(ind.id)
        if given is not None and (ind.source != "exports" or computed[0] == "not_measured"):
            rate = (Fraction(given.numerator, given.denominator)
                    if given.numerator is not None and given.denominator else None)
            status, num, den, points = "published", given.numerator, given.denominator, given.points
            published_points += points
        elif computed is None:
            status, num, den, rate, points = "missing", None, None, None, None
        else:
            status, num, den, rate, points = computed
        if status in ("ok", "empty", "published"):
            basis += ind.max
        if points is not None:
            groups[ind.group] = groups.get(ind.group, Fraction(0)) + points
            total += points
        rows.append({"indicator": ind.id, "group": ind.group,
                     "source": "published" if status in ("published", "missing") else "exports",
                     "numerator": num, "denominator": den, "rate": rate, "points": points,
                     "max": ind.max, "status": status, "computed": computed})
    return {"rows": rows, "groups": groups, "total": total, "basis": basis,
            "published_points": published_points}


# ---------------------------------------------------------------- rounding

def round_half_away(value, places):
    """Exact decimal string of a Fraction/int rounded half away from zero."""
    value = Fraction(value)
    scaled = value * 10 ** places
    n = math.floor(abs(scaled) + Fraction(1, 2))
    if value < 0 and n:
        n = -n
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(places + 1, "0")
    if places == 0:
        return sign + digits
    return sign + digits[:-places] + "." + digits[-places:]


def competition_rank(items):
    """items: [(tie_key, total)]; returns [(rank, tie_key, total)] ordered by
    total rounded to 2 decimals descending, then tie_key."""
    keyed = [(Fraction(round_half_away(total, 2)), key, total) for key, total in items]
    keyed.sort(key=lambda x: (-x[0], x[1]))
    out = []
    for i, (rounded, key, total) in enumerate(keyed):
        if i and rounded == keyed[i - 1][0]:
            rank = out[-1][0]
        else:
            rank = i + 1
        out.append((rank, key, total))
    return out


def if_at_risk_overdue(t):
    """The tally with every at-risk dossier moved from open in time to overdue (timeliness and
    dossier satisfaction; it leaves the latter's numerator only if it was in it)."""
    t = dict(t)
    t["open_in_time"] -= t["at_risk"]
    t["overdue"] += t["at_risk"]
    t["satisfied"] -= t["at_risk_satisfied"]
    return t

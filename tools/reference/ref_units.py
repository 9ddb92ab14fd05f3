"""The focus province's units (docs/methodology.md, Units and procedures): each unit's level,
its score from exports only, its rank and percentile within its level, its same-size peers, and
per level the median and P75 of the ranked totals.

* A unit is its unit_code, else its unit_name, else "(unknown)"; it is shown with its name: a
  coded unit's most frequent non-empty unit_name (ties: the smallest), a named unit's name.
* Level: the most frequent unit_level its kept records state (any status or date; ties go to
  department); when none states one, commune when the shown name's words, each folded, start
  with "ubnd xa", "ubnd phuong" or "ubnd dac khu", else department.
* Ranked within the level: the units with something in scope, by total rounded to 2 decimals,
  descending, competition ranks, ties by unit_code (empty first), then name.
* Same-size peers: the other ranked units of the level with 4 x own <= 5 x peer <= 6 x own
  (received in the period); their number, the median of their full-precision totals, and the
  competition rank of the unit's rounded total among them and itself.
"""

from collections import Counter
from fractions import Fraction

from ref_metrics import competition_rank, round_half_away, score
from ref_ranking import percentile, quantile
from ref_registry import fold

LEVELS = ("department", "commune")
UNKNOWN = "(unknown)"
_COMMUNE_PREFIXES = (("ubnd", "xa"), ("ubnd", "phuong"), ("ubnd", "dac", "khu"))

UNIT_COLUMNS = ["unit_key", "level", "in_scope", "overdue", "total", "at_risk", "rank",
                "percentile", "peers", "peer_median_total", "peer_rank", "received", "full_online",
                "service_level_known"]


def unit_key(d):
    return d["unit_code"] or d["unit_name"] or UNKNOWN


def level_of_name(name):
    """commune when the folded words of the name start with ubnd xa / ubnd phuong / ubnd dac khu
    (a word with no letter or digit, such as "-", is no word), else department."""
    words = tuple(w for w in (fold(part) for part in name.split()) if w)
    if any(words[:len(prefix)] == prefix for prefix in _COMMUNE_PREFIXES):
        return "commune"
    return "department"


def _most_frequent(counts, prefer=None):
    """The value counted most often; ties go to `prefer` when it is among them, else the smallest."""
    best = max(counts.values())
    tied = sorted(value for value, n in counts.items() if n == best)
    return prefer if prefer in tied else tied[0]


def describe(kept, focus):
    """{unit key: (unit_code, shown name, level)} of every unit of the focus province's kept
    records, whatever their status or date."""
    coded, names, levels = set(), {}, {}
    for d in kept.values():
        if d["province"] != focus:
            continue
        key = unit_key(d)
        names.setdefault(key, Counter())
        levels.setdefault(key, Counter())
        if d["unit_code"]:
            coded.add(key)
        if d["unit_name"]:
            names[key][d["unit_name"]] += 1
        if d["unit_level"] is not None:
            levels[key][d["unit_level"]] += 1
    out = {}
    for key in names:
        if key in coded:
            code, name = key, _most_frequent(names[key]) if names[key] else ""
        else:
            code, name = "", key
        if levels[key]:
            level = _most_frequent(levels[key], prefer="department")
        else:
            level = level_of_name(name)
        out[key] = (code, name, level)
    return out


def peers_of(key, ranked, received):
    """The other ranked units (keys) of the level with 4 x own <= 5 x peer <= 6 x own."""
    own = received[key]
    return [other for other in ranked
            if other != key and 4 * own <= 5 * received[other] <= 6 * own]


def unit_tables(units, described, methodology):
    """(units.csv rows, unit_levels.csv rows).  units: {key: tally of the period}."""
    totals = {key: score(t, methodology)["total"] for key, t in units.items() if t["in_scope"] > 0}
    received = {key: t["received"] for key, t in units.items()}
    rows, level_rows = [], []
    for level in LEVELS:
        keys = [key for key in units if described[key][2] == level]
        items = [((described[key][0], described[key][1], key), totals[key])
                 for key in keys if key in totals]
        ranked = competition_rank(items)
        ranked_keys = [tie[2] for _rank, tie, _total in ranked]
        rounded = {key: Fraction(round_half_away(totals[key], 2)) for key in ranked_keys}
        for position, (_code, _name, key), total in ranked:
            peers = peers_of(key, ranked_keys, received)
            peer_rank = 1 + sum(rounded[p] > rounded[key] for p in peers)
            median = quantile([totals[p] for p in peers], "1/2")
            rows.append(_row(key, level, units[key], total, position,
                             percentile(position, len(ranked)), len(peers), median, peer_rank))
        # Unranked units follow in the ties' order: unit_code (none first), then name.
        for key in sorted((k for k in keys if k not in totals), key=lambda k: (described[k][0], described[k][1])):
            rows.append(_row(key, level, units[key], None, None, None, None, None, None))
        values = [totals[key] for key in ranked_keys]
        level_rows.append([level, len(ranked), _fmt(quantile(values, "1/2")),
                           _fmt(quantile(values, "3/4"))])
    return rows, level_rows


def _fmt(value):
    return "" if value is None else round_half_away(value, 2)


def _row(key, level, t, total, position, pct, peers, median, peer_rank):
    return [key, level, t["in_scope"], t["overdue"], _fmt(total), t["at_risk"], position,
            _fmt(pct), peers, _fmt(median), peer_rank, t["received"], t["full_online"],
            t["service_level_known"]]

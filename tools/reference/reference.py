#!/usr/bin/env python3
"""Independent reference implementation of the rules in docs/methodology.md
(inputs through ranking, part of the outputs) in plain Python 3.11, used to
cross-check the Swift tool.

    python3 tools/reference/reference.py --period 2025-Q3|2025-09|2025
        [--as-of DATETIME] [--focus 66]
        [--top 10] [--province CODE] [--delimiter auto|comma|semicolon|tab]
        [--strict] [--max-reject-rate 0.05] [--no-formula-guard]
        --out DIR INPUT...

Writes indicators.csv, rankings.csv, provinces.csv, reconciliation.csv,
rejects.csv, units.csv, trend.csv and focus_at_risk.csv (UTF-8 without BOM,
comma, LF) into DIR.  --quarter is the same option as --period.
See README.md for the interpretations chosen.
"""

import argparse
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ref_csv import FileError, decode_to_utf8, read_table  # noqa: E402
from ref_metrics import (GROUPS, QD766, TALLY_FIELDS, competition_rank,  # noqa: E402
                         load_methodology, new_tally, parse_period, period_bounds, period_name,
                         period_of, period_shift, end_time, round_half_away, score, tally_add)
from ref_registry import NAMES, fold, resolve_province  # noqa: E402
from ref_values import (COLUMNS, DEFAULTS, HEADER_KEYS, MAX_FIELD_BYTES,  # noqa: E402
                        PARSERS, BadValue, normalize_text, parse_datetime)

TRUNCATE_BYTES = 64  # a field_too_long value is shown by its first 64 bytes

EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_CANTCREAT = 64, 65, 66, 73


class UsageError(Exception):
    pass


# ====================================================================== input

def list_inputs(args):
    """Files as given; a directory means its *.csv files sorted by name."""
    paths = []
    for arg in args:
        if os.path.isdir(arg):
            names = sorted(n for n in os.listdir(arg)
                           if n.endswith(".csv") and not n.startswith(".")
                           and os.path.isfile(os.path.join(arg, n)))
            paths.extend(os.path.join(arg, n) for n in names)
        elif os.path.isfile(arg):
            paths.append(arg)
        else:
            raise FileNotFoundError(arg)
    return paths


def map_header(path, header_line, header):
    """canonical column -> (index, header as written).  The first column that
    matches a canonical name wins; later ones are ignored."""
    columns = {}
    for idx, raw in enumerate(header):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise FileError(header_line, idx + 1, "encoding not UTF-8 in the header")
        canon = HEADER_KEYS.get(fold(text))
        if canon and canon not in columns:
            columns[canon] = (idx, normalize_text(text))
    return columns


class Reject(Exception):
    def __init__(self, column, reason, value):
        super().__init__(reason)
        self.column, self.reason, self.value = column, reason, value


def parse_row(fields, columns, default_province):
    """Return a dossier dict or raise Reject(column header, reason, value)."""
    d = {}
    for canon, _aliases, kind, required in COLUMNS:
        if canon not in columns:
            if canon == "province":
                d[canon] = default_province
            else:
                d[canon] = DEFAULTS.get(kind)
            continue
        idx, header = columns[canon]
        raw = fields[idx]
        if len(raw) > MAX_FIELD_BYTES:
            shown = raw[:TRUNCATE_BYTES].decode("utf-8", "replace")
            raise Reject(header, "field_too_long", shown)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Reject(header, "invalid_utf8", raw.decode("utf-8", "replace"))
        value = normalize_text(text)
        if not value:
            if canon == "province" and default_province is not None:
                d[canon] = default_province
                continue
            if required:
                raise Reject(header, "missing_value", text)
            d[canon] = DEFAULTS.get(kind)
            continue
        try:
            d[canon] = PARSERS[kind](value)
        except BadValue as e:
            raise Reject(header, e.reason, text)
        if canon == "due_at" and d[canon] < d["received_at"]:
            raise Reject(header, "due_before_received", text)
        if canon == "finished_at" and d[canon] < d["received_at"]:
            raise Reject(header, "finished_before_received", text)
    return d


def reject_dossier_id(fields, columns):
    if "dossier_id" not in columns or columns["dossier_id"][0] >= len(fields):
        return ""
    raw = fields[columns["dossier_id"][0]]
    if len(raw) > MAX_FIELD_BYTES:
        raw = raw[:TRUNCATE_BYTES]
    return normalize_text(raw.decode("utf-8", "replace"))


def read_inputs(paths, delimiter, default_province, out, encoding="auto"):
    """Validate every row.  out: dict with rows_read, rejects, accepted."""
    for path in paths:
        try:
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise FileError(1, 1, "cannot read: %s" % e.strerror) from None
            _encoding, data = decode_to_utf8(data, encoding)
            _delim, header_line, header, records = read_table(data, delimiter)
            columns = map_header(path, header_line, header)
            for canon, _a, _k, required in COLUMNS:
                if required and canon not in columns:
                    if canon == "province" and default_province is not None:
                        continue
                    raise FileError(header_line, 1, "required column %s missing" % canon)
            for line, fields in records:
                out["rows_read"] += 1
                if len(fields) != len(header):
                    out["rejects"].append((path, line, "", "wrong_field_count",
                                           reject_dossier_id(fields, columns), ""))
                    continue
                try:
                    d = parse_row(fields, columns, default_province)
                except Reject as r:
                    out["rejects"].append((path, line, r.column, r.reason,
                                           reject_dossier_id(fields, columns), r.value))
                    continue
                out["accepted"].append(d)
        except FileError as e:
            e.path = path
            raise


# ============================================================== duplicates

def _known(value):
    return (0,) if value is None or value == "" else (1, value)


def precedence(d):
    """Greater is more advanced (docs/methodology.md, Duplicates)."""
    end = end_time(d)
    key = [end is not None, end if end is not None else 0, d["received_at"], d["status"]]
    key.extend(_known(d[c[0]]) for c in COLUMNS)
    return tuple(key)


def deduplicate(accepted):
    kept = {}
    for d in accepted:
        cur = kept.get(d["dossier_id"])
        if cur is None or precedence(d) > precedence(cur):
            kept[d["dossier_id"]] = d
    return kept


# ================================================================== output

def guard(text):
    """CWE-1236: a text cell starting with = + - @ TAB CR gets a leading '."""
    if GUARD and text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


GUARD = True


def csv_cell(value):
    s = "" if value is None else str(value)
    if any(c in s for c in ',"\n\r'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(csv_cell(v) for v in row) + "\n")


def fmt(value, places):
    return "" if value is None else round_half_away(value, places)


def unit_key(d):
    return d["unit_code"] or d["unit_name"] or "(unknown)"


def run(argv=None):
    global GUARD
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--period", "--quarter", dest="period")
    ap.add_argument("--as-of", dest="as_of")
    ap.add_argument("--focus", default="66")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--province")
    ap.add_argument("--delimiter", default="auto",
                    choices=["auto", "comma", "semicolon", "tab"])
    ap.add_argument("--encoding", default="auto",
                    choices=["auto", "utf-8", "utf-16", "windows-1258"])
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--max-reject-rate", default="0.05")
    ap.add_argument("--no-formula-guard", action="store_true")
    ap.add_argument("--methodology", help="a methodology CSV instead of the built-in qd766")
    ap.add_argument("--out", required=True)
    ap.add_argument("inputs", nargs="+", metavar="INPUT")
    a = ap.parse_args(argv)
    GUARD = not a.no_formula_guard

    try:
        period = parse_period(a.period) if a.period else None
        as_of = None
        if a.as_of:
            text = a.as_of.strip()
            try:
                as_of = parse_datetime(text)
            except BadValue:
                try:
                    as_of = parse_datetime(text + " 00:00")
                except BadValue:
                    raise UsageError("bad --as-of %r" % a.as_of)
            if period is None:
                period = period_of("quarter", as_of - 1)
            if as_of <= period_bounds(period)[0]:
                raise UsageError("--as-of at or before the start of the period")
        focus = resolve_province(a.focus)
        if focus is None:
            raise UsageError("unknown --focus province %r" % a.focus)
        default_province = None
        if a.province is not None:
            default_province = resolve_province(a.province)
            if default_province is None:
                raise UsageError("unknown --province %r" % a.province)
        max_rate = Fraction(a.max_reject_rate)
        methodology = load_methodology(a.methodology) if a.methodology else QD766
    except (UsageError, ValueError, OSError, KeyError) as e:
        print("error: %s" % e, file=sys.stderr)
        return EX_USAGE

    try:
        paths = list_inputs(a.inputs)
    except FileNotFoundError as e:
        print("%s: error: input missing" % e.args[0], file=sys.stderr)
        return EX_NOINPUT
    state = {"rows_read": 0, "rejects": [], "accepted": []}
    try:
        read_inputs(paths, a.delimiter, default_province, state, a.encoding)
    except FileError as e:
        print("%s:%d:%d: error: %s" % (e.path, e.line, e.column, e.message), file=sys.stderr)
        return EX_DATAERR

    rejects = sorted(state["rejects"], key=lambda r: (r[0], r[1]))
    kept = deduplicate(state["accepted"])
    rows_read = state["rows_read"]
    duplicates = len(state["accepted"]) - len(kept)
    if rejects and (a.strict or len(rejects) > max_rate * rows_read):
        print("error: %d rejects of %d rows read" % (len(rejects), rows_read), file=sys.stderr)
        return EX_DATAERR

    if period is None:
        if not kept:
            print("error: no accepted rows to choose a quarter from", file=sys.stderr)
            return EX_DATAERR
        period = period_of("quarter", max(d["received_at"] for d in kept.values()))
    start, calendar_end = period_bounds(period)
    end_p = calendar_end if as_of is None else min(calendar_end, as_of)
    cut = calendar_end if end_p < calendar_end else None

    # Tallies, in a deterministic order (sorted by dossier id).
    provinces, units = tallies(kept, focus, start, end_p, cut)
    computed = sorted(code for code, t in provinces.items() if t["in_scope"] > 0)
    scores = {code: score(provinces[code], methodology) for code in computed}

    try:
        os.makedirs(a.out, exist_ok=True)
    except OSError as e:
        print("%s: error: cannot create output: %s" % (a.out, e.strerror), file=sys.stderr)
        return EX_CANTCREAT

    ind_rows = []
    for code in computed:
        for r in scores[code]["rows"]:
            ind_rows.append([code, r["indicator"], r["group"], r["numerator"],
                             r["denominator"], fmt(r["rate"], 4), fmt(r["points"], 2),
                             fmt(r["max"], 2), r["status"]])
    write_csv(os.path.join(a.out, "indicators.csv"),
              ["province_code", "indicator", "group", "numerator", "denominator",
               "rate", "points", "max", "status"], ind_rows)

    rank_rows = []
    for rank, code, total in competition_rank([(c, scores[c]["total"]) for c in computed]):
        s = scores[code]
        rank_rows.append([rank, code, guard(NAMES[code]), fmt(total, 2)]
                         + [fmt(s["groups"][g], 2) for g in GROUPS]
                         + [fmt(s["measured_max"], 2)])
    write_csv(os.path.join(a.out, "rankings.csv"),
              ["rank", "province_code", "province_name", "total"] + GROUPS
              + ["measured_max"], rank_rows)

    prov_fields = [f for f in TALLY_FIELDS if f != "payment_known"]
    write_csv(os.path.join(a.out, "provinces.csv"), ["province_code"] + prov_fields,
              [[code] + [provinces[code][f] for f in prov_fields] for code in computed])

    write_csv(os.path.join(a.out, "reconciliation.csv"),
              ["rows_read", "accepted", "rejected", "duplicates"],
              [[rows_read, len(kept), len(rejects), duplicates]])

    write_csv(os.path.join(a.out, "rejects.csv"),
              ["file", "line", "column", "reason", "dossier_id", "value"],
              [[guard(f), line, guard(col), reason, guard(did), guard(val)]
               for f, line, col, reason, did, val in rejects])

    unit_rows = []
    for key in sorted(units):
        t = units[key]
        total = fmt(score(t, methodology)["total"], 2) if t["in_scope"] > 0 else ""
        unit_rows.append([guard(key), t["in_scope"], t["overdue"], total, t["at_risk"]])
    write_csv(os.path.join(a.out, "units.csv"),
              ["unit_key", "in_scope", "overdue", "total", "at_risk"], unit_rows)

    # What is still to play for: the focus province's total if every at-risk dossier turned
    # overdue (written only when as-of ended the period early).
    at_risk_rows = []
    if cut is not None and focus in computed:
        t = dict(provinces[focus])
        t["open_in_time"] -= t["at_risk"]
        t["overdue"] += t["at_risk"]
        at_risk_rows.append([provinces[focus]["at_risk"], fmt(scores[focus]["total"], 2),
                             fmt(score(t, methodology)["total"], 2)])
    write_csv(os.path.join(a.out, "focus_at_risk.csv"), ["at_risk", "total", "total_if_overdue"],
              at_risk_rows)

    # The trend: earlier periods of the same kind, whole, from the first with a received
    # dossier, at most 12 before; then this period's ranking.
    received = [period_of(period[0], d["received_at"]) for d in kept.values() if d["status"] not in (1, 3)]
    earlier = []
    if received:
        first = min(received, key=lambda p: period_bounds(p)[0])
        oldest = period_shift(period, -12)
        q = first if period_bounds(first)[0] > period_bounds(oldest)[0] else oldest
        while period_bounds(q)[0] < start:
            earlier.append(q)
            q = period_shift(q, 1)
    trend_rows = []
    for q in earlier:
        q_start, q_end = period_bounds(q)
        q_provinces, _ = tallies(kept, focus, q_start, q_end, None)
        q_scores = {c: score(t, methodology) for c, t in q_provinces.items() if t["in_scope"] > 0}
        for rank, code, total in competition_rank(sorted((c, s["total"]) for c, s in q_scores.items())):
            trend_rows.append(trend_row(period_name(q), rank, code, total, q_scores[code]))
    for rank, code, total in competition_rank([(c, scores[c]["total"]) for c in computed]):
        trend_rows.append(trend_row(period_name(period), rank, code, total, scores[code]))
    write_csv(os.path.join(a.out, "trend.csv"),
              ["period", "rank", "province_code", "province_name", "total"] + GROUPS + ["measured_max"],
              trend_rows)
    return 0


def tallies(kept, focus, start, end_p, calendar_end):
    """Per-province and per-unit (focus province) tallies of one period."""
    provinces = {}
    units = {}
    for did in sorted(kept):
        d = kept[did]
        tally_add(provinces.setdefault(d["province"], new_tally()), d, start, end_p, calendar_end)
        if d["province"] == focus:
            tally_add(units.setdefault(unit_key(d), new_tally()), d, start, end_p, calendar_end)
    return provinces, units


def trend_row(name, rank, code, total, s):
    return ([name, rank, code, guard(NAMES[code]), fmt(total, 2)]
            + [fmt(s["groups"][g], 2) for g in GROUPS] + [fmt(s["measured_max"], 2)])


if __name__ == "__main__":
    sys.exit(run())

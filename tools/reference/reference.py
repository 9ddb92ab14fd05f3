#!/usr/bin/env python3
"""Independent reference implementation of the rules in docs/methodology.md
(inputs through ranking, part of the outputs) in plain Python 3.11, used to
cross-check the Swift tool.

    python3 tools/reference/reference.py --period 2025-Q3|2025-09|2025
        [--as-of DATETIME] [--focus 66]
        [--top 10] [--province CODE] [--delimiter auto|comma|semicolon|tab]
        [--methodology FILE] [--published FILE]
        [--strict] [--max-reject-rate 0.05] [--no-formula-guard]
        --out DIR INPUT...

Writes indicators.csv, rankings.csv, provinces.csv, reconciliation.csv,
rejects.csv, units.csv, unit_levels.csv, trend.csv, published_reconciliation.csv,
focus_total.csv and focus_at_risk.csv (UTF-8 without BOM, comma, LF) into DIR,
or nothing when the totals cannot be ranked on one basis (exit 65).
--quarter is the same option as --period, --peer-scores as --published.
See README.md for the interpretations chosen.
"""

import argparse
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ref_csv import FileError, decode_to_utf8, read_table  # noqa: E402
from ref_metrics import (QD766, load_methodology, parse_period, period_bounds,  # noqa: E402
                         period_of, end_time)
from ref_published import read_published  # noqa: E402
import ref_report  # noqa: E402
from ref_report import Refused, guard  # noqa: E402
from ref_registry import fold, resolve_province  # noqa: E402
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


# unit_level orders department < commune; every other value orders as parsed (service_level and
# paid_online as their numbers, so paid_online 3 is the greatest).
_LEVEL_ORDER = {"department": 0, "commune": 1}


def precedence(d):
    """Greater is more advanced (docs/methodology.md, Duplicates)."""
    end = end_time(d)
    key = [end is not None, end if end is not None else 0, d["received_at"], d["status"]]
    for canon, _aliases, _kind, _required in COLUMNS:
        value = d[canon]
        key.append(_known(_LEVEL_ORDER[value] if canon == "unit_level" and value else value))
    return tuple(key)


def deduplicate(accepted):
    kept = {}
    for d in accepted:
        cur = kept.get(d["dossier_id"])
        if cur is None or precedence(d) > precedence(cur):
            kept[d["dossier_id"]] = d
    return kept


# ================================================================= command

def run(argv=None):
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
    ap.add_argument("--published", "--peer-scores", dest="published",
                    help="the portal's published scores (long or wide form)")
    ap.add_argument("--out", required=True)
    ap.add_argument("inputs", nargs="+", metavar="INPUT")
    a = ap.parse_args(argv)
    ref_report.GUARD = not a.no_formula_guard

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
        if a.published and not os.path.isfile(a.published):
            raise FileNotFoundError(a.published)
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
    try:
        published = read_published(a.published, methodology, period) if a.published else None
    except FileError as e:
        print("%s:%d:%d: error: %s" % (e.path, e.line, e.column, e.message), file=sys.stderr)
        return EX_DATAERR
    try:
        tables = ref_report.build(kept, period, as_of, focus, a.top, methodology, published)
    except Refused as e:
        print(str(e), file=sys.stderr)
        return EX_DATAERR
    tables["reconciliation.csv"] = (["rows_read", "accepted", "rejected", "duplicates"],
                                    [[rows_read, len(kept), len(rejects), duplicates]])
    tables["rejects.csv"] = (["file", "line", "column", "reason", "dossier_id", "value"],
                             [[guard(f), line, guard(col), reason, guard(did), guard(val)]
                              for f, line, col, reason, did, val in rejects])
    try:
        os.makedirs(a.out, exist_ok=True)
    except OSError as e:
        print("%s: error: cannot create output: %s" % (a.out, e.strerror), file=sys.stderr)
        return EX_CANTCREAT
    ref_report.write_all(a.out, tables)
    return 0


if __name__ == "__main__":
    sys.exit(run())

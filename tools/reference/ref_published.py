"""Published scores (docs/methodology.md, Published scores): the `--published` file in its long
form `province,indicator,points[,numerator,denominator][,period]` or its wide form
`province,total[,ckmb,tdgq,dvctt,tttt,mdsh,mdhl][,period]`, and how a province without
dossiers is scored from it.

Every problem is a FileError (line, column, message).  Rules implemented:
* Header names are folded (lower-case, no diacritics, letters and digits only).  `province`
  also reads `province_code`, `province_name`, `MaTinh`, `Tỉnh`; `total` also `score`,
  `tong_diem`.  A header with an `indicator` column is the long form (its other columns are
  ignored: totals and groups are rows), else the wide form, which needs `total`.
* A row that gives nothing is skipped unread: every cell empty, or, in the long form, empty
  points, numerator and denominator.  In the wide form an empty group cell gives nothing and
  an empty total is a bad number.
* `indicator` is an id of the methodology, its portal metric code, a group id or `total`,
  compared folded.  The row of a group with exactly one indicator is that indicator's row.
* Points are non-negative decimals with `.` as the decimal mark; numerator and denominator
  are non-negative integers.  In the long form an empty points cell is allowed
  when numerator and denominator are both given: points = max x min(1, (num/den)/T), 0 when
  den is 0.
* Points above the indicator's maximum (the group's maximum for a group row, 100 for `total`)
  are an error, and so is one province x indicator x
  period given twice with different values (at the second one's points cell; the same values
  twice are one row).
* A `period` cell takes the period forms of --period; an empty cell, or a file without the
  column, means the reported period.
"""

import re
from collections import namedtuple
from fractions import Fraction

from ref_csv import FileError, decode_to_utf8, read_table
from ref_metrics import GROUPS, PORTAL_POINTS, group_max, parse_period, period_name
from ref_registry import fold, resolve_province
from ref_values import normalize_text

Published = namedtuple("Published", "points numerator denominator line")

_HEADERS = {
    "province": ["province", "province_code", "province_name", "MaTinh", "Tỉnh"],
    "indicator": ["indicator"],
    "points": ["points"],
    "numerator": ["numerator"],
    "denominator": ["denominator"],
    "period": ["period"],
    "total": ["total", "score", "tong_diem"],
}
_HEADER_KEYS = {fold(name): canon for canon, names in _HEADERS.items() for name in names}
for _g in GROUPS:
    _HEADER_KEYS[_g] = "group:" + _g

_RE_POINTS = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_RE_COUNT = re.compile(r"\d+")


def indicator_keys(methodology):
    """folded name -> key: an indicator id, "group:<id>" or "total"."""
    keys = {"total": "total"}
    for g in GROUPS:
        members = [ind.id for ind in methodology if ind.group == g]
        keys[fold(g)] = members[0] if len(members) == 1 else "group:" + g
    for ind in methodology:
        keys[fold(ind.id)] = ind.id
        if ind.portal_code:
            keys[fold(ind.portal_code)] = ind.id
    return keys


def key_max(methodology, key):
    if key == "total":
        return PORTAL_POINTS
    if key.startswith("group:"):
        return group_max(methodology, key[6:])
    return next(ind.max for ind in methodology if ind.id == key)


def _points(text, line, column):
    if not _RE_POINTS.fullmatch(text):
        raise FileError(line, column, "bad number '%s'" % text)
    whole, _, frac = text.partition(".")
    return Fraction(int((whole or "0") + frac), 10 ** len(frac))


def _count(text, line, column):
    if not _RE_COUNT.fullmatch(text):
        raise FileError(line, column, "bad number '%s'" % text)
    return int(text)


class PublishedFile:
    """rows: {(province, key, period): Published}."""

    def __init__(self, rows):
        self.rows = rows

    def for_period(self, period):
        """{province: {key: Published}} of the rows that apply to period."""
        out = {}
        for (code, key, p), value in self.rows.items():
            if p == period:
                out.setdefault(code, {})[key] = value
        return out


def read_published(path, methodology, reported):
    """Parse the file; a row without a period is the reported period's.  Raises FileError
    (with .path set) on any file-level problem."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        _enc, data = decode_to_utf8(data, "auto")
        _delim, header_line, header, records = read_table(data, "auto")
        columns = {}
        for idx, raw in enumerate(header):
            canon = _HEADER_KEYS.get(fold(raw.decode("utf-8", "replace")))
            if canon and canon not in columns:
                columns[canon] = idx
        if "province" not in columns:
            raise FileError(header_line, 1, "required column province missing")
        long_form = "indicator" in columns
        if long_form and "points" not in columns:
            raise FileError(header_line, 1, "required column points missing")
        if not long_form and "total" not in columns:
            raise FileError(header_line, 1, "required column total missing")
        keys = indicator_keys(methodology)
        rows = {}
        for line, fields in records:
            if len(fields) != len(header):
                raise FileError(line, 1, "expected %d fields, found %d" % (len(header), len(fields)))
            cells = [normalize_text(f.decode("utf-8", "replace")) for f in fields]
            if not any(cells) or long_form and not any(
                    cells[columns[c]] for c in ("points", "numerator", "denominator") if c in columns):
                continue  # a row that gives nothing
            code_col = columns["province"]
            code = resolve_province(cells[code_col])
            if code is None:
                raise FileError(line, code_col + 1, "unknown province '%s'" % cells[code_col])
            period = reported
            if "period" in columns and cells[columns["period"]]:
                try:
                    period = parse_period(cells[columns["period"]])
                except ValueError:
                    raise FileError(line, columns["period"] + 1,
                                    "bad period '%s'" % cells[columns["period"]])
            for key, value, column in _row_values(cells, columns, long_form, keys, line,
                                                  methodology):
                mx = key_max(methodology, key)
                if value.points > mx:
                    raise FileError(line, column, "points %s above the maximum %s of %s" % (
                        cells[column - 1], _plain(mx), key.replace("group:", "")))
                seen = rows.get((code, key, period))
                if seen is not None and seen[:3] != value[:3]:
                    raise FileError(line, column, "%s %s %s given twice with different values "
                                    "(first on line %d)" % (code, key.replace("group:", ""),
                                                            period_name(period), seen.line))
                if seen is None:
                    rows[(code, key, period)] = value
        return PublishedFile(rows)
    except FileError as e:
        e.path = path
        raise


def _plain(value):
    return str(value.numerator) if value.denominator == 1 else str(float(value))


def _row_values(cells, columns, long_form, keys, line, methodology):
    """[(key, Published, column of the points)] of one data row."""
    if not long_form:
        out = []
        for canon, idx in sorted(columns.items(), key=lambda kv: kv[1]):
            if canon == "total" or (canon.startswith("group:") and cells[idx]):
                key = "total" if canon == "total" else keys[canon[6:]]
                out.append((key, Published(_points(cells[idx], line, idx + 1), None, None, line),
                            idx + 1))
        return out
    ind_col = columns["indicator"]
    key = keys.get(fold(cells[ind_col]))
    if key is None:
        raise FileError(line, ind_col + 1, "unknown indicator '%s'" % cells[ind_col])
    counts = []
    for name in ("numerator", "denominator"):
        idx = columns.get(name)
        counts.append(_count(cells[idx], line, idx + 1) if idx is not None and cells[idx] else None)
    num, den = counts
    pts_col = columns["points"]
    if cells[pts_col]:
        points = _points(cells[pts_col], line, pts_col + 1)
    elif num is not None and den is not None and not key.startswith("group:") and key != "total":
        ind = next(i for i in methodology if i.id == key)
        points = ind.max * min(Fraction(1), Fraction(num, den) / ind.threshold) if den else Fraction(0)
    else:
        raise FileError(line, pts_col + 1, "bad number '': points need a value, or a numerator "
                        "and a denominator")
    return [(key, Published(points, num, den, line), pts_col + 1)]


def published_province(values, methodology):
    """(total, {group: points or None}) of a province without dossiers, from its rows of one
    period (groups the methodology does not score are left out); total None when it cannot be
    ranked."""
    groups = {}
    for g in GROUPS:
        members = [ind.id for ind in methodology if ind.group == g]
        key = members[0] if len(members) == 1 else "group:" + g
        if not members:
            continue  # a group the methodology does not score: no column value
        if key in values:
            groups[g] = values[key].points
        elif all(m in values for m in members):
            groups[g] = sum((values[m].points for m in members), Fraction(0))
        else:
            groups[g] = None
    if "total" in values:
        total = values["total"].points
    elif all(v is not None for v in groups.values()):
        total = sum(groups.values(), Fraction(0))
    else:
        total = None
    return total, groups

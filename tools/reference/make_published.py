#!/usr/bin/env python3
"""Writes the published-score files of the cross-check (fixtures/published/), deterministically:
every figure is derived from a SHA-256 of its province, indicator and period, and no points
exceed their maximum.

Usage: make_published.py DIR

* crosscheck-national.csv (long form, `period` column): for every province the 11 published-only
  indicators in 2025-Q3 and 2025-Q2; in 2025-Q3 also, for some provinces, DVCTT points (as
  `dvctt.online` or as the `dvctt` group row), exports indicators with numerator and
  denominator (to reconcile; some with the points left empty), and group and total rows (which
  do not score a computed province); 2025-Q1 rows for three provinces only, so that the trend
  cannot rank 2025-Q1 on one basis.  Provinces are written as codes, DVCQG codes or names, and
  indicators as ids or portal codes.
* crosscheck-partial.csv (long form, no `period` column: the reported period): the 11
  published-only indicators of the provinces whose exports the partial run reads (PARTIAL), and
  every other province's total, or its six groups, or its 19 indicators; one province with only
  two groups is not ranked.
* crosscheck-summary.csv (wide form): every province's total and six groups; with the partial
  exports the computed provinces lack the published-only indicators, so the ranking is refused.
"""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ref_metrics import GROUPS, QD766, group_max  # noqa: E402
from ref_registry import REGISTRY  # noqa: E402

PARTIAL = ["01", "48", "66", "79"]  # the provinces of the partial run's exports
PUBLISHED_ONLY = [ind for ind in QD766 if ind.source == "published"]
EXPORTS = [ind for ind in QD766 if ind.source == "exports"]


def draw(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def points(mx, *parts, low=40):
    """A 2-decimal string in [low % of mx, mx]."""
    top = int(mx * 100)
    cents = top * (low * 100 + draw(*parts) % ((100 - low) * 100 + 1)) // 10000
    return "%d.%02d" % divmod(cents, 100)


def province_cell(index, code, name, dvcqg):
    return [code, dvcqg, name][index % 3]


def indicator_cell(index, ind):
    return ind.portal_code if ind.portal_code and index % 2 else ind.id


def counts(*parts):
    den = 200 + draw("den", *parts) % 1800
    return den * (50 + draw("num", *parts) % 51) // 100, den


def national():
    rows = []
    for i, (code, name, dvcqg, _old) in enumerate(REGISTRY):
        prov = province_cell(i, code, name, dvcqg)
        for period in ("2025-Q2", "2025-Q3"):
            for j, ind in enumerate(PUBLISHED_ONLY):
                if period == "2025-Q3" and ind.id == "ckmb.publish_on_time" and i % 5 == 0:
                    num, den = counts(code, ind.id, period)
                    rows.append([prov, ind.id, "", num, den, period])  # points from num/den
                else:
                    rows.append([prov, indicator_cell(i + j, ind), points(ind.max, code, ind.id, period),
                                 "", "", period])
        if i % 3 == 0:
            rows.append([prov, "dvctt.online", points(12, code, "dvctt"), "", "", "2025-Q3"])
        elif i % 3 == 1:
            rows.append([prov, "dvctt", points(12, code, "dvctt"), "", "", "2025-Q3"])
        if i % 4 == 0:
            num, den = counts(code, "on_time")
            rows.append([prov, "ON_TIME_RATE", "", num, den, "2025-Q3"])
            num, den = counts(code, "dossier")
            rows.append([prov, "mdhl.dossier", points(6, code, "dossier", low=60), num, den, "2025-Q3"])
            rows.append([prov, "DOSSIER_SYNC", points(6, code, "sync"), "", "", "2025-Q3"])
        elif i % 4 == 2:
            rows.append([prov, "tdgq", points(20, code, "tdgq"), "", "", "2025-Q3"])
            num, den = counts(code, "payment")
            rows.append([prov, "tttt.payment", points(6, code, "payment"), num, den, "2025-Q3"])
        if i % 6 == 0:
            rows.append([prov, "ckmb", points(18, code, "ckmb"), "", "", "2025-Q3"])
            rows.append([prov, "total", points(100, code, "total"), "", "", "2025-Q3"])
            rows.append([prov, "mdsh", points(22, code, "mdsh"), "", "", "2025-Q2"])
        if i < 3:
            for ind in PUBLISHED_ONLY:
                rows.append([prov, ind.id, points(ind.max, code, ind.id, "2025-Q1"), "", "", "2025-Q1"])
    rows.append(rows[0])  # the same row twice is one row
    return ["province", "indicator", "points", "numerator", "denominator", "period"], rows


def partial():
    rows = []
    for i, (code, name, dvcqg, _old) in enumerate(REGISTRY):
        prov = province_cell(i, code, name, dvcqg)
        if code in PARTIAL:
            for ind in PUBLISHED_ONLY:
                rows.append([prov, indicator_cell(i, ind), points(ind.max, code, ind.id), "", ""])
            if code == "66":
                rows.append([prov, "dvctt.online", points(12, code, "dvctt"), "", ""])
            if code in ("01", "66"):
                for ind in EXPORTS:
                    num, den = counts(code, ind.id)
                    rows.append([prov, ind.id, points(ind.max, code, ind.id, low=60), num, den])
                rows.append([prov, "total", points(100, code, "total"), "", ""])
        elif code == "20":
            for g in ("ckmb", "tdgq"):
                rows.append([prov, g, points(group_max(QD766, g), code, g), "", ""])
        elif i % 3 == 0:
            rows.append([prov, "total", points(100, code, "total", low=30), "", ""])
        elif i % 3 == 1:
            for g in GROUPS:
                rows.append([prov, g, points(group_max(QD766, g), code, g), "", ""])
        else:
            for ind in QD766:
                rows.append([prov, indicator_cell(i, ind), points(ind.max, code, ind.id), "", ""])
    return ["province", "indicator", "points", "numerator", "denominator"], rows


def summary():
    rows = []
    for i, (code, name, dvcqg, _old) in enumerate(REGISTRY):
        groups = [points(group_max(QD766, g), code, g, "summary") for g in GROUPS]
        total = "%d.%02d" % divmod(sum(int(g.replace(".", "")) for g in groups), 100)
        rows.append([province_cell(i, code, name, dvcqg), total] + groups)
    return ["province", "total"] + GROUPS, rows


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(",".join(str(c) for c in row) + "\n")


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for name, make in (("crosscheck-national.csv", national), ("crosscheck-partial.csv", partial),
                       ("crosscheck-summary.csv", summary)):
        write(os.path.join(out_dir, name), *make())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

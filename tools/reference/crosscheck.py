#!/usr/bin/env python3
"""Cross-checks service-index against the independent Python reference on the same inputs.

Usage: crosscheck.py SWIFT_OUT_DIR REFERENCE_OUT_DIR
Compares indicators (with source and status), rankings (with basis, published points and
percentile), per-province counts, units (level, rank and percentile within the level, same-size
peers), rejects, the row counts, the trend (with basis and coverage), the
focus province's at-risk outlook and standing (rank, basis, points to the target, median, P75,
percentile) and the reconciliation with the published file;
prints the first difference of each file and exits 1 when any differs.
"""
import csv
import json
import sys


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def project(rows, header, columns, rename=None):
    """The columns (by name, renamed where the Swift name differs) of rows; a column the header
    lacks reads as <missing NAME>, so the comparison fails and names it."""
    rename = rename or {}
    index = [header.index(rename.get(c, c)) if rename.get(c, c) in header else None for c in columns]
    return [[row[i] if i is not None else "<missing %s>" % c for i, c in zip(index, columns)]
            for row in rows]


def load_or_empty(path):
    """A file's rows, or a header-only table naming the missing file."""
    try:
        return load(path)
    except FileNotFoundError:
        return [["<missing file %s>" % path]]


def main(swift_dir, ref_dir):
    failures = 0

    def compare(name, mine, theirs):
        nonlocal failures
        if mine == theirs:
            print(f"ok    {name}: {len(mine)} rows identical")
            return
        failures += 1
        print(f"DIFF  {name}: {len(mine)} vs {len(theirs)} rows")
        for a, b in zip(mine, theirs):
            if a != b:
                print(f"  service-index: {a}\n  reference:     {b}")
                break

    mine, ref = load(f"{swift_dir}/indicators.csv"), load(f"{ref_dir}/indicators.csv")
    compare("indicators.csv", project(mine[1:], mine[0], ref[0]), ref[1:])

    # rank, source, total, groups, basis, published_points and percentile
    mine, ref = load(f"{swift_dir}/rankings.csv"), load(f"{ref_dir}/rankings.csv")
    compare("rankings.csv", project(mine[1:], mine[0], ref[0]), ref[1:])

    mine, ref = load(f"{swift_dir}/provinces.csv"), load(f"{ref_dir}/provinces.csv")
    rename = {"paid_online_den": "with_fee", "digitized_den": "digitized_known", "reused_den": "reuse_known",
              "e_result_den": "e_result_known", "synced_den": "sync_known"}
    columns = [c for c in ref[0] if c != "processing_seconds_sum"]
    compare("provinces.csv", project(mine[1:], mine[0], columns, rename), project(ref[1:], ref[0], columns))

    # The units in the same order (departments, then communes; ranked by rank, then unranked by
    # key), the Swift key being unit_code, else unit_name.
    mine, ref = load(f"{swift_dir}/units.csv"), load(f"{ref_dir}/units.csv")
    h = mine[0]
    keys = [r[h.index("unit_code")] or r[h.index("unit_name")] for r in mine[1:]]
    compare("units.csv", [[key] + row for key, row in zip(keys, project(mine[1:], h, ref[0][1:]))],
            ref[1:])

    mine, ref = load(f"{swift_dir}/rejects.csv"), load(f"{ref_dir}/rejects.csv")
    compare("rejects.csv", [r[:6] for r in mine], [r[:6] for r in ref])

    mine, ref = load(f"{swift_dir}/trend.csv"), load(f"{ref_dir}/trend.csv")
    compare("trend.csv", project(mine[1:], mine[0], ref[0]), ref[1:])

    mine, ref = load(f"{swift_dir}/focus.csv"), load(f"{ref_dir}/focus_at_risk.csv")
    h, total = mine[0], mine[-1]
    outlook = [[total[h.index("at_risk")], total[h.index("points")], total[h.index("points_if_at_risk_overdue")]]]
    compare("focus at risk", [] if outlook[0][0] == "" else outlook, ref[1:])

    # The focus province's standing: the total row of focus.csv (rank, basis, points to the
    # target, median, P75, percentile); an unranked focus province has no row in the reference.
    ref = load(f"{ref_dir}/focus_total.csv")
    standing = project([total], h, ref[0])
    compare("focus total", [] if standing[0][0] == "" else standing, ref[1:])

    # The reconciliation with the portal (reconciliation.csv in the Swift report).
    mine = load_or_empty(f"{swift_dir}/reconciliation.csv")
    ref = load(f"{ref_dir}/published_reconciliation.csv")
    compare("reconciliation with the published file", project(mine, mine[0], ref[0]), ref)

    run = json.load(open(f"{swift_dir}/run.json", encoding="utf-8"))["reconciliation"]
    ref = load(f"{ref_dir}/reconciliation.csv")[1]
    compare("reconciliation", [[str(run["rows_read"]), str(run["accepted"]), str(run["rejected"]),
                                str(run["duplicates_dropped"])]], [ref])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

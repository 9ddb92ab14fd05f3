#!/usr/bin/env python3
"""Checks that cross-check exports hold the cases a rule needs, so that a cross-check that
agrees also means something.

Usage: coverage.py QUARTER INPUT ...
Counts, among the kept dossiers of the reference's reading, those waiting for a supplement
(status 5, no end time) with a request time settled inside QUARTER, before and after their
effective due and with two requests, and dossiers of another status that carry a request
time (ignored); exits 1 when any count is 0.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import reference  # noqa: E402
from ref_metrics import (effective_due, end_time, parse_quarter, quarter_bounds,  # noqa: E402
                         timeliness_end)


def main(quarter, inputs):
    state = {"rows_read": 0, "rejects": [], "accepted": []}
    reference.read_inputs(reference.list_inputs(inputs), "auto", None, state)
    start, end_p = quarter_bounds(*parse_quarter(quarter))
    counts = dict.fromkeys(["waiting, requested in time", "waiting, requested late",
                            "waiting, two requests", "other status with a request time"], 0)
    for d in reference.deduplicate(state["accepted"]).values():
        settled, due = timeliness_end(d), effective_due(d)
        if d["status"] == 5 and end_time(d) is None and settled is not None:
            if not (start <= settled < end_p) or due is None:
                continue
            if d["supplement_count"] > 1:
                counts["waiting, two requests"] += 1
            elif settled <= due:
                counts["waiting, requested in time"] += 1
            else:
                counts["waiting, requested late"] += 1
        elif d["status"] != 5 and d["supplement_requested_at"] is not None:
            counts["other status with a request time"] += 1
    print("coverage %s: %s" % (quarter, ", ".join("%s %d" % kv for kv in counts.items())))
    return 0 if all(counts.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))

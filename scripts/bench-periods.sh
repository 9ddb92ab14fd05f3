#!/usr/bin/env bash
# The trend comes from the same single pass: on one generated export, times a report of a year
# (its trend: the years before) and of a month (its trend: up to 12 months before) against a
# report of a single quarter, ROUNDS times alternating, and prints median wall and CPU
# (user + system) seconds, peak RSS and the ratios (target: within 10 % of the quarter). On a
# shared machine the CPU time is the steadier of the two. Called by `make bench`; runs alone too:
#   scripts/bench-periods.sh FILE [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/service-index}
FILE=$1
JOBS=${2:-$(nproc)}
ROUNDS=${ROUNDS:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for round in $(seq "$ROUNDS"); do
    for period in 2025-Q3 2025 2025-09; do
        /usr/bin/time -f "%e %M %U %S" -o "$WORK/t" "$BIN" report "$FILE" --period "$period" --jobs "$JOBS" \
            --out "$WORK/$period" --quiet 2>/dev/null
        cat "$WORK/t" >> "$WORK/$period.times"
    done
done

python3 - "$WORK" <<'PY'
import statistics, sys
work = sys.argv[1]
def stats(period):
    runs = [tuple(map(float, line.split())) for line in open(f"{work}/{period}.times")]
    trend = sum(1 for _ in open(f"{work}/{period}/trend.csv", encoding="utf-8-sig")) - 1
    return (statistics.median(r[0] for r in runs), max(r[1] for r in runs) / 1024, trend,
            statistics.median(r[2] + r[3] for r in runs))
quarter = stats("2025-Q3")
print(f"{'report':28}{'wall s':>8}{'CPU s':>8}{'peak RSS MB':>13}{'trend rows':>12}"
      f"{'wall ratio':>12}{'CPU ratio':>11}{'RSS ratio':>11}")
for period, label in [("2025-Q3", "quarter 2025-Q3 (baseline)"), ("2025", "year 2025 with its trend"),
                      ("2025-09", "month 2025-09 with its trend")]:
    seconds, peak, trend, cpu = stats(period)
    print(f"{label:28}{seconds:8.2f}{cpu:8.2f}{peak:13.0f}{trend:12d}"
          f"{seconds / quarter[0]:12.3f}{cpu / quarter[3]:11.3f}{peak / quarter[1]:11.3f}")
print("target: year and month within 10 % of the quarter (ratios <= 1.10)")
PY

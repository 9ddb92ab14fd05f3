#!/usr/bin/env bash
# make bench: service-index against DuckDB on the same generated export, same cores.
#
# Generates (once, cached in bench-data/) a single DVCQG-style file of BENCH_ROWS rows (default
# 5,000,000) and one of half that size; then, alternating ROUNDS times, runs `service-index
# report` and a DuckDB query (scripts/bench_duckdb.py) computing the same per-province received /
# on-time / online counts, checks that the counts agree, and prints medians, MB/s, rows/s, peak
# RSS, the ratio service-index / DuckDB, the share of the libcsv ceiling (libcsv's own count
# loop, scripts/libcsv-count.c, over the same file on the same cores), and the memory per extra
# distinct dossier id (from the two sizes). Polars is timed too when it can be installed. A year
# report and a month report, each with its trend, are timed against a quarter report on the same
# file (scripts/bench-periods.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.build/release/service-index
ROWS=${BENCH_ROWS:-5000000}
HALF=$((ROWS / 2))
ROUNDS=${ROUNDS:-3}
JOBS=${JOBS:-$(nproc)}
DATA=bench-data
FILE=$DATA/$ROWS/dvcqg-all.csv
HALF_FILE=$DATA/$HALF/dvcqg-all.csv
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 -c "import duckdb" 2>/dev/null || pip install --quiet duckdb
HAVE_POLARS=1
python3 -c "import polars" 2>/dev/null || pip install --quiet polars 2>/dev/null || HAVE_POLARS=0
for size in "$ROWS" "$HALF"; do
    if [ ! -f "$DATA/$size/manifest.json" ]; then
        echo "generating $size rows into $DATA/$size/ (once)"
        "$BIN" generate --out "$DATA/$size" --rows "$size" --single-file --seed 766 >/dev/null
    fi
done
cc -O2 -o "$WORK/libcsv-count" scripts/libcsv-count.c -lcsv -lpthread
"$BIN" provinces --no-bom > "$WORK/registry.csv"

timed() {  # timed NAME COMMAND... : appends "seconds peak_kb" to $WORK/NAME
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" > "$WORK/$name.out"
    cat "$WORK/t" >> "$WORK/$name.times"
}

for round in $(seq "$ROUNDS"); do
    timed service "$BIN" report "$FILE" --period 2025-Q3 --jobs "$JOBS" --out "$WORK/report" --quiet
    timed duckdb python3 scripts/bench_duckdb.py "$FILE" 2025-07-01 2025-10-01 "$WORK/registry.csv" "$JOBS"
    timed libcsv "$WORK/libcsv-count" "$FILE" ";" "$JOBS"
    if [ "$HAVE_POLARS" = 1 ]; then
        timed polars python3 scripts/bench_polars.py "$FILE" "$JOBS"
    fi
done
echo "periods on the same file (one pass: the trend must cost next to nothing):"
ROUNDS=$ROUNDS scripts/bench-periods.sh "$FILE" "$JOBS"
timed half "$BIN" validate "$HALF_FILE" --jobs "$JOBS"
timed full "$BIN" validate "$FILE" --jobs "$JOBS"

python3 - "$WORK" "$FILE" "$HAVE_POLARS" <<'PY'
import csv, json, os, re, statistics, sys
work, path, have_polars = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
size = os.path.getsize(path)

def runs(name):
    return [tuple(map(float, line.split())) for line in open(f"{work}/{name}.times")]

def median(name):
    values = runs(name)
    return statistics.median(v[0] for v in values), max(v[1] for v in values)

run = json.load(open(f"{work}/report/run.json"))
rows = run["reconciliation"]["rows_read"]
print(f"file: {path} ({size / 1e6:.0f} MB, {rows:,} rows, {run['reconciliation']['accepted']:,} distinct dossiers)")
print(f"{'':22}{'median s':>10}{'MB/s':>10}{'rows/s':>13}{'peak RSS MB':>13}")
results = {}
labels = {"service": "service-index report", "duckdb": "DuckDB (same counts)", "libcsv": "libcsv count loop",
          "polars": "Polars (plain agg.)"}
for name in ["service", "duckdb", "libcsv"] + (["polars"] if have_polars else []):
    seconds, peak = median(name)
    results[name] = seconds
    print(f"{labels[name]:22}{seconds:10.2f}{size / 1e6 / seconds:10.1f}{rows / seconds:13,.0f}{peak / 1024:13.0f}")
print(f"runs (s): service-index {[v[0] for v in runs('service')]}, DuckDB {[v[0] for v in runs('duckdb')]}")
print(f"ratio service-index / DuckDB: {results['service'] / results['duckdb']:.2f}   (target <= 1.00)")
if have_polars:
    print(f"ratio service-index / Polars: {results['service'] / results['polars']:.2f}")
print(f"share of the libcsv ceiling:  {100 * results['libcsv'] / results['service']:.0f} %   (target >= 85 %)")

# Same counts?
mine = {r["province_code"]: (r["received"], r["on_time"], r["online"])
        for r in csv.DictReader(open(f"{work}/report/provinces.csv", encoding="utf-8-sig"))}
duck = {r["province_code"]: (r["received"], r["on_time"], r["online"])
        for r in csv.DictReader(open(f"{work}/duckdb.out"))}
differing = sorted(k for k in set(mine) | set(duck) if mine.get(k) != duck.get(k))
print(f"per-province received / on-time / online: {'identical' if not differing else 'DIFFERENT for ' + ', '.join(differing)}"
      f" ({len(mine)} provinces)")

# Memory per extra distinct id, from validate at two sizes.
def accepted(name):
    return int(re.search(r"accepted:\s+(\d+)", open(f"{work}/{name}.out").read()).group(1))
half_ids, full_ids = accepted("half"), accepted("full")
half_kb, full_kb = runs("half")[0][1], runs("full")[0][1]
print(f"peak RSS of validate: {half_kb / 1024:.0f} MB at {half_ids:,} ids, {full_kb / 1024:.0f} MB at {full_ids:,} ids"
      f"   (target <= 128 MB at 5M)")
print(f"growth per extra distinct id: {(full_kb - half_kb) * 1024 / (full_ids - half_ids):.1f} bytes   (target <= 24)")
sys.exit(1 if differing else 0)
PY

#!/usr/bin/env bash
# make bench: service-index against DuckDB, Polars and the libcsv + SHA-256 ceiling, on two
# generated export shapes, same cores.
#
# Generates (once, cached in bench-data/) a DVCQG-layout file (semicolon, DVCQG names,
# yyyyMMddHHmmss, 25 columns) of BENCH_ROWS rows (default 5,000,000), one of half that size, and a
# canonical-layout file of BENCH_ROWS rows (comma, canonical names, yyyy-MM-dd HH:mm:ss, 18
# columns). For each shape, alternating ROUNDS times, it times:
#   - `service-index report`;
#   - DuckDB computing the same per-province received / on-time / online counts with the same
#     rules (scripts/bench_duckdb.py; the counts are checked to agree);
#   - Polars computing the same counts with the same rules (scripts/bench_polars.py, lazy
#     scan_csv, every column as text; checked to agree with DuckDB and with the report);
#   - DuckDB's and Polars' plain aggregates (per-province counts, no validation, no duplicate
#     rule: what an analyst types first);
#   - libcsv's own count loop (scripts/libcsv-count.c) and one SHA-256 pass (`openssl dgst
#     -sha256`, which uses the CPU's SHA instructions as the tool's digest does; sha256sum when
#     openssl is missing): their sum is the ceiling of a run, as every byte goes through libcsv
#     and SHA-256;
# and prints medians, MB/s, rows/s, peak RSS and the ratios the targets name. On the DVCQG file
# it also prints the memory per extra distinct dossier id (validate at the two sizes) and times a
# year and a month report against a quarter report (scripts/bench-periods.sh; BENCH_PERIODS=0
# skips it).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.build/release/service-index
ROWS=${BENCH_ROWS:-5000000}
HALF=$((ROWS / 2))
ROUNDS=${ROUNDS:-3}
JOBS=${JOBS:-$(nproc)}
DATA=bench-data
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 -c "import duckdb" 2>/dev/null || pip install --quiet duckdb
python3 -c "import polars" 2>/dev/null || pip install --quiet polars

generate() {  # generate ROWS LAYOUT : prints the file's path
    local dir=$DATA/$2/$1
    if [ ! -f "$dir/manifest.json" ]; then
        echo "generating $1 $2 rows into $dir/ (once)" >&2
        "$BIN" generate --out "$dir" --rows "$1" --single-file --layout "$2" --seed 766 >/dev/null
    fi
    echo "$dir/$2-all.csv"
}
DVCQG_FILE=$(generate "$ROWS" dvcqg)
HALF_FILE=$(generate "$HALF" dvcqg)
CANONICAL_FILE=$(generate "$ROWS" canonical)
cc -O2 -o "$WORK/libcsv-count" scripts/libcsv-count.c -lcsv -lpthread
if command -v openssl >/dev/null; then SHA256=(openssl dgst -sha256); else SHA256=(sha256sum); fi
"$BIN" provinces --no-bom > "$WORK/registry.csv"

timed() {  # timed NAME COMMAND... : appends "seconds peak_kb" to $WORK/NAME.times
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" > "$WORK/$name.out"
    cat "$WORK/t" >> "$WORK/$name.times"
}

for layout in dvcqg canonical; do
    if [ "$layout" = dvcqg ]; then file=$DVCQG_FILE; delim=';'; else file=$CANONICAL_FILE; delim=','; fi
    for round in $(seq "$ROUNDS"); do
        timed "$layout.service" "$BIN" report "$file" --period 2025-Q3 --jobs "$JOBS" --out "$WORK/$layout.report" --quiet
        timed "$layout.duckdb" python3 scripts/bench_duckdb.py "$file" 2025-07-01 2025-10-01 "$WORK/registry.csv" "$JOBS" "$layout"
        timed "$layout.plain" python3 scripts/bench_duckdb.py --plain "$file" 2025-07-01 2025-10-01 "$WORK/registry.csv" "$JOBS" "$layout"
        timed "$layout.polars" python3 scripts/bench_polars.py "$file" 2025-07-01 2025-10-01 "$WORK/registry.csv" "$JOBS" "$layout"
        timed "$layout.polarsplain" python3 scripts/bench_polars.py --plain "$file" 2025-07-01 2025-10-01 "$WORK/registry.csv" "$JOBS" "$layout"
        timed "$layout.libcsv" "$WORK/libcsv-count" "$file" "$delim" "$JOBS"
        timed "$layout.sha256" "${SHA256[@]}" "$file"
    done
done
timed half "$BIN" validate "$HALF_FILE" --jobs "$JOBS"
timed full "$BIN" validate "$DVCQG_FILE" --jobs "$JOBS"

python3 - "$WORK" "$DVCQG_FILE" "$CANONICAL_FILE" "$JOBS" "${SHA256[0]}" <<'PY'
import csv, json, os, re, statistics, sys
work, dvcqg_path, canonical_path, jobs, sha_tool = sys.argv[1:6]

def runs(name):
    return [tuple(map(float, line.split())) for line in open(f"{work}/{name}.times")]

def median(name):
    values = runs(name)
    return statistics.median(v[0] for v in values), max(v[1] for v in values)

def verdict(ratio, target):
    return f"{ratio:.2f}   (target <= {target:.2f}: {'met' if ratio <= target else 'NOT met'})"

failed = False
for layout, path in [("dvcqg", dvcqg_path), ("canonical", canonical_path)]:
    size = os.path.getsize(path)
    run = json.load(open(f"{work}/{layout}.report/run.json"))
    rows = run["reconciliation"]["rows_read"]
    print(f"\n== {layout}: {path} ({size / 1e6:.0f} MB, {rows:,} rows, "
          f"{run['reconciliation']['accepted']:,} distinct dossiers), {jobs} jobs/threads")
    print(f"{'':30}{'median s':>10}{'MB/s':>10}{'rows/s':>13}{'peak RSS MB':>13}")
    labels = {"service": "service-index report", "duckdb": "DuckDB, same counts and rules",
              "polars": "Polars, same counts and rules", "plain": "DuckDB, plain aggregate",
              "polarsplain": "Polars, plain aggregate", "libcsv": "libcsv count loop",
              "sha256": f"SHA-256 pass ({sha_tool})"}
    results, peaks = {}, {}
    for name in labels:
        seconds, peak = median(f"{layout}.{name}")
        seconds = max(seconds, 0.01)  # /usr/bin/time counts hundredths: a tiny file can take "0.00"
        results[name], peaks[name] = seconds, peak
        print(f"{labels[name]:30}{seconds:10.2f}{size / 1e6 / seconds:10.1f}{rows / seconds:13,.0f}{peak / 1024:13.0f}")
    ceiling = results["libcsv"] + results["sha256"]
    print(f"{'ceiling (libcsv + SHA-256)':30}{ceiling:10.2f}{size / 1e6 / ceiling:10.1f}{rows / ceiling:13,.0f}")
    print("runs (s): " + ", ".join(f"{n} {[v[0] for v in runs(f'{layout}.{n}')]}"
                                   for n in ["service", "polars", "duckdb", "libcsv", "sha256"]))
    print(f"service-index / Polars same rules:       {verdict(results['service'] / results['polars'], 0.6)}")
    print(f"service-index / DuckDB same rules:       {verdict(results['service'] / results['duckdb'], 0.5)}")
    print(f"service-index / ceiling:                 {verdict(results['service'] / ceiling, 1.6)}")
    print(f"service-index peak RSS MB:               {verdict(peaks['service'] / 1024, 128)}")
    print(f"service-index / DuckDB plain aggregate:  {results['service'] / results['plain']:.2f}")
    print(f"service-index / Polars plain aggregate:  {results['service'] / results['polarsplain']:.2f}")
    mine = {r["province_code"]: (r["received"], r["on_time"], r["online"])
            for r in csv.DictReader(open(f"{work}/{layout}.report/provinces.csv", encoding="utf-8-sig"))}
    for peer in ["duckdb", "polars"]:
        theirs = {r["province_code"]: (r["received"], r["on_time"], r["online"])
                  for r in csv.DictReader(open(f"{work}/{layout}.{peer}.out"))}
        differing = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
        failed = failed or bool(differing)
        print(f"per-province received / on-time / online vs {labels[peer]}: "
              f"{'identical' if not differing else 'DIFFERENT for ' + ', '.join(differing)} ({len(mine)} provinces)")

# Memory per extra distinct id, from validate at two sizes of the DVCQG file.
def accepted(name):
    return int(re.search(r"accepted:\s+(\d+)", open(f"{work}/{name}.out").read()).group(1))
half_ids, full_ids = accepted("half"), accepted("full")
half_kb, full_kb = runs("half")[0][1], runs("full")[0][1]
print(f"\npeak RSS of validate (dvcqg): {half_kb / 1024:.0f} MB at {half_ids:,} ids, {full_kb / 1024:.0f} MB at {full_ids:,} ids")
per_id = (full_kb - half_kb) * 1024 / (full_ids - half_ids)
print(f"growth per extra distinct id: {per_id:.1f} bytes   (target <= 36: {'met' if per_id <= 36 else 'NOT met'})")
sys.exit(1 if failed else 0)
PY
if [ "${BENCH_PERIODS:-1}" != 0 ]; then
    echo
    echo "periods on the DVCQG file (one pass: the trend must cost next to nothing):"
    ROUNDS=$ROUNDS scripts/bench-periods.sh "$DVCQG_FILE" "$JOBS"
fi

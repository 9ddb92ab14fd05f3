#!/usr/bin/env bash
# Generates demo exports with a seed of its own, runs service-index and the independent Python
# reference (tools/reference) on them, and compares every figure: two quarters, a month, a year,
# and the quarter so far cut at an as-of moment (each with its trend), with the built-in
# methodology and with a methodology file; checks that the exports hold dossiers waiting for a
# supplement; then the fixture exports in the encodings spreadsheets write, as other one-stop
# systems write them, and the units fixture; then runs with the
# portal's published scores (fixtures/published): every province's exports with a long file
# giving the published-only indicators of two quarters, and part of the exports with a file giving
# the other provinces' totals, and checks that both tools refuse totals out of different points.
# Used by `make test`.
set -euo pipefail
BIN=${1:-.build/debug/service-index}
SEED=${SEED:-2026}
ROWS=${ROWS:-30000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BIN" generate --out "$WORK/exports" --seed "$SEED" --rows "$ROWS" >/dev/null
RUNS=("--period 2025-Q2" "--period 2025-Q3" "--period 2025-08" "--period 2025" "--as-of 2025-09-12T10:30:00"
    "--period 2025 --as-of 2025-08-01")
for index in "${!RUNS[@]}"; do
    read -r -a ARGS <<<"${RUNS[$index]}"
    "$BIN" report "$WORK/exports" "${ARGS[@]}" --out "$WORK/swift-$index" --quiet 2>/dev/null
    python3 tools/reference/reference.py "${ARGS[@]}" --out "$WORK/ref-$index" "$WORK/exports"
    echo "cross-check ${RUNS[$index]} (seed $SEED, $ROWS rows):"
    python3 tools/reference/crosscheck.py "$WORK/swift-$index" "$WORK/ref-$index"
done
for QUARTER in 2025-Q2 2025-Q3; do
    python3 tools/reference/coverage.py "$QUARTER" "$WORK/exports"
done
# The previous table, loaded as a methodology file, read the same by both.
METHODOLOGY=methodologies/qd766-2025.csv
"$BIN" report "$WORK/exports" --quarter 2025-Q3 --methodology "$METHODOLOGY" --out "$WORK/swift-file" --quiet
python3 tools/reference/reference.py --quarter 2025-Q3 --methodology "$METHODOLOGY" --out "$WORK/ref-file" "$WORK/exports"
echo "cross-check 2025-Q3 with $METHODOLOGY:"
python3 tools/reference/crosscheck.py "$WORK/swift-file" "$WORK/ref-file"
# The fixture exports as spreadsheets save them (fixtures/encoded: UTF-16 with a byte order mark,
# read by auto; Windows-1258, read when asked for), and exports named and worded as other one-stop
# systems write them (fixtures/other-systems).
for CASE in encoded/utf-16le:auto encoded/utf-16be:auto encoded/windows-1258:windows-1258 other-systems:auto; do
    DIR=${CASE%%:*}
    ENCODING=${CASE##*:}
    NAME=${DIR//\//-}
    "$BIN" report "fixtures/$DIR" --encoding "$ENCODING" --quarter 2025-Q3 --max-reject-rate 0.5 \
        --out "$WORK/swift-$NAME" --quiet
    python3 tools/reference/reference.py --encoding "$ENCODING" --quarter 2025-Q3 --max-reject-rate 0.5 \
        --out "$WORK/ref-$NAME" "fixtures/$DIR"
    echo "cross-check fixtures/$DIR (--encoding $ENCODING):"
    python3 tools/reference/crosscheck.py "$WORK/swift-$NAME" "$WORK/ref-$NAME"
done
# Exports as one-stop systems write them (fixtures/one-stop: paid_online 3, due dates as dates
# alone, service_level and unit_level), and units built to test the levels, the ranks within them
# and the same-size peers at the window's bounds (fixtures/unit-levels, hand-computed in its
# NOTES.md), each also cut by an as-of moment.
for CASE in "one-stop:--period 2026-Q2" "one-stop:--as-of 2026-05-15" "unit-levels:--period 2026-Q2" \
    "unit-levels:--as-of 2026-04-09T12:00:00"; do
    DIR=${CASE%%:*}
    read -r -a ARGS <<<"${CASE#*:}"
    NAME="$DIR-${ARGS[0]#--}"
    "$BIN" report "fixtures/$DIR" "${ARGS[@]}" --out "$WORK/swift-$NAME" --quiet 2>/dev/null
    python3 tools/reference/reference.py "${ARGS[@]}" --out "$WORK/ref-$NAME" "fixtures/$DIR"
    echo "cross-check fixtures/$DIR ${ARGS[*]}:"
    python3 tools/reference/crosscheck.py "$WORK/swift-$NAME" "$WORK/ref-$NAME"
done
# Published scores (fixtures/published, written by tools/reference/make_published.py, checked to
# be what it writes). National: every province's exports, and a long file with a period column
# giving every province's published-only indicators in 2025-Q3 and 2025-Q2 (2025-Q1 for three
# provinces only: the trend cannot rank that quarter on one basis), DVCTT points, exports
# indicators to reconcile, and group and total rows that do not score a computed province.
PUBLISHED=fixtures/published
python3 tools/reference/make_published.py "$WORK/published"
for WRITTEN in "$WORK/published"/*.csv; do
    cmp "$WRITTEN" "$PUBLISHED/$(basename "$WRITTEN")"
done
# Partial: four provinces' records of the same exports, with a file (no period column) giving their
# published-only indicators and every other province's total, six groups or 19 indicators. The
# national file also with --as-of: the at-risk outlook keeps the published points.
python3 tools/reference/pick_provinces.py "$WORK/partial" 01,48,66,79 "$WORK/exports"
PUBLISHED_RUNS=("national:exports:--period 2025-Q3" "national:exports:--as-of 2025-09-12T10:30:00"
    "partial:partial:--period 2025-Q3")
for index in "${!PUBLISHED_RUNS[@]}"; do
    IFS=: read -r NAME INPUT OPTIONS <<<"${PUBLISHED_RUNS[$index]}"
    read -r -a ARGS <<<"$OPTIONS"
    FILE="$PUBLISHED/crosscheck-$NAME.csv"
    "$BIN" report "$WORK/$INPUT" "${ARGS[@]}" --published "$FILE" --out "$WORK/swift-published-$index" --quiet
    python3 tools/reference/reference.py "${ARGS[@]}" --published "$FILE" --out "$WORK/ref-published-$index" \
        "$WORK/$INPUT"
    echo "cross-check $OPTIONS --published $FILE ($INPUT):"
    python3 tools/reference/crosscheck.py "$WORK/swift-published-$index" "$WORK/ref-published-$index"
done
# Part of the exports with the national summary (wide form) alone: the computed provinces lack
# the published-only indicators, so both tools refuse the ranking (65) and write nothing.
FILE="$PUBLISHED/crosscheck-summary.csv"
SWIFT_RC=0
REF_RC=0
"$BIN" report "$WORK/partial" --period 2025-Q3 --published "$FILE" --out "$WORK/swift-summary" --quiet \
    2>/dev/null || SWIFT_RC=$?
python3 tools/reference/reference.py --period 2025-Q3 --published "$FILE" --out "$WORK/ref-summary" \
    "$WORK/partial" 2>/dev/null || REF_RC=$?
echo "cross-check --published $FILE (partial): exit $SWIFT_RC and $REF_RC"
if [ "$SWIFT_RC" != 65 ] || [ "$REF_RC" != 65 ] || [ -e "$WORK/swift-summary" ] || [ -e "$WORK/ref-summary" ]; then
    echo "DIFF  one-basis refusal: expected exit 65 and no output from both"
    exit 1
fi

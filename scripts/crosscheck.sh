#!/usr/bin/env bash
# Generates demo exports with a seed of its own, runs service-index and the independent Python
# reference (tools/reference) on them, and compares every figure: two quarters, a month, a year,
# and the quarter so far cut at an as-of moment (each with its trend). Used by `make test`.
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

#!/usr/bin/env bash
# Opens report.xlsx in a real spreadsheet application: LibreOffice (headless) converts the
# workbook's rankings sheet to CSV, and its values must equal rankings.csv. Installs
# libreoffice-calc (Debian) when it is missing; too big for every test run, hence its own target.
# usage: scripts/excel-check.sh path/to/service-index
set -euo pipefail
BIN="${1:?usage: excel-check.sh path/to/service-index}"
if ! command -v soffice >/dev/null 2>&1; then
    echo "installing libreoffice-calc (to open report.xlsx as a spreadsheet application does)" >&2
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$BIN" report fixtures/exports --quarter 2025-Q3 --max-reject-rate 0.5 \
    --published fixtures/published/fixture-2025-Q3.csv --previous fixtures/previous-rankings-2025-Q2.csv \
    --quiet --out "$WORK/report"
# The filter options: comma, double quote, UTF-8, from line 1, formats as shown, and sheet 2
# (the rankings; sheet 1 is the summary).
soffice -env:UserInstallation="file://$WORK/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2' \
    --outdir "$WORK/converted" "$WORK/report/report.xlsx" >/dev/null 2>&1
CONVERTED="$(ls "$WORK"/converted/*.csv | head -n 1)"
python3 - "$WORK/report/rankings.csv" "$CONVERTED" <<'PY'
import csv, sys
def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))
expected, shown = rows(sys.argv[1]), rows(sys.argv[2])
def unguarded(field):
    return field[1:] if len(field) > 1 and field[0] == "'" and field[1] in "=+-@\t\r" else field
problems = []
if len(shown) != len(expected):
    problems.append(f"{len(shown)} rows in LibreOffice's rankings sheet, {len(expected)} in rankings.csv")
if shown and len(shown[0]) != len(expected[0]):
    problems.append(f"header of {len(shown[0])} columns, rankings.csv has {len(expected[0])}")
for number, (want, got) in enumerate(zip(expected[1:], shown[1:]), start=2):
    want = [unguarded(f) for f in want]
    if want != got[: len(want)] or any(got[len(want):]):
        problems.append(f"row {number}: LibreOffice shows {got}, rankings.csv has {want}")
for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print(f"LibreOffice opened report.xlsx: its rankings sheet shows the {len(expected) - 1} rows of rankings.csv")
PY

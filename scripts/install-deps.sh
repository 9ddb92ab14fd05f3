#!/usr/bin/env bash
# Installs what the build needs and this machine lacks: libcsv (Debian libcsv-dev), the CSV
# parser every input goes through, and libxlsxwriter (libxlsxwriter-dev), which writes
# report.xlsx. Idempotent; the Makefile calls it before every build.
set -euo pipefail
missing=()
if ! { [ -f /usr/include/csv.h ] && ls /usr/lib/*/libcsv.so >/dev/null 2>&1; }; then
    missing+=(libcsv-dev)
fi
if ! { [ -f /usr/include/xlsxwriter.h ] && ls /usr/lib/*/libxlsxwriter.so >/dev/null 2>&1; }; then
    missing+=(libxlsxwriter-dev)
fi
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "installing ${missing[*]} (the libraries service-index is built on)" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"

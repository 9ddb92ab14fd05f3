#!/usr/bin/env bash
# Installs what the build needs and this machine lacks: libcsv (Debian libcsv-dev).
# Idempotent; the Makefile calls it before every build.
set -euo pipefail
if [ -f /usr/include/csv.h ] && ls /usr/lib/*/libcsv.so >/dev/null 2>&1; then
    exit 0
fi
echo "installing libcsv-dev (the CSV parser service-index is built on)" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libcsv-dev

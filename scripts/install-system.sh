#!/usr/bin/env bash
# System packages the tests need: LibreOffice (headless round trips, PDF),
# a CJK font (so PDFs and charts show Chinese), Carlito (Calibri's metrics),
# poppler (PDF text checks), PostgreSQL's server (the tests on the shared database).
# Debian/Ubuntu only; does nothing when everything is already there.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "noto sans cjk\|wenquanyi" || need+=(fonts-noto-cjk fonts-wqy-zenhei fontconfig)
# Calibri's metrics: xlsx column widths are counted in its digits, so without it
# LibreOffice lays the columns out ~30% wider and the print tests measure too small.
fc-list 2>/dev/null | grep -qi "carlito\|calibri" || need+=(fonts-crosextra-carlito)
# PostgreSQL: the tests start a throwaway cluster of their own (tests/pg_cluster.py) with
# the server binaries, run as the 'postgres' system user the package makes.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n 1)
if [ -z "$pg_bin" ] || ! id postgres >/dev/null 2>&1; then
  need+=(postgresql)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system: please install ${need[*]} with your package manager" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if [[ " ${need[*]} " == *" postgresql "* ]]; then
  # no 'main' cluster, no server left running: the tests make and stop their own
  $SUDO mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

#!/usr/bin/env bash
# Times granska-cli against PDFBox preflight (batch mode, one JVM) and `qpdf --check` on the same
# files in one run, and prints files per second, peak memory, verdict accuracy and the ratio.
#
#   bash tools/benchmark.sh [FLAVOUR]      FLAVOUR defaults to 1b (PDFBox preflight knows only PDF/A-1b)
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-1b}

need=(python3 time qpdf default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x build/bin/granska-cli ] || bash tools/setup.sh build
exec python3 tools/benchmark.py "$flavour"

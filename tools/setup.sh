#!/usr/bin/env bash
# Granska's set-up on Debian 12, as root: installs the Debian packages that are missing (quietly,
# and only those), builds in build/, then either starts the GUI or runs every test.
#
#   bash tools/setup.sh run [FILE|FOLDER...]   build and start granska with these documents
#   bash tools/setup.sh test                   build and run all tests through CTest
#   bash tools/setup.sh build                  build only
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libpoppler-qt6-dev libqpdf-dev libssl-dev libsqlite3-dev libfreetype-dev liblcms2-dev
  fonts-dejavu-core fonts-urw-base35 xvfb xauth
)
if [ "$mode" = test ]; then
  # PDFBox preflight: the outside reference the report tests check exported PDF/A files against.
  packages+=(default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"

case "$mode" in
  run)   exec build/bin/granska "$@" ;;
  test)  QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j "$(nproc)" ;;
  build) ;;
  *)     echo "usage: bash tools/setup.sh run|test|build [FILE...]" >&2; exit 2 ;;
esac

#!/bin/bash
# Measures how the main window copes with a large batch (issue 5): drops N files (default 1000: the
# signed corpus then the veraPDF corpus, each sorted) onto the real MainWindow, ticks a 5 ms timer
# on the UI thread throughout, and prints the batch time, the longest and 99th-percentile
# event-loop gap and how many results the history holds. Fails when a gap exceeds MAX_GAP_MS.
#
# Usage: tools/gui-batch.sh [build-dir] [files] [max-gap-ms]
#   default build dir: ./build; build the target first: cmake --build build --target tst_gui_batch
#   Uses a real X server (xvfb-run) when available, the offscreen platform otherwise.
set -euo pipefail
build=${1:-build}
files=${2:-1000}
maxgap=${3:-100}
binary="$build/tests/ui/tst_gui_batch"
if [ ! -x "$binary" ]; then
  echo "$binary not found; build it with: cmake --build $build --target tst_gui_batch" >&2
  exit 2
fi
export GRANSKA_BATCH_FILES=$files GRANSKA_MAX_GAP_MS=$maxgap LC_ALL=C.UTF-8
if command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$binary" -maxwarnings 0
else
  exec env QT_QPA_PLATFORM=offscreen "$binary" -maxwarnings 0
fi

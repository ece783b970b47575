#!/bin/sh
# Renders the printed A3 wall chart (`print chart --format html`) of the Baishan demo, with its made-up weeks of work,
# to a PNG with headless Chromium, to look at the page as a person would. Not run in CI (it needs Chromium:
# `apt-get install chromium fonts-wqy-microhei`).
#
#   scripts/wall-chart-png.sh [OUT.png] [--lang zh|en] [--scope CODE]
#
# Builds nothing: set VILLAGE_BOARD to the binary, or run `swift build` first (.build/debug/village-board).
set -eu
out=${1:-/tmp/burndown-chart.png}
[ $# -gt 0 ] && shift
bin=${VILLAGE_BOARD:-.build/debug/village-board}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not found (apt-get install chromium)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" init --demo --with-history --store "$dir/store" >/dev/null
"$bin" print chart --format html --store "$dir/store" --out "$dir/chart.html" "$@" >/dev/null
# A3 landscape at 96 dots an inch: 420 × 297 mm.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$dir/profile" \
    --screenshot="$out" --window-size=1588,1123 "file://$dir/chart.html" 2>/dev/null
echo "$out"

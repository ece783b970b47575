#!/usr/bin/env bash
# Runs the libFuzzer targets in Tests/Fuzz, built with the address sanitizer, each for SECONDS (default 600) on seeds
# made from the demo store: a journal line, a snapshot line, a CSV import (UTF-8 and GB18030), a theme file and a
# sync bundle. Not run in CI (its time budget); run it by hand before a release.
#   scripts/fuzz.sh [SECONDS] [TARGET…]      (TARGET: journal-line snapshot-line import-row theme-file bundle-header)
# A crashing input is kept in Tests/Fuzz/Crashes/TARGET/: commit it with a regression test that replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(journal-line snapshot-line import-row theme-file bundle-header)

flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld)
for t in "${targets[@]}"; do
    VILLAGE_BOARD_FUZZ=1 swift build --scratch-path .build-fuzz --product "fuzz-$t" "${flags[@]}" 2>&1 | grep -E "error|warning: unre" || true
    [ -x ".build-fuzz/debug/fuzz-$t" ] || { echo "fuzz: fuzz-$t did not build" >&2; exit 1; }
done

# Seeds: real data of each kind, from a fresh demo store with one change made.
swift build --product village-board >/dev/null
vb() { VILLAGE_BOARD_DEVICE=fuzz-seeds VILLAGE_BOARD_PIN=1234 XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
       VILLAGE_BOARD_PROGRESS=0 .build/debug/village-board "$@"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/vb-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
vb init --demo --store "$work/store" >/dev/null
task=$(grep '"type":"task"' "$work/store/snapshot.jsonl" | grep '"state":"open"' | grep '"owner":"taiping-sec"' \
       | head -1 | sed 's/.*"id":"\([^"]*\)".*/\1/' || true)
if [ -n "$task" ]; then vb task done "$task" --as taiping-sec --store "$work/store" >/dev/null || true; fi
vb bundle --store "$work/store" --out "$work/demo.vbundle" >/dev/null
# The import target checks rows against the same small synthetic board (see ImportRow/main.swift).
vb generate --households 100 --seed 1 --out "$work/small" >/dev/null
vb export households --store "$work/small" --out "$work/households.csv" >/dev/null 2>&1 || true
vb export members --store "$work/small" --out "$work/members.csv" >/dev/null 2>&1 || true
for t in "${targets[@]}"; do mkdir -p "$work/seeds/$t" "$work/corpus/$t" "Tests/Fuzz/Crashes/$t"; done
seed() { if [ -d "$work/seeds/$1" ]; then cat > "$work/seeds/$1/$2"; else cat > /dev/null; fi; }
cat "$work/store/journal/"*.jsonl 2>/dev/null | head -5 | split -l 1 - "$work/seeds/journal-line/line-" 2>/dev/null || true
sed -n '2,40p' "$work/store/snapshot.jsonl" | split -l 1 - "$work/seeds/snapshot-line/line-" 2>/dev/null || true
grep -m 3 '"type":"household"' "$work/store/snapshot.jsonl" | seed snapshot-line households || true
if [ -f "$work/households.csv" ]; then
    # The first byte picks the kind and the encoding (see ImportRow/main.swift): 0 = households, guessed.
    { printf '\000'; head -c 4000 "$work/households.csv"; } | seed import-row households-utf8
    { printf '\012'; head -c 4000 "$work/households.csv" | iconv -f UTF-8 -t GB18030 2>/dev/null; } | seed import-row households-gb18030
fi
if [ -f "$work/members.csv" ]; then
    { printf '\001'; head -c 4000 "$work/members.csv"; } | seed import-row members-utf8
fi
for theme in themes/*.theme; do seed theme-file "$(basename "$theme")" < "$theme"; done
{ printf '\001'; cat "$work/demo.vbundle"; } | seed bundle-header as-made
{ printf '\000'; head -n -1 "$work/demo.vbundle"; } | seed bundle-header resealed

printf '%-15s %10s %12s %8s %8s %8s\n' target seconds executions cov ft crashes
for t in "${targets[@]}"; do
    log="$work/$t.log"
    nice ".build-fuzz/debug/fuzz-$t" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 \
        -artifact_prefix="Tests/Fuzz/Crashes/$t/" "$work/corpus/$t" "$work/seeds/$t" >"$log" 2>&1 || true
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    crashes=$(find "Tests/Fuzz/Crashes/$t" -type f | wc -l)
    printf '%-15s %10s %12s %8s %8s %8s\n' "$t" "$seconds" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
    grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|deadly signal" "$log" | head -5 || true
done

#!/usr/bin/env bash
# Taskwarrior beside Village Board on the same tasks (issue 18; docs/PERFORMANCE.md, "Taskwarrior"). Not run in CI.
# For each size, takes the benchmark's generated store (made with `village-board-bench make-store` if the cache has
# none), exports its tasks as taskwarrior JSON (`village-board-bench export-tasks`), builds a taskwarrior database
# from them with `task import` (its own TASKRC and TASKDATA in a temporary folder, no prompts), then times, spawn to
# exit and median of RUNS:
#   - taskwarrior's `task N done`, each run on a fresh copy of the database;
#   - our `village-board task done ID --as OWNER` with the PIN ($VILLAGE_BOARD_PIN), on a copy of the store;
#   - the same after `village-board unlock --as OWNER` (untimed), with no PIN: the unlocked session.
# N and ID are the same task: the export puts the store's open tasks first, in order, so its k-th open task is
# taskwarrior's task k. Prints a Markdown table on standard output, progress on standard error.
#
#   scripts/taskwarrior-compare.sh [--bin DIR] [--cache DIR] [--runs N] [SIZE ...]   (default sizes: 20000 500000 1000000)
#
# --bin: the folder holding release builds of village-board-bench and village-board side by side
# (default .build/release; `swift build -c release --product village-board-bench` and `--product village-board`).
# --cache: the benchmark's store cache (default $XDG_CACHE_HOME or ~/.cache, /village-board-bench).
# Needs Debian's taskwarrior (`apt-get install taskwarrior`) and, at 1,000,000 households, ~2 GB free in $TMPDIR.
set -euo pipefail

bin=.build/release
cache="${XDG_CACHE_HOME:-$HOME/.cache}/village-board-bench"
runs=5
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin="$2"; shift 2 ;;
        --cache) cache="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(20000 500000 1000000)
bench="$bin/village-board-bench"
board="$bin/village-board"
for b in "$bench" "$board"; do
    [ -x "$b" ] || { echo "taskwarrior-compare: $b is not built (swift build -c release --product $(basename "$b"))" >&2; exit 1; }
done
command -v task >/dev/null || { echo "taskwarrior-compare: taskwarrior is missing (apt-get install taskwarrior)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/var/tmp}/taskwarrior-compare.XXXXXX")
trap 'rm -rf --one-file-system "$work"' EXIT
log() { echo "$*" >&2; }

# "WALL CPU": seconds, spawn to exit, of the command given, and its CPU time (user + system, from `times` in the
# subshell this runs in, whose only child it is); its output is dropped, a failure stops the script.
timed() {
    local start end
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; echo "taskwarrior-compare: failed: $*" >&2; exit 1; }
    end=$EPOCHREALTIME
    times >"$work/times"
    tail -n 1 "$work/times" | awk -v w="$start $end" '{
        split(w, t, " "); cpu = 0
        for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); cpu += a[1] * 60 + a[2] }
        printf "%.4f %.4f\n", t[2] - t[1], cpu }'
}
# The median of the first (or, with 2, the second) number of each line.
median() { awk -v c="${1:-1}" '{ print $c }' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f ms", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (a / b < 1 ? "%.2f×" : "%.1f×"), a / b }'; }

# Taskwarrior quiet and prompt-free, reading only its own files.
cat >"$work/taskrc" <<EOF
confirmation=off
verbose=nothing
hooks=off
recurrence=off
bulk=0
nag=
news.version=2.6.2
EOF
export TASKRC="$work/taskrc"
export VILLAGE_BOARD_DEVICE=bench-a HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
unset VILLAGE_BOARD_PIN
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
pin=1234   # the synthetic users' PIN (DemoPin.pin)

rows=()
for size in "${sizes[@]}"; do
    folder="$cache/v1-hh$size-seed1-ops10000"
    if [ ! -f "$folder/ready" ]; then
        log "[$size] generating the store into $folder (minutes at 500,000 and more)"
        "$bench" make-store --folder "$folder" --households "$size" >/dev/null
    fi
    log "[$size] exporting the tasks"
    "$bench" export-tasks --store "$folder/store" --json "$work/tasks.json" --picks $((2 * runs)) >"$work/picks"
    pending=$(awk '$2 == "tasks.pending" { print $3 }' "$work/picks")
    all=$(awk '$2 == "tasks.all" { print $3 }' "$work/picks")
    [ "$(grep -c '^pick ' "$work/picks")" -ge $((2 * runs)) ] || { echo "taskwarrior-compare: too few open tasks at $size" >&2; exit 1; }

    log "[$size] task import of $all tasks ($pending pending)"
    rm -rf "$work/tw-base" && mkdir "$work/tw-base"
    import=$(timed task rc.data.location="$work/tw-base" import "$work/tasks.json" | awk '{ printf "%.1f", $1 }')
    # The first command after the import moves the completed tasks to completed.data (gc); not timed.
    counted=$(task rc.data.location="$work/tw-base" status:pending count)
    [ "$counted" = "$pending" ] || { echo "taskwarrior-compare: taskwarrior holds $counted pending tasks, expected $pending" >&2; exit 1; }

    tw=() ; ours=() ; unlocked=()
    log "[$size] taskwarrior task N done, $runs fresh copies"
    for i in $(seq 1 "$runs"); do
        n=$(awk -v i="$i" '$1 == "pick" && ++k == i { print $2 }' "$work/picks")
        expected=$(printf '00000000-0000-4000-8000-%012x' "$n")
        got=$(task rc.data.location="$work/tw-base" _get "$n.uuid")
        [ "$got" = "$expected" ] || { echo "taskwarrior-compare: taskwarrior's task $n is $got, not $expected" >&2; exit 1; }
        rm -rf "$work/tw-run" && cp -a "$work/tw-base" "$work/tw-run" && sync
        v=$(timed task rc.data.location="$work/tw-run" "$n" done); tw+=("$v")
    done

    log "[$size] village-board task done: $runs with the PIN, $runs unlocked"
    rm -rf "$work/store" && cp -a "$folder/store" "$work/store" && sync
    for i in $(seq 1 $((2 * runs))); do
        read -r _ _ id owner < <(awk -v i="$i" '$1 == "pick" && ++k == i' "$work/picks")
        if [ "$i" -le "$runs" ]; then
            v=$(VILLAGE_BOARD_PIN=$pin timed "$board" task done "$id" --as "$owner" --store "$work/store" --note bench)
            ours+=("$v")
        else
            VILLAGE_BOARD_PIN=$pin "$board" unlock --as "$owner" --store "$work/store" >/dev/null
            v=$(timed "$board" task done "$id" --as "$owner" --store "$work/store" --note bench); unlocked+=("$v")
        fi
    done
    "$board" lock --store "$work/store" >/dev/null || true
    rm -rf "$work/store" "$work/tw-run"

    t=$(printf '%s\n' "${tw[@]}" | median); tc=$(printf '%s\n' "${tw[@]}" | median 2)
    o=$(printf '%s\n' "${ours[@]}" | median); oc=$(printf '%s\n' "${ours[@]}" | median 2)
    u=$(printf '%s\n' "${unlocked[@]}" | median); uc=$(printf '%s\n' "${unlocked[@]}" | median 2)
    log "[$size] taskwarrior $(ms "$t"), ours $(ms "$o") with the PIN, $(ms "$u") unlocked (import took $import s)"
    rows+=("| $size | $all ($pending pending) | $(ms "$t") · CPU $(ms "$tc") | $(ms "$o") · CPU $(ms "$oc") ($(ratio "$t" "$o")) | $(ms "$u") · CPU $(ms "$uc") ($(ratio "$t" "$u")) | ${import} s |")
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); taskwarrior $(task --version); $(nproc) cores; median of $runs"
echo
echo "| households | tasks | taskwarrior \`task N done\`: wall · CPU | ours with the PIN: wall · CPU (taskwarrior ÷ ours, wall) | ours on an unlocked session: wall · CPU (taskwarrior ÷ ours, wall) | taskwarrior \`task import\`, wall |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"

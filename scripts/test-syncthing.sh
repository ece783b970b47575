#!/usr/bin/env bash
# Village Board over real Syncthing (Debian's `syncthing`): two instances on loopback only (no discovery, relays,
# NAT or upgrades), homes in a temporary folder, introduced to each other, sharing laptop A's and laptop B's store
# folder with the ignore patterns of docs/SYNC.md. Changes on each laptop with the CLI; Syncthing's REST API says
# when the folders are in sync; then both boards must have the same fingerprint. Also: a change arriving while the
# other laptop's program is open, and Syncthing's conflict copy when two laptops share a laptop name.
#   scripts/test-syncthing.sh PATH/TO/village-board
# Ends with "N passed, N failed"; exits 1 when anything failed. Takes well under a minute.
set -euo pipefail
vb=$(readlink -f "${1:?usage: test-syncthing.sh PATH/TO/village-board}")
here=$(cd "$(dirname "$0")" && pwd)
for tool in syncthing curl python3 tmux; do
    command -v "$tool" >/dev/null || { echo "test-syncthing: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/vb-syncthing.XXXXXX")
socket="vb-syncthing-$$"
pids=()
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
started=$(date +%s)

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
expect() {  # expect NAME COMMAND…
    local name="$1"; shift
    if "$@" >"$work/last.out" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/     | /' "$work/last.out" | tail -n 20; fi
}
die() {
    echo "test-syncthing: $*" >&2
    for n in a b; do echo "--- syncthing $n log (last lines)" >&2; tail -n 15 "$work/st-$n.log" >&2 || true; done
    echo "syncthing test: $passed passed, $((failed + 1)) failed"
    exit 1
}

# Free loopback ports for the two GUIs (REST) and listeners.
read -r gui_a gui_b port_a port_b < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])
for s in socks: s.close()')
key="vb-test-$$-$RANDOM"
declare -A gui=([a]=$gui_a [b]=$gui_b) port=([a]=$port_a [b]=$port_b) id=() store=([a]="$work/a/store" [b]="$work/b/store")

# Laptop A makes its store; laptop B starts with an empty folder that Syncthing fills.
laptop() { local n="$1"; shift; env HOME="$work/home-$n" VILLAGE_BOARD_DEVICE="laptop-$n" VILLAGE_BOARD_PIN=1234 \
                          LANG=C.UTF-8 "$vb" "$@" --store "${store[$n]}"; }
mkdir -p "$work/home-a" "$work/home-b" "${store[b]}"
laptop a init --demo >/dev/null
for n in a b; do
    cat > "${store[$n]}/.stignore" <<'IGNORE'
// docs/SYNC.md: what each laptop keeps to itself
lock
quarantine/
snapshot.jsonl
snapshot.jsonl.tmp
*.tmp
IGNORE
done

for n in a b; do
    syncthing generate --home "$work/st-$n" --no-default-folder --skip-port-probing >/dev/null 2>&1
    id[$n]=$(syncthing --home "$work/st-$n" --device-id)
done
for n in a b; do
    o=$([ "$n" = a ] && echo b || echo a)
    python3 "$here/syncthing/configure.py" "$work/st-$n/config.xml" "${gui[$n]}" "${port[$n]}" "$key" "laptop-$n" \
        "${id[$o]}" "laptop-$o" "${port[$o]}" village "${store[$n]}"
    STNOUPGRADE=1 STNORESTART=1 syncthing serve --home "$work/st-$n" --no-browser --no-restart --no-upgrade \
        --logflags=0 >"$work/st-$n.log" 2>&1 &
    pids+=($!)
done

api() {  # api NODE METHOD PATH
    curl -sf -X "$2" -H "X-API-Key: $key" "http://127.0.0.1:${gui[$1]}$3"
}
field() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {"d": d}))' "$1"; }
within() {  # within SECONDS CONDITION-FUNCTION: polls until it holds
    local until=$(( $(date +%s) + $1 )); shift
    until "$@" 2>/dev/null; do
        [ "$(date +%s)" -lt "$until" ] || return 1
        sleep 0.3
    done
}
both_up() { api a GET /rest/system/ping >/dev/null && api b GET /rest/system/ping >/dev/null; }
connected() {
    [ "$(api a GET /rest/system/connections | field "d['connections']['${id[b]}']['connected']")" = True ] &&
    [ "$(api b GET /rest/system/connections | field "d['connections']['${id[a]}']['connected']")" = True ]
}
# In sync: each has scanned, is idle with nothing to pull, and sees the other complete; and the carried files agree.
in_sync() {
    local n o
    for n in a b; do
        o=$([ "$n" = a ] && echo b || echo a)
        [ "$(api "$n" GET '/rest/db/status?folder=village' | field "(d['state'], d['needTotalItems'], d['pullErrors'])")" = "('idle', 0, 0)" ] || return 1
        [ "$(api "$n" GET "/rest/db/completion?folder=village&device=${id[$o]}" | field "(d['completion'], d['needItems'])")" = "(100, 0)" ] || return 1
    done
    diff -r -x lock -x quarantine -x 'snapshot.jsonl*' -x '*.tmp' -x .stfolder -x .stignore "${store[a]}" "${store[b]}" >/dev/null
}
sync_now() {  # scans both folders, then waits for Syncthing to say they are in sync
    api a POST '/rest/db/scan?folder=village' >/dev/null
    api b POST '/rest/db/scan?folder=village' >/dev/null
    sleep 0.5
    within 30 in_sync
}

within 20 both_up || die "the Syncthing instances did not start"
within 20 connected || die "the two Syncthing instances did not connect on loopback"
pass "two Syncthing instances on loopback, introduced to each other ($(( $(date +%s) - started )) s)"
sync_now || die "the first sync (A's new store to B's empty folder) did not finish"
pass "laptop A's new store reached laptop B ($(( $(date +%s) - started )) s)"
expect "laptop B opens the store Syncthing brought" laptop b check
expect "no lock or snapshot was carried" test ! -e "${store[b]}/snapshot.jsonl" -a ! -e "${store[b]}/lock"

# Open tasks of the demo to work on, each with its owner (who may mark it done): "ID OWNER" per line.
mapfile -t open_tasks < <(laptop a export tasks --format csv --keys | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines()))
print("\n".join([r["task_id"] + " " + r["owner"] for r in rows if r["state"] == "open"][:6]))')
[ "${#open_tasks[@]}" -ge 6 ] || die "the demo has fewer than 6 open tasks: ${open_tasks[*]}"
# done LAPTOP N [NOTE]: laptop marks open task N done, as the task's owner.
done_task() {
    local n="$1" task owner
    read -r task owner <<<"${open_tasks[$2]}"
    laptop "$n" task done "$task" --note "${3:-laptop $n}" --as "$owner"
}
task_id() { cut -d' ' -f1 <<<"${open_tasks[$1]}"; }
# The title of open task N: the conflicts list names a task by its title.
task_title() {
    laptop a export tasks --format csv --keys | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines()))
print([r["title"] for r in rows if r["task_id"] == sys.argv[1]][0])' "$(task_id "$1")"
}

# 1. Changes on each laptop, one of them on the same task (a structural conflict both must list alike).
expect "laptop A: task done $(task_id 0)" done_task a 0 "A 完成"
expect "laptop A: task done $(task_id 2)" done_task a 2 "A 也完成"
expect "laptop B: task done $(task_id 1)" done_task b 1 "B 完成"
expect "laptop B: task done $(task_id 2), which A marked done too" done_task b 2 "B 也完成"
sync_now && pass "Syncthing says in sync after changes on both ($(( $(date +%s) - started )) s)" \
    || die "the folders did not come in sync after changes on both laptops"
fingerprint() { laptop "$1" sync --fingerprint 2>/dev/null | head -n 1; }
expect "same fingerprint on both laptops" test "$(fingerprint a)" = "$(fingerprint b)"
expect "same report (json) on both laptops" test "$(laptop a report --format json)" = "$(laptop b report --format json)"
expect "same conflicts on both laptops" test "$(laptop a conflicts)" = "$(laptop b conflicts)"
expect "both laptops list the task done twice as a conflict" grep -qF "$(task_title 2)" <<<"$(laptop b conflicts)"
expect "sync --status shows both laptops' journals" bash -c "grep -q laptop-a <<<\"\$1\" && grep -q laptop-b <<<\"\$1\"" _ "$(laptop a sync --status)"

# 2. A change arriving while laptop B's program is open.
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 32 -s b \
    env HOME="$work/home-b" VILLAGE_BOARD_DEVICE=laptop-b VILLAGE_BOARD_PIN=1234 LANG=zh_CN.UTF-8 TERM=xterm-256color \
    sh -c "'$vb' --store '${store[b]}' --as admin; echo \"exit status \$?\"; sleep 60"
board_open() { tmux -L "$socket" capture-pane -p -t b | grep -q "剩余"; }
within 15 board_open || die "laptop B's program did not open"
expect "laptop A: task done $(task_id 3) while B's program is open" done_task a 3
sync_now && pass "in sync while B's program is open" || fail "in sync while B's program is open"
expect "B reads A's change while its program is open" bash -c "[ \"\$1\" = \"\$2\" ]" _ "$(fingerprint a)" "$(fingerprint b)"
expect "B cannot merge from the command line while its program is open" bash -c "! \"\$@\"" _ laptop b sync "${store[a]}"
tmux -L "$socket" send-keys -t b q
closed() { tmux -L "$socket" capture-pane -p -t b | grep -q "exit status"; }
within 10 closed || true
expect "B's program quits cleanly" bash -c "tmux -L '$socket' capture-pane -p -t b | grep -q 'exit status 0'"
expect "laptop B: task done $(task_id 4) after closing its program" done_task b 4
sync_now || fail "in sync after B closed its program"
expect "same fingerprint after the open-program round" test "$(fingerprint a)" = "$(fingerprint b)"

# 3. Two laptops that share a name (laptop B set VILLAGE_BOARD_DEVICE=laptop-a by mistake) while they cannot see
#    each other: both append to journal/laptop-a.jsonl, and Syncthing keeps one and makes a conflict copy.
for n in a b; do api "$n" POST "/rest/system/pause?device=${id[$([ "$n" = a ] && echo b || echo a)]}" >/dev/null; done
expect "laptop A: task done $(task_id 5) while apart" done_task a 5 "A 分开时完成"
read -r task owner <<<"${open_tasks[5]}"
expect "laptop B, misnamed laptop-a: the same task done while apart" \
    env HOME="$work/home-b" VILLAGE_BOARD_DEVICE=laptop-a VILLAGE_BOARD_PIN=1234 "$vb" task done "$task" \
        --note "B 用错了名字" --as "$owner" --store "${store[b]}"
for n in a b; do api "$n" POST "/rest/system/resume?device=${id[$([ "$n" = a ] && echo b || echo a)]}" >/dev/null; done
within 60 connected || die "the instances did not reconnect"
sync_now || fail "in sync after the shared-name conflict"
copies() { find "${store[$1]}/journal" -name 'laptop-a.sync-conflict-*.jsonl' | wc -l; }
expect "Syncthing made one conflict copy, and carried it to both laptops" test "$(copies a)/$(copies b)" = "1/1"
for n in a b; do
    laptop "$n" check >"$work/check-$n.out" 2>&1 && status=0 || status=$?
    expect "laptop $n: check exits 1 and names the conflict copy" bash -c "[ $status = 1 ] && grep -q 'sync-conflict.*电脑名“laptop-a”' '$work/check-$n.out'"
    laptop "$n" report >/dev/null 2>"$work/report-$n.err" && status=0 || status=$?
    expect "laptop $n: report works and names the conflict copy on stderr" bash -c "[ $status = 0 ] && grep -q '冲突副本' '$work/report-$n.err'"
done
# Whichever change Syncthing kept, the other is in the copy: both notes are on laptop A's disk.
for note in "A 分开时完成" "B 用错了名字"; do
    expect "no change is lost: \"$note\" is in laptop-a's journal or its copy" \
        bash -c "cat '${store[a]}'/journal/laptop-a.jsonl '${store[a]}'/journal/laptop-a.sync-conflict-*.jsonl | grep -q '$note'"
done
expect "same fingerprint on both laptops with the copy beside" test "$(fingerprint a)" = "$(fingerprint b)"

elapsed=$(( $(date +%s) - started ))
echo "syncthing test took ${elapsed} s"
echo "syncthing test: $passed passed, $failed failed"
[ "$failed" = 0 ]

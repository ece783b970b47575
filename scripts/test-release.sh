#!/usr/bin/env bash
# Tests a release tarball the way a village laptop without Swift will use it: unpack it, install it into a
# temporary prefix, and run it with an empty environment (env -i; PATH only that prefix and /usr/bin:/bin; no
# Swift, no LD_LIBRARY_PATH). Makes the demo store, prints the report, opens the battle chart in tmux, checks that
# ldd lists no Swift library, and that --uninstall removes everything.
#   scripts/test-release.sh dist/village-board-VERSION-linux-x86_64.tar.gz
# Ends with "N passed, N failed"; exits 1 when anything failed.
set -euo pipefail
tarball=$(readlink -f "${1:?usage: test-release.sh TARBALL}")
[ -f "$tarball" ] || { echo "test-release: no such file: $1" >&2; exit 1; }
command -v tmux >/dev/null || { echo "test-release: tmux is missing (apt-get install tmux)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/vb-release-test.XXXXXX")
socket="vb-release-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 143' TERM INT

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# check NAME COMMAND…: runs the command, passes when it exits 0.
check() {
    local name="$1"; shift
    if "$@" >"$work/last.out" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/     | /' "$work/last.out" | tail -n 20; fi
}

prefix="$work/prefix" home="$work/home"
mkdir -p "$home" "$work/unpacked"
tar -C "$work/unpacked" -xzf "$tarball"
unpacked=$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d | head -n 1)
# The laptop: nothing but the prefix and the system's own folders.
run() { env -i PATH="$prefix/bin:/usr/bin:/bin" HOME="$home" LANG=zh_CN.UTF-8 TERM=xterm-256color \
            VILLAGE_BOARD_DEVICE=laptop VILLAGE_BOARD_PIN=1234 "$@"; }

for item in bin/village-board install.sh README.txt share/man/man1/village-board.1.gz \
            share/bash-completion/completions/village-board share/zsh/site-functions/_village-board \
            share/fish/vendor_completions.d/village-board.fish share/village-board/themes/default.theme; do
    check "the tarball holds $item" test -e "$unpacked/$item"
done
check "the README speaks Chinese and English" grep -q "安装" "$unpacked/README.txt"

check "install.sh --prefix installs" run "$unpacked/install.sh" --prefix "$prefix"
check "no swift on the laptop's PATH" bash -c "! env -i PATH='$prefix/bin:/usr/bin:/bin' bash -c 'command -v swift'"
check "village-board is found on PATH" run bash -c 'command -v village-board | grep -q "^'"$prefix"'/bin/"'
check "--version prints a version and a commit" run bash -c 'village-board --version | grep -Eq "^[0-9]+\.[0-9]+\.[0-9]+ \(commit "'

ldd_out=$(ldd "$prefix/bin/village-board" 2>&1 || true)
check "ldd: no libswift*, libFoundation*, libdispatch*" bash -c "! grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime' <<<'$ldd_out'"
check "ldd: every library found" bash -c "! grep -q 'not found' <<<'$ldd_out'"

check "init --demo makes the demo store" run village-board init --demo --store "$work/store"
check "report prints the summary" run bash -c "village-board report --store '$work/store' | grep -q '白山市'"
check "report --format json" run bash -c "village-board report --store '$work/store' --format json | head -c 1 | grep -q '[[{]'"
check "check finds no problems" run village-board check --store "$work/store"
check "the man page formats" bash -c "zcat '$prefix/share/man/man1/village-board.1.gz' | grep -q '^.SH EXIT STATUS' \
    && { ! command -v groff >/dev/null || zcat '$prefix/share/man/man1/village-board.1.gz' | groff -man -Tutf8 -ww -z; }"
check "the bash completion loads" bash -c "source '$prefix/share/bash-completion/completions/village-board' && complete -p village-board"
# Tab after `--as` offers the store's users (the shell runs the installed program to ask).
complete_as() {
    run bash -c 'source "$1/share/bash-completion/completions/village-board"
        COMP_WORDS=(village-board task done X --store "$2" --as taip); COMP_CWORD=7
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _village-board village-board taip --as; printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix" "$work/store"
}
check "bash completes user ids from the store" bash -c '[ "$1" = taiping-sec ]' _ "$(complete_as 2>/dev/null)"

# The battle chart, in tmux, from the same empty environment; logged in at once with --as and the PIN.
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 32 -s board \
    env -i PATH="$prefix/bin:/usr/bin:/bin" HOME="$home" LANG=zh_CN.UTF-8 TERM=xterm-256color \
        VILLAGE_BOARD_DEVICE=laptop VILLAGE_BOARD_PIN=1234 \
        sh -c "village-board --store '$work/store' --as admin; echo \"exit status \$?\"; sleep 30"
screen=""
for _ in $(seq 1 100); do
    screen=$(tmux -L "$socket" capture-pane -p -t board 2>/dev/null || true)
    grep -q "剩余" <<<"$screen" && break
    sleep 0.1
done
if grep -q "村级作战图" <<<"$screen" && grep -q "剩余" <<<"$screen"; then pass "the battle chart opens in tmux"
else fail "the battle chart opens in tmux"; sed 's/^/     | /' <<<"$screen"; fi
tmux -L "$socket" send-keys -t board q
for _ in $(seq 1 50); do
    screen=$(tmux -L "$socket" capture-pane -p -t board 2>/dev/null || true)
    grep -q "exit status" <<<"$screen" && break
    sleep 0.1
done
check "q quits the battle chart with status 0" grep -q "exit status 0" <<<"$screen"

# Progress on stderr: shown on a terminal (script(1) gives the command one), nothing when stderr is piped.
if command -v script >/dev/null; then
    # VILLAGE_BOARD_PROGRESS=now: at once, not after half a second (a release build generates this in less).
    run script -qec "VILLAGE_BOARD_PROGRESS=now village-board generate --households 20000 --out '$work/big-tty'" \
        "$work/tty.typescript" >/dev/null 2>&1 || true
    check "generate shows progress when stderr is a terminal" grep -aq "正在生成数据" "$work/tty.typescript"
    run village-board generate --households 20000 --out "$work/big-pipe" 2>"$work/pipe.err" >/dev/null || true
    check "generate shows nothing on a piped stderr" test ! -s "$work/pipe.err"
    check "the generated store is whole" run village-board check --store "$work/big-pipe"
fi

check "install.sh --uninstall" run "$unpacked/install.sh" --prefix "$prefix" --uninstall
check "nothing is left after --uninstall" bash -c "[ -z \"\$(find '$prefix' -type f)\" ]"

echo "release test: $passed passed, $failed failed"
[ "$failed" = 0 ]

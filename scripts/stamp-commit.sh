#!/bin/sh
# Writes the git commit of the working tree beside the built binary, for `village-board --version`
# (see Sources/village-board/Version.swift). Run it after `swift build`, with the same options:
#   swift build -c release && scripts/stamp-commit.sh -c release
# Without git or outside a clone it writes nothing and the version says "commit unknown".
set -eu
cd "$(dirname "$0")/.."
bin=$(swift build "$@" --show-bin-path)
commit=$(git rev-parse --short=12 HEAD 2>/dev/null) || exit 0
# Uncommitted changes to tracked files make the binary differ from the commit: say so.
if ! git diff --quiet HEAD -- 2>/dev/null; then commit="$commit-modified"; fi
printf '%s\n' "$commit" > "$bin/village-board.commit"
echo "stamped $bin/village-board.commit: $commit"

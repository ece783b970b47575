#!/usr/bin/env bash
# Writes the current commit into Sources/village-board/BuildCommit.swift, so that `village-board --version` names it.
#   scripts/stamp-commit.sh            stamp (short hash, with "-dirty" when tracked files have changes)
#   scripts/stamp-commit.sh --restore  put the committed file back ("unknown")
set -euo pipefail
cd "$(dirname "$0")/.."
file=Sources/village-board/BuildCommit.swift

if [ "${1:-}" = "--restore" ]; then
    git checkout -- "$file"
    exit 0
fi
if ! hash=$(git rev-parse --short=10 HEAD 2>/dev/null); then
    echo "stamp-commit: not a git checkout; leaving the commit as \"unknown\"" >&2
    exit 0
fi
# The stamp itself is the only change allowed to go unmentioned.
if [ -n "$(git status --porcelain --untracked-files=no -- . ":(exclude)$file")" ]; then
    hash="$hash-dirty"
fi
cat > "$file" <<SWIFT
// scripts/stamp-commit.sh rewrites this file for a release build and restores it afterwards: commit it unchanged.
enum BuildCommit {
    static let hash = "$hash"
}
SWIFT
echo "stamp-commit: $hash"

#!/usr/bin/env bash
# Builds an installable release of Village Board for Linux x86_64 that needs no Swift on the target laptop:
#   dist/village-board-VERSION-linux-x86_64.tar.gz   binary, themes, man page, completions, README, install.sh
#   dist/village-board_VERSION_amd64.deb             the same as a Debian package (dpkg-deb)
# The Swift standard library, Foundation and Dispatch are linked into the binary (--static-swift-stdlib); the
# .deb depends on the Debian packages of whatever `ldd` still shows (libc6, libncursesw6, libtinfo6, …).
#
#   scripts/release.sh                 a release build in .build-release (several minutes)
#   scripts/release.sh --debug         a debug build, for CI: same contents, built faster, slower to run
#   options: --scratch-path DIR (default .build-release), --out DIR (default dist), --no-deb
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

configuration=release
scratch=.build-release
out=dist
make_deb=1
while [ $# -gt 0 ]; do
    case "$1" in
        --debug) configuration=debug ;;
        --scratch-path) scratch="$2"; shift ;;
        --out) out="$2"; shift ;;
        --no-deb) make_deb=0 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "release.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
    esac
    shift
done

say() { echo "release: $*" >&2; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "release.sh: $1 is missing (install $2)" >&2; exit 1; }; }
need swift "Swift 6.3"
need python3 python3
need ldd libc-bin
[ "$make_deb" = 0 ] || need dpkg-deb dpkg

# The commit goes into `village-board --version`; the stamped file is put back however this script ends.
# In a build folder shared with ordinary builds (CI's .build), the CLI module's objects, compiled here for a static
# runtime, would not link dynamically afterwards: they are removed, and the next ordinary build recompiles them.
finish() {
    scripts/stamp-commit.sh --restore
    if [ "$scratch" != .build-release ] && [ -n "${bin_dir:-}" ]; then rm -f "$bin_dir/village_board.build/"*.o; fi
}
scripts/stamp-commit.sh >&2
trap finish EXIT

say "building ($configuration, --static-swift-stdlib) in $scratch"
start=$(date +%s)
swift build -c "$configuration" --static-swift-stdlib --scratch-path "$scratch" --product village-board >&2
bin_dir=$(swift build -c "$configuration" --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)
binary="$bin_dir/village-board"
say "built in $(( $(date +%s) - start )) s: $binary"

version=$("$binary" --version | awk '{print $1}')
case "$version" in
    [0-9]*.[0-9]*) ;;
    *) echo "release.sh: \`village-board --version\` printed \"$version\", not a version" >&2; exit 1 ;;
esac

# What the binary still loads from the system: none of it may be Swift's.
libraries=$(ldd "$binary")
if grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime|not found' <<<"$libraries"; then
    echo "release.sh: the binary still needs Swift's libraries or misses one:" >&2
    echo "$libraries" >&2
    exit 1
fi

name="village-board-$version-linux-x86_64"
rm -rf "${out:?}/$name" "$out/$name.tar.gz"
stage="$out/$name"
mkdir -p "$stage/bin" "$stage/share/village-board/themes" "$stage/share/man/man1" \
    "$stage/share/bash-completion/completions" "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d"

install -m 755 "$binary" "$stage/bin/village-board"
[ "$configuration" = debug ] || strip "$stage/bin/village-board"
install -m 644 themes/* "$stage/share/village-board/themes/"
python3 scripts/release/manpage.py "$binary" > "$stage/share/man/man1/village-board.1"
gzip -9n "$stage/share/man/man1/village-board.1"
"$binary" --generate-completion-script bash > "$stage/share/bash-completion/completions/village-board"
"$binary" --generate-completion-script zsh > "$stage/share/zsh/site-functions/_village-board"
"$binary" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/village-board.fish"
install -m 755 scripts/release/install.sh "$stage/install.sh"
sed "s/@VERSION@/$version/g" scripts/release/README.txt > "$stage/README.txt"
cp CHANGELOG.md "$stage/CHANGELOG.md"

tar -C "$out" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"
say "$out/$name.tar.gz: $(du -h "$out/$name.tar.gz" | cut -f1)"

if [ "$make_deb" = 1 ]; then
    # Each library ldd resolves, to the Debian package that holds it, at least at the version here.
    depends=()
    for path in $(awk '/=>/ {print $3} !/=>/ && $1 ~ /^\// {print $1}' <<<"$libraries" | sort -u); do
        # dpkg knows a library by the path its package installed (/lib/… or /usr/lib/… on a merged /usr).
        package=$(dpkg -S "$path" 2>/dev/null | head -n 1 | cut -d: -f1) \
            || package=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n 1 | cut -d: -f1) || true
        if [ -z "$package" ]; then
            echo "release.sh: no Debian package holds $path; cannot name the .deb's dependency" >&2
            exit 1
        fi
        upstream=$(dpkg-query -W -f='${Version}' "$package" | sed 's/^[0-9]*://; s/-[^-]*$//; s/+.*$//')
        depends+=("$package (>= $upstream)")
    done
    depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')

    deb_root="$out/deb-$name"
    rm -rf "$deb_root"
    mkdir -p "$deb_root/DEBIAN" "$deb_root/usr"
    cp -r "$stage/bin" "$stage/share" "$deb_root/usr/"
    mkdir -p "$deb_root/usr/share/doc/village-board"
    cp "$stage/README.txt" "$deb_root/usr/share/doc/village-board/README"
    gzip -9nc CHANGELOG.md > "$deb_root/usr/share/doc/village-board/changelog.gz"
    size=$(du -sk "$deb_root/usr" | cut -f1)
    cat > "$deb_root/DEBIAN/control" <<CONTROL
Package: village-board
Version: $version
Architecture: amd64
Maintainer: Village Board maintainers <village-board@localhost>
Installed-Size: $size
Depends: $depends_line
Section: misc
Priority: optional
Description: 村级作战图 Village Board: the rural monitoring battle chart at the keyboard
 An offline terminal program for village and township offices: villages coloured
 by what is left to do, every household's checklist, plan and responsible cadre,
 and tasks from open to verified. Laptops exchange work by copying files.
CONTROL
    deb="$out/village-board_${version}_amd64.deb"
    dpkg-deb --root-owner-group -Zxz --build "$deb_root" "$deb" >&2
    rm -rf "$deb_root"
    say "$deb: $(du -h "$deb" | cut -f1) (Depends: $depends_line)"
fi
echo "$out/$name.tar.gz"

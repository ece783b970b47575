#!/usr/bin/env bash
# Installs the .deb into a fresh Debian chroot made by debootstrap (nothing else installed), then runs
# `village-board init --demo` and `report` inside it. Run by hand, as root, once per release; not run in CI
# (debootstrap fetches a few hundred MB from Debian's package registry).
#   sudo scripts/check-clean-install.sh dist/village-board_VERSION_amd64.deb [SUITE]   (SUITE default: bookworm)
set -euo pipefail
deb=$(readlink -f "${1:?usage: check-clean-install.sh PATH/TO/village-board_VERSION_amd64.deb [SUITE]}")
suite="${2:-bookworm}"
[ -f "$deb" ] || { echo "check-clean-install: no such file: $1" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "check-clean-install: run it as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "check-clean-install: debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }

root=$(mktemp -d "${TMPDIR:-/var/tmp}/vb-chroot.XXXXXX")
mounted=()
cleanup() {
    for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

echo "== debootstrap --variant=minbase $suite into $root"
start=$(date +%s)
debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian >"$root.log" 2>&1 \
    || { tail -n 30 "$root.log" >&2; echo "check-clean-install: debootstrap failed" >&2; exit 1; }
rm -f "$root.log"
echo "   made in $(( $(date +%s) - start )) s"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")

cp "$deb" "$root/tmp/village-board.deb"
echo "== dpkg -i $(basename "$deb") ($(du -h "$deb" | cut -f1)); Depends: $(dpkg-deb -f "$deb" Depends)"
# First dpkg alone, to show which of the declared dependencies a minimal Debian lacks; then apt, which installs
# exactly those from Debian's registry. Nothing beyond the declared Depends is installed, so if the program runs
# afterwards, the .deb names everything it loads.
if chroot "$root" dpkg -i /tmp/village-board.deb; then
    echo "   every dependency was already there"
else
    echo "== apt-get -f install: the declared dependencies that the minimal system lacks, from Debian's registry"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    chroot "$root" apt-get update -qq
    chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q --no-install-recommends 2>&1 \
        | grep -E "^(Setting up|The following NEW|  [a-z0-9])" || true
    chroot "$root" dpkg-query -W -f='${Status}\n' village-board | grep -q "install ok installed" \
        || { echo "check-clean-install: the .deb did not install" >&2; exit 1; }
fi
echo "== packages in the chroot: $(chroot "$root" dpkg-query -W | wc -l); swift: $(chroot "$root" sh -c 'command -v swift || echo none')"
echo "== ldd /usr/bin/village-board"
chroot "$root" ldd /usr/bin/village-board
run() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
echo "== village-board --version"
run village-board --version
echo "== village-board init --demo --store /root/demo"
run village-board init --demo --store /root/demo
echo "== village-board report --store /root/demo"
run village-board report --store /root/demo
echo "== man page and completions installed"
chroot "$root" ls /usr/share/man/man1/village-board.1.gz /usr/share/bash-completion/completions/village-board
echo "== clean install: ok"

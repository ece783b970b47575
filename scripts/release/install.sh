#!/usr/bin/env bash
# Installs Village Board from this unpacked release; needs no Swift, only libc and ncurses (every Linux has them).
#   ./install.sh                  into ~/.local (no root needed)
#   ./install.sh --system         into /usr/local (run as root, e.g. with sudo)
#   ./install.sh --prefix DIR     into DIR
#   ./install.sh --uninstall      removes what an earlier install put there (with --system or --prefix as then)
# 安装村级作战图：默认装到 ~/.local；--system 装到 /usr/local（需要 root）；--uninstall 卸载。
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

prefix="$HOME/.local"
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --system) prefix=/usr/local ;;
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder / --prefix 后面要写文件夹" >&2; exit 64; }
                  prefix="$2"; shift ;;
        --uninstall) uninstall=1 ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help) / 未知选项 $1" >&2; exit 64 ;;
    esac
    shift
done

# The list of what was installed, so that --uninstall removes exactly that and nothing else.
manifest="$prefix/share/village-board/installed-files"

if [ "$uninstall" = 1 ]; then
    if [ ! -f "$manifest" ]; then
        echo "install.sh: nothing to uninstall in $prefix (no $manifest) / $prefix 中没有安装记录" >&2
        exit 1
    fi
    while IFS= read -r file; do
        rm -f "$prefix/$file"
    done < "$manifest"
    rm -f "$manifest"
    rmdir "$prefix/share/village-board/themes" "$prefix/share/village-board" 2>/dev/null || true
    echo "removed Village Board from $prefix (your data folders are untouched) / 已从 $prefix 卸载（数据未动）"
    exit 0
fi

if ! mkdir -p "$prefix" 2>/dev/null || [ ! -w "$prefix" ]; then
    echo "install.sh: cannot write to $prefix; for --system run it as root (sudo ./install.sh --system) / 无法写入 $prefix" >&2
    exit 1
fi
files=()
while IFS= read -r file; do files+=("${file#./}"); done < <(cd "$here" && find bin share -type f | sort)
for file in "${files[@]}"; do
    mode=644
    case "$file" in bin/*) mode=755 ;; esac
    install -D -m "$mode" "$here/$file" "$prefix/$file"
done
printf '%s\n' "${files[@]}" > "$manifest"

echo "installed Village Board in $prefix / 已安装到 $prefix"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH; add this line to ~/.bashrc: / 请把下面这行加入 ~/.bashrc："
       echo "    export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "try it / 试一试:  village-board --demo"

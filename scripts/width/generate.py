#!/usr/bin/env python3
"""Writes Sources/TerminalKit/Text/WidthTable.swift from pinned Unicode data (see README.md).

    python3 scripts/width/generate.py --unicode /usr/share/unicode   # re-pin from Unicode's own files
    python3 scripts/width/generate.py                                # regenerate the Swift file from the pin
    python3 scripts/width/generate.py --check                        # exit 1 if the Swift file is stale
"""
import argparse
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PIN = os.path.join(HERE, "unicode-widths.txt")
OUT = os.path.join(ROOT, "Sources", "TerminalKit", "Text", "WidthTable.swift")

# The properties the rule reads; everything else in the source files is left out of the pin.
WIDE_EAW = {"W", "F"}
ZERO_GC = {"Mn", "Me", "Cf"}
LINE = re.compile(r"^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*(\w+)")


def read_ranges(path, keep):
    """(first, last, value) for each data line whose value is in `keep`, and the file's version line."""
    out, version = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if version is None and line.startswith("#"):
                version = line[1:].strip()
            m = LINE.match(line)
            if m and m.group(3) in keep:
                first = int(m.group(1), 16)
                out.append((first, int(m.group(2) or m.group(1), 16), m.group(3)))
    return out, version


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def pin(unicode_dir):
    """Copies the needed lines of EastAsianWidth.txt and DerivedGeneralCategory.txt into the pin file."""
    eaw_path = os.path.join(unicode_dir, "EastAsianWidth.txt")
    gc_path = os.path.join(unicode_dir, "extracted", "DerivedGeneralCategory.txt")
    eaw, eaw_version = read_ranges(eaw_path, WIDE_EAW)
    gc, gc_version = read_ranges(gc_path, ZERO_GC)
    lines = [
        "# The Unicode data WidthTable.swift is generated from (scripts/width/generate.py), one range a line:",
        "# East_Asian_Width W and F (two columns), General_Category Mn, Me and Cf (no column). Taken from",
        f"#   {eaw_version}  sha256 {sha256(eaw_path)}",
        f"#   {gc_version}  sha256 {sha256(gc_path)}",
        "# (Debian's unicode-data package: /usr/share/unicode). Unicode data licence: LICENSE-DATA.md.",
    ]
    for first, last, value in sorted(eaw + gc):
        lines.append(f"{first:04X}..{last:04X};{value}")
    with open(PIN, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def widths():
    """The rule, on the pin: code point -> 0 or 2 (absent: one column)."""
    width = {}
    version = None
    with open(PIN, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#   EastAsianWidth"):
                version = line.split()[1]
            m = LINE.match(line)
            if not m:
                continue
            first, last, value = int(m.group(1), 16), int(m.group(2), 16), m.group(3)
            for cp in range(first, last + 1):
                if value in ZERO_GC:
                    if cp != 0x00AD:  # SOFT HYPHEN is Cf but shown (as a hyphen) by terminals
                        width[cp] = 0
                elif width.get(cp) != 0:  # a mark in a wide block (U+302A ideographic tone marks) stays zero
                    width[cp] = 2
    # Hangul Jamo medial vowels and final consonants join the leading consonant's two columns (as glibc and tmux).
    for cp in list(range(0x1160, 0x1200)) + list(range(0xD7B0, 0xD800)):
        width[cp] = 0
    return width, version


def ranges(width, value):
    out, start, prev = [], None, None
    for cp in sorted(c for c, w in width.items() if w == value):
        if start is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            out.append((start, prev))
        start = prev = cp
    if start is not None:
        out.append((start, prev))
    return out


def array(name, doc, pairs):
    lines = [f"    /// {doc}", f"    static let {name}: [UInt32] = ["]
    for i in range(0, len(pairs), 4):
        lines.append("        " + " ".join(f"0x{a:04X}, 0x{b:04X}," for a, b in pairs[i:i + 4]))
    lines.append("    ]")
    return "\n".join(lines)


def source():
    width, version = widths()
    return (
        f"// Generated from {version} and its General_Category (pinned in scripts/width/unicode-widths.txt)\n"
        "// by scripts/width/generate.py; do not edit. Mn/Me/Cf (but U+00AD) and Hangul medial/final jamo: no column;\n"
        "// East Asian Width W/F: two. WidthTableTests checks every code point against the pin.\n"
        "\n"
        "/// Code point ranges, as flattened (first, last) pairs, that do not take exactly one column.\n"
        "enum WidthTable {\n"
        + array("zero", "Ranges drawn in no column: combining marks, format characters, conjoining vowels.", ranges(width, 0))
        + "\n\n"
        + array("wide", "Ranges drawn two columns wide: CJK, Hangul, full-width forms, emoji presentation.", ranges(width, 2))
        + "\n}\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--unicode", help="a folder holding EastAsianWidth.txt and extracted/DerivedGeneralCategory.txt")
    parser.add_argument("--check", action="store_true", help="exit 1 if WidthTable.swift is not what the pin gives")
    args = parser.parse_args()
    if args.unicode:
        pin(args.unicode)
    text = source()
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print("WidthTable.swift is stale: run python3 scripts/width/generate.py", file=sys.stderr)
                return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes village-board(1) from the program's own command definitions.

    scripts/release/manpage.py PATH/TO/village-board > village-board.1

Every command, argument, option and help text comes from `village-board --experimental-dump-help` (the
ArgumentParser definitions in Sources/village-board), so the page cannot drift from `--help`. Only what the
definitions do not hold is written here: the environment, files, exit statuses and examples (Chinese and English).
argument-parser's own generate-manual plugin would do the first part, but it builds every product again in release
mode without --static-swift-stdlib (minutes more per release), and has no place for the rest.
"""
import json
import os
import subprocess
import sys
import time

ENVIRONMENT = [
    ("VILLAGE_BOARD_STORE", "the store folder when --store is not given / 未给 --store 时使用的数据文件夹"),
    ("VILLAGE_BOARD_PIN", "the PIN for --as, instead of --pin or a prompt / 代替 --pin 或提示输入的 PIN"),
    ("VILLAGE_BOARD_NEW_PIN", "the new PIN for user add/passwd / user add、passwd 的新 PIN"),
    ("VILLAGE_BOARD_DEVICE", "this laptop's name in the journals (default: the host name); two laptops must never share one / "
                             "本机在日志中的名字（默认主机名），两台电脑不可同名"),
    ("XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME", "where the default store, user themes and caches live / 默认数据、自定义主题与缓存的位置"),
    ("LANG, LC_ALL", "a UTF-8 locale is used when present; without one the program falls back to C.UTF-8 / 使用 UTF-8 区域设置"),
    ("VILLAGE_BOARD_PROGRESS", "0: no progress line on a terminal's stderr; now: show it at once, not after half a second / "
                               "0：不显示进度；now：立即显示进度"),
    ("TERM, NO_COLOR", "the terminal type; NO_COLOR turns colours off / 终端类型；设置 NO_COLOR 则不用颜色"),
]

FILES = [
    ("~/.local/share/village-board/store", "the default store / 默认数据文件夹"),
    ("~/.config/village-board/themes/NAME.theme", "your own themes / 自定义主题"),
    ("STORE/journal/LAPTOP.jsonl", "each laptop's operations, append-only; the files to carry between laptops / "
                                   "每台电脑的操作日志，只追加；在电脑之间传递的就是这些文件"),
]

EXIT_STATUS = [
    ("0", "success; `check`: no problems / 成功；check：没有问题"),
    ("1", "a failure, said on stderr: no store, a refused change, a wrong PIN, problems found by `check`, "
          "a sync refused / 失败，原因写在标准错误：没有数据文件夹、修改被拒绝、PIN 错误、check 发现问题、同步被拒绝"),
    ("64", "a mistake on the command line (unknown option, missing argument) / 命令行用法错误"),
    ("", "The battle chart exits 0 also when a hang-up or terminate signal closes it: every change was saved as it "
         "was made / 作战图被挂断或终止信号关闭时也退出 0：每次修改在做出时已经保存"),
]

EXAMPLES = [
    ("Look at the demo without creating anything / 直接查看演示数据", "village-board --demo"),
    ("Make a store with the demo and print its report / 用演示数据建立数据文件夹并打印汇总",
     "village-board init --demo --store ~/baishan\nvillage-board report --store ~/baishan"),
    ("Start your own county with its first admin / 建立本县的数据文件夹和第一个管理员",
     "village-board init --store ~/county --admin admin --new-pin 739418\nvillage-board --store ~/county"),
    ("Import a household roster (check it first) / 导入户花名册（先检查）",
     "village-board import households roster.csv --as admin --dry-run\n"
     "village-board import households roster.csv --as admin"),
    ("Carry work to another office on a USB stick / 用U盘把工作带到另一个办公室",
     "village-board bundle --out /media/usb/taiping.vbb\nvillage-board sync /media/usb/taiping.vbb"),
    ("Check every file; exit 1 lists the problems / 检查每个文件，有问题时退出码为 1",
     "village-board check || echo \"see the problems above / 见上面的问题\""),
]


def esc(text):
    """Escapes text for roff: backslashes, and a leading dot or quote on any line."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    out = []
    for line in text.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def name_text(name):
    dashes = {"long": "--", "short": "-", "longWithSingleDash": "-"}[name["kind"]]
    return dashes + name["name"]


def synopsis_item(arg):
    value = arg.get("valueName") or "value"
    if arg["kind"] == "positional":
        text = "<%s>" % value
    else:
        name = name_text(arg.get("preferredName") or arg["names"][0])
        text = name if arg["kind"] == "flag" else "%s <%s>" % (name, value)
    if arg.get("isRepeating"):
        text += " ..."
    return "[%s]" % text if arg.get("isOptional") else text


def visible_arguments(command, root=False):
    """The arguments --help shows; --help and --version once, for the program, not again under every command."""
    def standard(arg):
        return not root and {n["name"] for n in arg.get("names") or []} & {"help", "version"}
    return [a for a in command.get("arguments") or [] if a.get("shouldDisplay", True) and not standard(a)]


def paragraphs(text):
    return [p for p in (text or "").strip().split("\n\n") if p.strip()]


def emit_arguments(out, command, root=False):
    for arg in visible_arguments(command, root):
        if arg["kind"] == "positional":
            label = "<%s>" % (arg.get("valueName") or "value")
        else:
            names = ", ".join(name_text(n) for n in arg.get("names") or [])
            label = names if arg["kind"] == "flag" else "%s <%s>" % (names, arg.get("valueName") or "value")
        out.append(".TP")
        out.append("\\fB%s\\fR" % esc(label))
        body = arg.get("abstract") or ""
        values = arg.get("allValues")
        if values:
            body += " (values: %s)" % ", ".join(values)
        if arg.get("defaultValue"):
            body += " (default: %s)" % arg["defaultValue"]
        out.append(esc(body.strip()) or "\\&")
        for p in paragraphs(arg.get("discussion")):
            out.append(".IP")
            out.append(esc(p))


def emit_command(out, command, path):
    full = " ".join(path)
    out.append(".SS \"%s\"" % esc(full))
    items = [synopsis_item(a) for a in visible_arguments(command)]
    if command.get("subcommands"):
        items.append("<subcommand>")
    out.append(".B %s" % esc(full))
    out.append(esc(" ".join(items)))
    out.append(".PP")
    if command.get("abstract"):
        out.append(esc(command["abstract"]))
    for p in paragraphs(command.get("discussion")):
        out.append(".PP")
        out.append(esc(p))
    emit_arguments(out, command)
    for sub in command.get("subcommands") or []:
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            emit_command(out, sub, path + [sub["commandName"]])


def definition_list(out, rows):
    for term, text in rows:
        if term:
            out += [".TP", "\\fB%s\\fR" % esc(term), esc(text)]
        else:
            out += [".PP", esc(text)]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: manpage.py PATH/TO/village-board")
    binary = sys.argv[1]
    try:
        dump = subprocess.run([binary, "--experimental-dump-help"], check=True, capture_output=True).stdout
        version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit("manpage.py: could not run %s: %s" % (binary, error))
    info = json.loads(dump)
    if info.get("serializationVersion") != 0:
        sys.exit("manpage.py: unknown --experimental-dump-help format %r" % info.get("serializationVersion"))
    root = info["command"]
    name = root["commandName"]
    date = time.strftime("%Y-%m-%d", time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))))

    out = ['.\\" Generated by scripts/release/manpage.py from `%s --experimental-dump-help`; do not edit.' % name,
           '.TH "%s" "1" "%s" "village-board %s" "Village Board"' % (name.upper(), date, esc(version.split()[0])),
           ".SH NAME",
           "%s \\- %s" % (name, esc(root.get("abstract") or "")),
           ".SH SYNOPSIS",
           ".B %s" % name,
           esc(" ".join(synopsis_item(a) for a in visible_arguments(root, root=True))),
           ".br",
           ".B %s" % name,
           "<command> [options]",
           ".SH DESCRIPTION"]
    for p in paragraphs(root.get("discussion")):
        out += [esc(p), ".PP"]
    out.append(".SH OPTIONS")
    emit_arguments(out, root, root=True)
    out.append(".SH COMMANDS")
    for sub in root.get("subcommands") or []:
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            emit_command(out, sub, [name, sub["commandName"]])
    out.append(".SH ENVIRONMENT")
    definition_list(out, ENVIRONMENT)
    out.append(".SH FILES")
    definition_list(out, FILES)
    out.append(".SH EXIT STATUS")
    definition_list(out, EXIT_STATUS)
    out.append(".SH EXAMPLES")
    for title, commands in EXAMPLES:
        out += [".PP", esc(title), ".PP", ".RS 4", ".nf", esc(commands), ".fi", ".RE"]
    out += [".SH SEE ALSO",
            "The documents in the source tree: README.md, docs/STORE.md, docs/SYNC.md, docs/IMPORT.md, docs/KEYS.md.",
            "Every command also takes \\fB\\-\\-help\\fR. 每个命令都可以加 \\fB\\-\\-help\\fR 查看说明。"]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

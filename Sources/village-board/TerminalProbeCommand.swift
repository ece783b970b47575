import ArgumentParser
import Foundation
import TerminalKit

/// `village-board terminal-probe`: opens the real terminal and draws a table of Chinese and
/// ASCII columns, to check alignment, resizing, themes, keys and terminal restoration by eye
/// or from the end-to-end tests. Hidden from help: it is a tool for developers and support.
struct TerminalProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-probe",
        abstract: HelpText.text("help.terminalProbe.1"),
        shouldDisplay: false
    )

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.terminalProbe.2")))
    var theme: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.terminalProbe.3")))
    var ascii = false

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.terminalProbe.4")))
    var mouse = false

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.terminalProbe.5")))
    var trapOnKey: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.terminalProbe.6")))
    var throwOnKey: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.terminalProbe.7")))
    var minimumSize = "40x12"

    func run() throws {
        let (loadedTheme, themeWarning) = ThemeLoader().loadOrDefault(theme)
        let trapKey = try trapOnKey.map(Self.parseKey)
        let throwKey = try throwOnKey.map(Self.parseKey)
        let minimum = try Self.parseSize(minimumSize)
        let options = TerminalOptions(theme: loadedTheme, mouse: mouse, minimumSize: minimum)
        var stopSignal: TerminalSignal?
        do {
            stopSignal = try TerminalSession.run(options) { terminal in
                var probe = TerminalProbe(forceASCII: ascii, themeWarning: themeWarning?.description, trapKey: trapKey,
                                          throwKey: throwKey)
                return try probe.loop(terminal)
            }
        } catch let error as TerminalSessionError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        if let stopSignal { throw ExitCode(stopSignal.exitStatus) }
    }

    static func parseKey(_ spelling: String) throws -> Key {
        guard let key = Key(spelling: spelling) else { throw ValidationError("unknown key '\(spelling)'") }
        return key
    }

    static func parseSize(_ text: String) throws -> Size {
        let parts = text.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" }).compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 0, parts[1] >= 0 else {
            throw ValidationError("expected WIDTHxHEIGHT, e.g. 40x12, not '\(text)'")
        }
        return Size(width: parts[0], height: parts[1])
    }
}

/// The probe's state and drawing; everything terminal-specific goes through TerminalKit.
private struct TerminalProbe {
    let forceASCII: Bool
    let themeWarning: String?
    let trapKey: Key?
    let throwKey: Key?
    var lastKey = "—"
    var editing = false
    var input = ""

    init(forceASCII: Bool, themeWarning: String?, trapKey: Key?, throwKey: Key?) {
        self.forceASCII = forceASCII
        self.themeWarning = themeWarning
        self.trapKey = trapKey
        self.throwKey = throwKey
    }

    /// What `--throw-on-key` throws: the session must give the terminal back before it surfaces.
    struct DeliberateError: Error, CustomStringConvertible {
        var description: String { "terminal-probe: deliberate error thrown out of the session" }
    }

    /// Draws and reads keys until q or a signal; returns the signal, if one ended it.
    mutating func loop(_ terminal: some Terminal) throws -> TerminalSignal? {
        while true {
            terminal.present(render(terminal))
            guard let key = terminal.readKey(timeoutMilliseconds: -1) else { continue }
            if case .signal(let signal) = key { return signal }
            if key == trapKey { Self.trap() }
            if key == throwKey { throw DeliberateError() }
            // A resize is not something the user typed; the next frame simply has the new size.
            if key == .resize { continue }
            lastKey = key.spelling
            if editing {
                switch key {
                case .enter, .escape: editing = false
                case .backspace: if !input.isEmpty { input.removeLast() }
                case .char(let character): input.append(character)
                default: break
                }
                continue
            }
            switch key {
            case .char("q"), .char("Q"): return nil
            case .char("/"): editing = true
            case .ctrl("l"): terminal.invalidate()
            default: break
            }
        }
    }

    /// A Swift runtime trap (force-unwrapping nil), as a real bug would raise.
    static func trap() {
        let missing = Int("not a number")
        print(missing!)
    }

    func render(_ terminal: some Terminal) -> Canvas {
        var canvas = terminal.makeCanvas()
        let glyphs = terminal.glyphs(forceASCII: forceASCII)
        let chinese = terminal.capabilities.canShowChinese
        let size = canvas.size
        let title = chinese ? " 村级作战图 · 终端探针 Terminal probe" : " Village Board - terminal probe"
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: "header")
        let facts = " \(size)  \(terminal.theme.name)  \(terminal.capabilities.colorDepth) "
        let factsX = max(0, size.width - DisplayWidth.of(facts))
        canvas.put(DisplayWidth.truncate(title, to: factsX, ellipsis: glyphs.ellipsis), x: 0, y: 0, style: "header")
        canvas.put(facts, x: factsX, y: 0, style: "header")

        let notices = terminal.capabilities.notices + (themeWarning.map { ["theme: " + $0] } ?? [])
        var top = 1
        for notice in notices.prefix(2) {
            canvas.put(DisplayWidth.truncate(notice, to: size.width, ellipsis: glyphs.ellipsis), x: 0, y: top, style: "warning")
            top += 1
        }
        let table = Rect(x: 0, y: top, width: size.width, height: max(0, size.height - top - 2))
        ProbeTable(glyphs: glyphs, chinese: chinese).draw(in: table, on: &canvas)
        drawInput(on: &canvas, glyphs: glyphs, chinese: chinese)
        drawFooter(on: &canvas, chinese: chinese)
        return canvas
    }

    private func drawInput(on canvas: inout Canvas, glyphs: GlyphSet, chinese: Bool) {
        let row = canvas.size.height - 2
        let label = chinese ? " 输入 Input: " : " Input: "
        let start = canvas.put(label, x: 0, y: row, style: editing ? "title" : "muted")
        let field = Rect(x: start, y: row, width: max(0, canvas.size.width - start - 1), height: 1)
        canvas.fill(field, style: "input")
        let shown = input.isEmpty && !editing ? (chinese ? "按 / 输入中文试试" : "press / to type") : input
        // Keep the end of long input visible, as a text field scrolls.
        var visible = shown
        while DisplayWidth.of(visible) >= field.width && !visible.isEmpty { visible.removeFirst() }
        let caret = canvas.put(visible, x: field.x, y: row, style: input.isEmpty && !editing ? "input.placeholder" : "input",
                               maxWidth: field.width)
        canvas.cursor = editing && field.width > 0 ? (x: field.x + caret, y: row) : nil
    }

    private func drawFooter(on canvas: inout Canvas, chinese: Bool) {
        let row = canvas.size.height - 1
        canvas.fill(Rect(x: 0, y: row, width: canvas.size.width, height: 1), style: "hint.text")
        var x = 0
        let hints: [(String, String)] = [("q", chinese ? "退出 Quit" : "Quit"), ("/", chinese ? "输入 Type" : "Type")]
            + (trapKey.map { [($0.spelling, "trap")] } ?? [])
        for (key, text) in hints {
            x += canvas.put(" \(key) ", x: x, y: row, style: "hint.key")
            x += canvas.put(" \(text) ", x: x, y: row, style: "hint.text")
        }
        let last = (chinese ? "按键 Key: " : "Key: ") + lastKey + " "
        canvas.put(last, x: max(x, canvas.size.width - DisplayWidth.of(last)), y: row, style: "hint.text")
    }
}

/// The made-up table: household numbers, village and head names, people, status and progress.
private struct ProbeTable {
    let glyphs: GlyphSet
    let chinese: Bool

    private struct Row {
        var village: String
        var villageEnglish: String
        var head: String
        var headEnglish: String
        var people: Int
        var status: StatusMark
        var progress: Double
        var note: String
    }

    private static let rows: [Row] = [
        Row(village: "王家村", villageEnglish: "Wangjia", head: "王建国", headEnglish: "Wang Jianguo",
            people: 5, status: .met, progress: 1, note: "已核实（3月）"),
        Row(village: "李庄", villageEnglish: "Lizhuang", head: "Li Wei", headEnglish: "Li Wei",
            people: 3, status: .notMet, progress: 0.25, note: "饮水安全待改造，需要协调水利站"),
        Row(village: "张家湾", villageEnglish: "Zhangjiawan", head: "张秀英", headEnglish: "Zhang Xiuying",
            people: 12, status: .notChecked, progress: 0.5, note: "mixed 中英 text"),
        Row(village: "石门坎村", villageEnglish: "Shimenkan", head: "José Ruiz", headEnglish: "José Ruiz",
            people: 1, status: .notApplicable, progress: 0.875, note: "外出务工"),
        // A name carrying an escape sequence: it must show as text, not clear the screen.
        Row(village: "Riverside", villageEnglish: "Riverside", head: "刘\u{1B}[2J强", headEnglish: "Liu\u{1B}[2JQiang",
            people: 7, status: .met, progress: 0.66, note: "name had ESC[2J"),
        Row(village: "东风村", villageEnglish: "Dongfeng", head: "欧阳娜娜", headEnglish: "Ouyang Nana",
            people: 4, status: .notMet, progress: 0.1, note: "危房改造！"),
        Row(village: "赵各庄", villageEnglish: "Zhaogezhuang", head: "赵大", headEnglish: "Zhao Da",
            people: 6, status: .met, progress: 0.95, note: "—"),
    ]

    private struct Column {
        var title: String
        var width: Int
        var alignment: TextAlignment
    }

    func draw(in area: Rect, on canvas: inout Canvas) {
        guard area.height >= 4, area.width >= 20 else { return }
        var columns = [
            Column(title: "No", width: 3, alignment: .right),
            Column(title: chinese ? "村 Village" : "Village", width: 12, alignment: .left),
            Column(title: chinese ? "户主 Head" : "Head", width: 10, alignment: .left),
            Column(title: chinese ? "人口" : "Ppl", width: 4, alignment: .right),
            Column(title: chinese ? "状态" : "St", width: 4, alignment: .center),
            Column(title: chinese ? "进度 Progress" : "Progress", width: 14, alignment: .left),
        ]
        // Every column takes its width plus a space each side and one bar; plus the closing bar.
        let fixed = columns.reduce(1) { $0 + $1.width + 3 } - columns[1].width
        let noteWidth = area.width - fixed - columns[1].width - 3
        if noteWidth >= 4 {
            columns.append(Column(title: chinese ? "备注 Note" : "Note", width: noteWidth, alignment: .left))
        } else {
            // No room for notes: the village column takes up the slack so the table fills the width.
            columns[1].width = max(4, area.width - fixed)
        }
        canvas.withRegion(area) { region in
            let capacity = region.size.height - 4
            drawRule(on: &region, y: 0, columns: columns, left: glyphs.topLeft, middle: glyphs.teeDown, right: glyphs.topRight)
            drawCells(on: &region, y: 1, columns: columns, texts: columns.map(\.title),
                      styles: Array(repeating: "title", count: columns.count))
            drawRule(on: &region, y: 2, columns: columns, left: glyphs.teeRight, middle: glyphs.cross, right: glyphs.teeLeft)
            for index in 0..<max(0, capacity) {
                let row = Self.rows[index % Self.rows.count]
                let texts = [
                    String(index + 1), chinese ? row.village : row.villageEnglish, chinese ? row.head : row.headEnglish,
                    String(row.people),
                    glyphs.mark(row.status), glyphs.bar(fraction: row.progress, width: 8) + " "
                        + DisplayWidth.pad(String(Int((row.progress * 100).rounded())) + "%", to: 4, alignment: .right),
                    chinese ? row.note : "-",
                ]
                let styles: [StyleName] = ["muted", "normal", "normal", "normal", Self.style(row.status), "chart.bar", "normal"]
                drawCells(on: &region, y: 3 + index, columns: columns, texts: texts, styles: styles)
            }
            drawRule(on: &region, y: 3 + max(0, capacity), columns: columns, left: glyphs.bottomLeft, middle: glyphs.teeUp,
                     right: glyphs.bottomRight)
        }
    }

    private static func style(_ status: StatusMark) -> StyleName {
        switch status {
        case .met: return "status.cleared"
        case .notMet: return "status.unresolved"
        case .notApplicable: return "status.nodata"
        case .notChecked: return "status.pending"
        }
    }

    private func drawRule(on canvas: inout Canvas, y: Int, columns: [Column], left: String, middle: String, right: String) {
        let pieces = columns.map { String(repeating: glyphs.horizontal, count: $0.width + 2) }
        canvas.put(left + pieces.joined(separator: middle) + right, x: 0, y: y, style: "border")
    }

    private func drawCells(on canvas: inout Canvas, y: Int, columns: [Column], texts: [String], styles: [StyleName]) {
        var x = 0
        for (index, column) in columns.enumerated() {
            canvas.put(glyphs.vertical, x: x, y: y, style: "border")
            let text = DisplayWidth.fit(texts[index], to: column.width, alignment: column.alignment, ellipsis: glyphs.ellipsis)
            canvas.put(" " + text + " ", x: x + 1, y: y, style: styles[index])
            x += column.width + 3
        }
        canvas.put(glyphs.vertical, x: x, y: y, style: "border")
    }
}

import VillageBoardCore
import VillageBoardText

/// The printed wall chart (挂图, `print chart --format html`): one A3 landscape page of inline SVG and HTML — the
/// map of the unit (villages at their coordinates, the units under it outlined and named), a tile per unit under it,
/// and its burn-down beside them, with the date and who printed it in a corner. No scripts, no links, nothing
/// fetched; every state is a shape as well as a colour, so it reads in black and white. Every text is escaped.
public struct WallChartHTML {
    let board: Board
    let scope: DivisionCode
    let text: Catalog
    let printedBy: String

    public init(board: Board, scope: DivisionCode, language: Language, printedBy: String) {
        self.board = board
        self.scope = scope
        self.text = Catalog(language)
        self.printedBy = printedBy
    }

    /// The page; nil when the unit is not on the board.
    public func page() -> String? {
        guard let unit = board.unit(scope) else { return nil }
        let words = PrintSheetWords(language: text.language)
        let title = text("print.wall.title", unit.name)
        let series = board.burnDown(of: scope)
        var out = "<!DOCTYPE html>\n<html lang=\"\(esc(words.htmlLanguage))\"><head><meta charset=\"utf-8\">"
            + "<title>\(esc(title))</title>\n<style>\(Self.style)</style></head><body>\n<div class=\"sheet\">\n"
        out += "<header><h1>\(esc(title))</h1><p>\(esc(words.chartSummary(board.rollup(scope))))</p></header>\n"
        out += "<section class=\"map\"><h2>\(esc(text("print.wall.map")))</h2>\n\(WallChartMap(board: board, scope: scope).svg(escape: esc))"
        out += legend() + "</section>\n"
        out += "<section class=\"side\"><h2>\(esc(text("print.wall.burnDown")))</h2>\n"
        out += "<p>\(esc(BurnDownWords.context(series, text: text)))</p>\n"
        out += "<p class=\"pace\">\(esc(BurnDownWords.pace(series, text: text)))</p>\n"
        out += WallChartBurnDown(series: series, neededLabel: text("print.wall.neededLine")).svg(escape: esc)
        out += "<h2>\(esc(text("print.wall.tiles")))</h2>\n<div class=\"tiles\">\n" + tiles() + "</div>\n"
        out += "<h2>\(esc(text("reports.burnDown.title")))</h2>\n" + table(series) + "</section>\n"
        out += "<footer>\(esc(text("print.wall.printed", printedBy, board.today.iso)))</footer>\n</div></body></html>\n"
        return out
    }

    /// One tile per unit under the scope (the scope itself when it has none): state glyph, name, figures.
    func tiles() -> String {
        let under = board.children[scope] ?? []
        let behind = Set(board.burnDowns(of: under).filter(\.pace.behind).map(\.scope))
        return (under.isEmpty ? [scope] : under).compactMap { code -> String? in
            guard let unit = board.unit(code) else { return nil }
            let r = board.rollup(code)
            let colour = board.colour(of: code)
            let mark = behind.contains(code) ? " <b class=\"behind\">!\(esc(text("burndown.behind")))</b>" : ""
            return "<div class=\"tile \(colour.rawValue)\"><span class=\"glyph\">\(WallChartMap.glyph(colour))</span> "
                + "<b>\(esc(unit.name))</b>\(mark)<br><small>"
                + esc(text("print.wall.tile", r.householdsUnresolved, r.peopleUnresolved, r.tasksDone, r.tasksOverdue))
                + "</small></div>\n"
        }.joined()
    }

    /// The series as a table, the last weeks that fit the page (the first row says where the history begins).
    func table(_ series: BurnDown) -> String {
        let (headers, rows) = BurnDownWords.table(series, text: text)
        var out = "<table><tr>" + headers.map { "<th>\(esc($0))</th>" }.joined() + "</tr>\n"
        for row in rows.suffix(Self.tableRows) {
            out += "<tr>" + row.enumerated().map { i, cell in i == 0 ? "<td>\(esc(cell))</td>" : "<td class=\"n\">\(esc(cell))</td>" }.joined()
                + "</tr>\n"
        }
        return out + "</table>\n"
    }

    /// Weeks the table holds on the page.
    static let tableRows = 14

    func legend() -> String {
        let entries: [(VillageColour, TextKey)] = [(.red, "print.wall.legend.red"), (.amber, "print.wall.legend.amber"),
                                                   (.green, "print.wall.legend.green"), (.grey, "print.wall.legend.grey")]
        var out = "<p class=\"legend\">" + entries.map { colour, key in
            "<span class=\"\(colour.rawValue)\"><span class=\"glyph\">\(WallChartMap.glyph(colour))</span> \(esc(text(key)))</span>"
        }.joined(separator: " ")
        let missing = board.villages(under: scope).filter { board.unit($0)?.coordinate == nil }.count
        if missing > 0 { out += "<br>" + esc(text("print.wall.noCoordinates", missing)) }
        return out + "</p>\n"
    }

    func esc(_ s: String) -> String { PrintSheets.escape(s) }

    static let style = """
        @page{size:A3 landscape;margin:8mm}*{box-sizing:border-box}
        body{margin:0;font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#000;background:#fff}
        .sheet{width:420mm;height:297mm;padding:8mm;position:relative;display:grid;grid-template-columns:236mm 1fr;
        grid-template-rows:auto 1fr;gap:3mm 6mm;overflow:hidden}
        header{grid-column:1/3}h1{font-size:20pt;margin:0}header p{margin:1mm 0 0;font-size:10pt}
        h2{font-size:13pt;margin:0 0 1mm}section{min-height:0}
        .map svg{width:236mm;height:220mm;border:1px solid #000}
        .side svg{width:100%;height:70mm;border:1px solid #000}.side p{margin:1mm 0;font-size:10pt}
        .pace{font-weight:bold}
        .tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:2mm;font-size:9pt}
        .tile{border:1px solid #000;border-left-width:3mm;padding:1mm 2mm;break-inside:avoid}
        .tile.red{border-left-color:#c00000}.tile.amber{border-left-color:#b07000;border-left-style:dashed}
        .tile.green{border-left-color:#007a00;border-left-style:double}.tile.grey{border-left-color:#888;border-left-style:dotted}
        .glyph{font-weight:bold}.red .glyph{color:#c00000}.amber .glyph{color:#b07000}.green .glyph{color:#007a00}
        .grey .glyph{color:#777}.behind{color:#000;background:#ffd54f;padding:0 1mm}
        .legend{font-size:9pt;margin:1mm 0}.legend>span{margin-right:4mm}
        @media print{.sheet{width:404mm;height:281mm;padding:0}footer{right:0;bottom:0}}
        table{border-collapse:collapse;font-size:9pt}td,th{border:1px solid #000;padding:0 2mm}th{background:#eee}td.n{text-align:right}
        footer{position:absolute;right:8mm;bottom:8mm;font-size:9pt;border:1px solid #000;padding:1mm 2mm;background:#fff}
        """
}

import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardExchange

/// Output that attacks whoever reads it: names holding terminal escapes, spreadsheet formulas and line breaks, from a
/// file or another laptop, are made harmless in printed sheets, HTML and CSV, and refused on import.
@Suite("Output safety: control characters, formulas, line breaks")
struct OutputSafetyTests {
    typealias F = StoreFixtures
    /// ESC ] 0;title BEL (retitles a tmux pane), SGR red, BEL, BS, DEL, NUL, CR, and C1 controls.
    static let hostile = "张\u{1B}]0;pwned\u{07}\u{1B}[31m红\u{08}\u{7F}\u{00}\r\u{85}\u{9B}\u{9C}\u{9D}三"

    static func board(named name: String) -> Board {
        var b = F.board(households: 1)
        var h = b.households[0]
        h.members[0].name = name
        b.restore(h)
        return b
    }

    static func controls(_ text: String, keeping kept: Set<Unicode.Scalar> = ["\n"]) -> [UInt32] {
        text.unicodeScalars.filter { $0.isControl && !kept.contains($0) }.map(\.value)
    }

    @Test func aPrintedCardShowsNoControlCharacter() throws {
        let b = Self.board(named: Self.hostile)
        let txt = try #require(PrintSheets.householdCard(b, household: b.households[0].id, format: .txt))
        #expect(Self.controls(txt).isEmpty, "raw controls: \(Self.controls(txt))")
        #expect(txt.contains("␛]0;pwned␇"), "ESC and BEL are shown, not obeyed")
        let html = try #require(PrintSheets.householdCard(b, household: b.households[0].id, format: .html))
        // HTML keeps tab and line ends (white space to a browser); everything else is dropped (C0) or shown as U+FFFD (C1).
        #expect(Self.controls(html, keeping: ["\n", "\r", "\t"]).isEmpty, "raw controls in HTML: \(Self.controls(html))")
    }

    @Test func csvNeutralisesFormulasButNotNumbers() {
        #expect(CSVTable.quote("=HYPERLINK(\"http://x\",\"点我\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"")
        #expect(CSVTable.quote("+86 123") == "'+86 123")
        #expect(CSVTable.quote("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVTable.quote("-2+3") == "'-2+3")
        #expect(CSVTable.quote("\tcmd") == "'\tcmd")
        #expect(CSVTable.quote("-1200") == "-1200")
        #expect(CSVTable.quote("3.5") == "3.5")
        #expect(CSVTable.quote("张三") == "张三")
        #expect(CSVTable.unescapedFormula("'=SUM(A1)") == "=SUM(A1)")
        #expect(CSVTable.unescapedFormula("'张") == "'张", "only the guard an export adds is taken off")
    }

    @Test func aNameWithCRLFIsQuotedAndStaysOneRecord() {
        let field = CSVTable.quote("王\r\n五")
        #expect(field == "\"王\r\n五\"")
        let table = CSVTable(header: ["name", "x"], rows: [CSVTable.Row(line: 2, fields: ["王\r\n五", "1"])])
        let back = CSVTable.parse(table.text())
        #expect(back.rows.count == 1)
        #expect(back.rows.first?.fields == ["王\r\n五", "1"])
        #expect(ReportExport.csvField("a\r\nb") == "\"a\r\nb\"")
    }

    @Test func anExportedHouseholdTableIsSafeAndItsFormulasReadBack() throws {
        let b = Self.board(named: "=HYPERLINK(\"http://x\")\u{1B}[2J")
        let csv = String(decoding: TableExport.csv(TableExport.table(.members, board: b)), as: UTF8.self)
        #expect(csv.contains("'=HYPERLINK"))
        #expect(Self.controls(csv, keeping: ["\n", "\r"]).isEmpty)
    }

    @Test func importRefusesControlCharactersByRowAndColumn() throws {
        let board = F.board()
        let csv = "household_id,name,relation,birth_year\n\(board.households[0].id.raw),李\u{1B}[31m四,配偶,1962\n"
        let plan = try SpreadsheetImport.plan(.members, bytes: Array(csv.utf8), board: board, author: F.admin)
        #expect(plan.problems.contains { $0.description.hasPrefix("row 2, column B \"name\"") && $0.message.contains("U+001B") })
        #expect(plan.goodChanges.isEmpty)
    }

    @Test func importTakesOffTheFormulaGuardAnExportAdded() throws {
        let board = F.board()
        let csv = "household_id,name,relation,birth_year\n\(board.households[0].id.raw),'=李四,配偶,1962\n"
        let plan = try SpreadsheetImport.plan(.members, bytes: Array(csv.utf8), board: board, author: F.admin)
        guard case .addMember(_, let m)? = plan.goodChanges.first else { Issue.record("\(plan.problems)"); return }
        #expect(m.name == "=李四")
    }
}

/// Imports that used to lie: a GB18030 file that happens to be valid UTF-8, and a row refused only at save time.
@Suite("Imports that tell the truth")
struct ImportTruthTests {
    typealias F = StoreFixtures

    @Test func gb18030ThatIsAlsoValidUTF8IsReadAsGB18030() throws {
        // 钱学森 in GB18030 is c7 ae d1 a7 c9 ad, which is also the UTF-8 of "Ǯѧɭ".
        let bytes = try TextDecoding.toGB18030("钱学森")
        #expect(bytes == [0xC7, 0xAE, 0xD1, 0xA7, 0xC9, 0xAD])
        #expect(String(validating: bytes, as: UTF8.self) != nil, "valid UTF-8 too")
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "钱学森" && decoded.encoding == .gb18030)
        // Real UTF-8 Chinese stays UTF-8, and --encoding decides when given.
        #expect(try TextDecoding.decode(Array("钱学森,太平村".utf8)).encoding == .utf8)
        #expect(try TextDecoding.decode(bytes, forced: .utf8).text == "Ǯѧɭ")
    }

    @Test func whenNeitherReadingIsClearlyChineseBothAreShownAndNothingIsRead() throws {
        // "éé中中" in UTF-8 reads as GB18030 too ("茅茅涓…腑", with a private-use character): half Chinese either way.
        let mixed = Array("éé中中".utf8)
        do {
            let d = try TextDecoding.decode(mixed)
            Issue.record("read as \(d.encoding): \(d.text)")
        } catch {
            #expect(error.readings != nil)
            #expect(error.description.contains("--encoding"))
        }
    }

    @Test func aRowOutsideTheAuthorsScopeIsFoundInTheCheckPass() throws {
        var board = F.board()
        let other = DivisionCode("220622103202")!
        board.restore(OrgUnit(code: other, name: "永安村", level: .village, parent: F.township))
        let csv = """
            household_id,village_code,status
            220622103201-0301,220622103201,notOut
            220622103202-0302,220622103202,notOut

            """
        // The village cadre may register households in 太平村 only: the second row is refused before anything is saved.
        let plan = try SpreadsheetImport.plan(.households, bytes: Array(csv.utf8), board: board, author: F.cadre)
        #expect(plan.problems.contains { $0.row == 3 && $0.message.contains("refused") }, "\(plan.problems)")
        #expect(!plan.problems.contains { $0.row == 2 })
        #expect(plan.badRows == [3])
    }
}

/// An import stopped part way (killed, a power cut) is finished by running the same file again: rows already on the
/// board exactly as the file has them are skipped, not refused.
@Suite struct ImportResumeTests {
    typealias F = StoreFixtures

    @Test func runningTheSameFileAgainFinishesAnInterruptedImport() throws {
        let store = try F.store()
        defer { store.close() }
        var rows = ["household_id,village_code,status,wages,cadre"]
        for i in 1...6 { rows.append("220622103201-05\(String(format: "%02d", i)),220622103201,notOut,\(1000 * i),cadre") }
        let csv = Array((rows.joined(separator: "\n") + "\n").utf8)
        let first = try SpreadsheetImport.plan(.households, bytes: csv, board: store.board, author: F.admin)
        #expect(first.problems.isEmpty && first.goodChanges.count == 6)
        // The run stops after three saves.
        for change in first.goodChanges.prefix(3) { try store.save(change, author: F.admin, at: F.now) }
        let again = try SpreadsheetImport.plan(.households, bytes: csv, board: store.board, author: F.admin)
        #expect(again.problems.isEmpty, "\(again.problems)")
        #expect(again.alreadyImported == 3)
        #expect(again.goodChanges.count == 3)
        for change in again.goodChanges { try store.save(change, author: F.admin, at: F.now) }
        #expect(store.board.households.count == 5 + 6)
        // A different household under a taken id is still refused.
        let other = Array("household_id,village_code,status,wages\n220622103201-0501,220622103201,notOut,999\n".utf8)
        let clash = try SpreadsheetImport.plan(.households, bytes: other, board: store.board, author: F.admin)
        #expect(clash.problems.contains { $0.message.contains("already on the board, with other values") })
    }
}

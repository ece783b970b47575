import VillageBoardCore
import VillageBoardStore

/// What `village-board import` reads (columns in docs/IMPORT.md).
public enum ImportKind: String, CaseIterable, Sendable {
    /// 区划: the county's divisions (city, county, townships, villages), to set up a store that is not the demo.
    case units
    /// 用户: the people who will use the program, each with an initial PIN to change at first login.
    case users
    /// 户: one row per household.
    case households
    /// 家庭成员: one row per person.
    case members
    /// 学籍: the education bureau's list of pupils.
    case school
    /// 医保: the medical-insurance bureau's list of insured people.
    case insurance
    /// 危房鉴定: housing appraisal results.
    case housing
}

/// A column of an import file: the English key, the Chinese heading (either may head the column), whether required.
public struct ImportColumn: Sendable, Hashable {
    public var key: String
    public var label: String
    public var required: Bool
}

/// One thing wrong with one cell (or a whole row, or the header).
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file's line the row starts on (the header is 1).
    public var row: Int
    /// The column as headed in the file, with its spreadsheet letter: `D "身份证号"`.
    public var column: String?
    public var finding: ImportFinding
    public init(row: Int, column: String?, _ finding: ImportFinding) {
        self.row = row
        self.column = column
        self.finding = finding
    }
    /// The finding in English, for logs and tests (the command line words `finding` in the user's language).
    public var message: String { finding.description }
    public var description: String { "row \(row)" + (column.map { ", column \($0)" } ?? "") + ": " + message }
}

/// The result of reading and checking an import file: the operations to save, every problem, and cross-checks.
public struct ImportPlan: Sendable {
    public var kind: ImportKind
    public var encoding: TextDecoding.Encoding
    public var table: CSVTable
    /// The operations, in row order, each with the row it came from.
    public var changes: [(row: Int, change: Change)] = []
    public var problems: [ImportProblem] = []
    /// Mismatches to look at (not errors): a pupil-age child missing from 学籍, a person without 医保.
    public var lookAt: [ImportNote] = []
    /// The same mismatches for households on the board, as findings to record on them (issue 14), so the radar
    /// counts them until someone looks; one per household and department, never one already open.
    public var findings: [Change] = []
    /// Rows already on the board exactly as they would be imported: an earlier, interrupted run of the same file.
    /// They are skipped, so running the file again finishes it.
    public var alreadyImported = 0

    /// Rows with at least one problem.
    public var badRows: Set<Int> { Set(problems.map(\.row)) }
    /// Operations from rows without problems.
    public var goodChanges: [Change] { changes.filter { !badRows.contains($0.row) }.map(\.change) }

    /// The header and every bad row, with a last column saying what is wrong (for `--skip-invalid`).
    public func rejects() -> CSVTable {
        var byRow: [Int: [String]] = [:]
        for p in problems { byRow[p.row, default: []].append((p.column.map { $0 + ": " } ?? "") + p.message) }
        let rows = table.rows.filter { byRow[$0.line] != nil }.map {
            CSVTable.Row(line: $0.line, fields: $0.fields + [(byRow[$0.line] ?? []).joined(separator: "; ")])
        }
        return CSVTable(header: table.header + ["problem"], rows: rows)
    }
}

/// Reads an office's spreadsheet (CSV in UTF-8 or GB18030), checks every row against the board, and turns the
/// rows into operations. Nothing is saved here: the command saves `goodChanges` through `Store.save`.
public enum SpreadsheetImport {
    /// The columns of each kind, in the order an export writes them.
    public static func columns(_ kind: ImportKind) -> [ImportColumn] {
        func c(_ key: String, _ label: String, _ required: Bool = false) -> ImportColumn {
            ImportColumn(key: key, label: label, required: required)
        }
        switch kind {
        case .units:
            return [c("code", "区划代码", true), c("name", "名称", true), c("level", "级别", true), c("parent", "上级代码"),
                    c("latitude", "纬度"), c("longitude", "经度"), c("poor_village", "贫困村"), c("rural_population", "农业人口")]
        case .users:
            return [c("user_id", "用户名", true), c("name", "姓名", true), c("role", "角色", true), c("scope", "负责单位代码", true),
                    c("initial_pin", "初始PIN", true)]
        case .households:
            return [c("household_id", "户编号", true), c("village_code", "村代码", true), c("hamlet", "屯组"),
                    c("status", "户类型"), c("registered", "建档立卡"), c("identified_on", "识别日期"),
                    c("main_cause", "主要致贫原因"), c("wages", "工资性收入"), c("business", "生产经营性收入"),
                    c("property", "财产性收入"), c("transfer", "转移性收入"), c("costs", "生产经营性支出"), c("cadre", "包保干部"),
                    c("risk_eliminated", "风险已消除"), c("secondary_causes", "次要致贫原因"), c("income_year", "收入年度"),
                    c("dibao", "低保"), c("tekun", "特困供养"), c("pension", "养老保险"), c("family_doctor", "家庭医生签约")]
                + ChecklistItem.allCases.flatMap { [c(ImportColumn.check($0), ImportColumn.checkLabel($0)),
                                                    c(ImportColumn.check($0) + "_note", ImportColumn.checkLabel($0) + "佐证")] }
        case .members:
            return [c("household_id", "户编号", true), c("member_id", "成员编号"), c("name", "姓名", true),
                    c("relation", "与户主关系", true), c("birth_year", "出生年份", true), c("id_number", "身份证号"),
                    c("health", "健康状况"), c("labour", "劳动能力"), c("schooling", "在校情况"), c("insured", "参加医保")]
        case .school:
            return [c("id_number", "身份证号", true), c("name", "姓名"), c("school", "学校"), c("status", "在校状态")]
        case .insurance:
            return [c("id_number", "身份证号", true), c("name", "姓名"), c("insured_on", "参保日期")]
        case .housing:
            return [c("household_id", "户编号", true), c("grade", "鉴定等级", true), c("appraised_on", "鉴定日期", true),
                    c("note", "备注")]
        }
    }

    /// Reads and checks a whole file. Throws only when the file cannot be read as text or lacks a required column.
    public static func plan(_ kind: ImportKind, bytes: [UInt8], board: Board, author: UserID,
                             encoding: TextDecoding.Encoding? = nil) throws(ImportFailure) -> ImportPlan {
        let decoded: (text: String, encoding: TextDecoding.Encoding)
        do { decoded = try TextDecoding.decode(bytes, forced: encoding) } catch { throw .unreadable(error.description) }
        let table = CSVTable.parse(decoded.text)
        guard !table.header.isEmpty else { throw .noHeader }
        var index: [String: Int] = [:]
        let columns = columns(kind)
        for (i, heading) in table.header.enumerated() {
            if let col = columns.first(where: { $0.key == heading.lowercased() || $0.label == heading }) { index[col.key] = i }
        }
        let missing = columns.filter { $0.required && index[$0.key] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing.map { "\($0.key) (\($0.label))" }) }
        var plan = ImportPlan(kind: kind, encoding: decoded.encoding, table: table)
        var context = ImportContext(board: board, author: author, header: table.header, index: index)
        for row in table.rows {
            var r = RowReader(row: row, context: context)
            r.refuseControlCharacters()
            let changes = context.read(kind, &r)
            plan.problems += r.problems
            plan.changes += changes.map { (row.line, $0) }
        }
        plan.lookAt = context.regionNotes + context.crossCheck(kind)
        plan.findings = context.crossCheckFindings(kind)
        plan.alreadyImported = context.alreadyImported
        plan.problems += refusals(of: plan, board: board, author: author)
        return plan
    }

    /// Every rule the save will apply — the permission table and the board's own checks — run here, in the check
    /// pass, on a scratch copy of the board, each good row's changes in file order: so `--dry-run` and the check say
    /// what saving would refuse (a row outside the author's scope, say), and nothing is saved unless every row passes.
    static func refusals(of plan: ImportPlan, board: Board, author: UserID) -> [ImportProblem] {
        var scratch = board
        var problems: [ImportProblem] = []
        let bad = plan.badRows
        let checking = DeviceID("import-check")
        var sequence = scratch.nextSequence(for: checking)
        let time = scratch.frontier.map { Timestamp(millisecondsSinceEpoch: $0.time.millisecondsSinceEpoch + 1) }
            ?? Timestamp(day: board.today)
        for (row, change) in plan.changes where !bad.contains(row) {
            let op = Operation(id: OperationID(device: checking, sequence: sequence), time: time, author: author, change: change)
            do {
                try scratch.apply(op)
                sequence += 1
            } catch {
                problems.append(ImportProblem(row: row, column: nil, .refused(error)))
            }
        }
        return problems
    }
}

/// Why a file could not be imported at all.
public enum ImportFailure: Error, Sendable, CustomStringConvertible {
    case unreadable(String)
    case noHeader
    case missingColumns([String])

    public var description: String {
        switch self {
        case .unreadable(let why): why
        case .noHeader: "the file is empty: the first row must name the columns (see docs/IMPORT.md)"
        case .missingColumns(let names): "row 1: required column\(names.count == 1 ? "" : "s") missing: \(names.joined(separator: ", ")) (see docs/IMPORT.md)"
        }
    }
}

/// One row's cells, read by column key, collecting a problem for each bad cell.
struct RowReader {
    let row: CSVTable.Row
    let header: [String]
    let index: [String: Int]
    var problems: [ImportProblem] = []

    init(row: CSVTable.Row, context: ImportContext) {
        self.row = row
        self.header = context.header
        self.index = context.index
    }

    func columnName(_ key: String) -> String? {
        guard let i = index[key] else { return nil }
        return "\(XLSXWorkbook.columnLetters(i)) \"\(header[i])\""
    }

    mutating func problem(_ key: String?, _ finding: ImportFinding) {
        problems.append(ImportProblem(row: row.line, column: key.flatMap { columnName($0) }, finding))
    }

    /// The cell's text, trimmed ("" when the column is absent or the row is short), without the `'` an export puts
    /// before a cell that would start a formula.
    func text(_ key: String) -> String {
        guard let i = index[key], i < row.fields.count else { return "" }
        return CSVTable.unescapedFormula(row.fields[i].trimmingSpaces)
    }

    /// Control characters are never stored: a cell holding one (ESC, NUL, BEL, C1 …, anything but a line end in a
    /// quoted cell) is a problem named by row and column, and the row is not imported.
    mutating func refuseControlCharacters() {
        for (key, i) in index.sorted(by: { $0.value < $1.value }) where i < row.fields.count {
            if let c = row.fields[i].containsControl(other: ["\n", "\r", "\t"]) {
                let hex = String(c.value, radix: 16, uppercase: true)
                problem(key, .controlCharacter(hex: String(repeating: "0", count: max(0, 4 - hex.count)) + hex))
            }
        }
    }

    mutating func required(_ key: String) -> String? {
        let t = text(key)
        if t.isEmpty { problem(key, .required); return nil }
        return t
    }

    mutating func number(_ key: String, range: ClosedRange<Int> = 0...100_000_000) -> Int? {
        let t = text(key).replacing(",", with: "")
        if t.isEmpty { return nil }
        // Spreadsheets write whole numbers as "1200.0" or "1.2E3"; a whole Double too large for Int is out of range,
        // never converted (Int(Double) traps).
        let n: Int
        if let i = Int(t) {
            n = i
        } else if let d = Double(t), d.isFinite, d == d.rounded() {
            n = Int(exactly: d) ?? (d < 0 ? Int.min : Int.max)
        } else if !t.isEmpty, t.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy({ $0.isASCII && $0.isNumber }), t.contains(where: { $0.isASCII && $0.isNumber }) {
            n = t.hasPrefix("-") ? Int.min : Int.max
        } else {
            problem(key, .notWholeNumber(text(key))); return nil
        }
        guard range.contains(n) else {
            problem(key, .outOfRange(text(key), low: range.lowerBound, high: range.upperBound)); return nil
        }
        return n
    }

    mutating func day(_ key: String) -> Day? {
        let t = text(key)
        if t.isEmpty { return nil }
        let normalised = t.replacing("/", with: "-").replacing(".", with: "-")
        let parts = normalised.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, let d = Day(year: parts[0], month: parts[1], day: parts[2]) { return d }
        problem(key, .notDate(t))
        return nil
    }

    mutating func flag(_ key: String) -> Bool? {
        let t = text(key).lowercased()
        if t.isEmpty { return nil }
        if ["1", "yes", "y", "true", "是", "有", "已参保"].contains(t) { return true }
        if ["0", "no", "n", "false", "否", "无", "未参保"].contains(t) { return false }
        problem(key, .notYesNo(text(key)))
        return nil
    }

    /// An enumeration value by its key or one of its Chinese names.
    mutating func choice<T>(_ key: String, _ options: [(T, [String])]) -> T? {
        let t = text(key)
        if t.isEmpty { return nil }
        if let hit = options.first(where: { $0.1.contains(t) || $0.1.first?.lowercased() == t.lowercased() }) { return hit.0 }
        problem(key, .notOneOf(t, options: options.map { $0.1.joined(separator: "/") }.joined(separator: ", ")))
        return nil
    }

    mutating func residentID(_ key: String) -> ResidentID? {
        let t = text(key)
        if t.isEmpty { return nil }
        switch ResidentID.parse(t) {
        case .success(let id): return id
        case .failure(.wrongCheckDigit(let expected, let found)):
            problem(key, .idCheckDigit(t, expected: expected, found: found))
        case .failure(.wrongLength(let n)): problem(key, .idLength(t, length: n))
        case .failure(.notDigits): problem(key, .idNotDigits(t))
        case .failure(.impossibleBirthDate(let digits)):
            problem(key, .idBirthDate(t, digits: digits))
        }
        return nil
    }
}

extension ImportColumn {
    /// The column of a checklist item's state in a households file, e.g. `check_housing`.
    static func check(_ item: ChecklistItem) -> String { "check_" + item.key }

    /// Its Chinese heading.
    static func checkLabel(_ item: ChecklistItem) -> String {
        switch item {
        case .food: "不愁吃"
        case .clothing: "不愁穿"
        case .education: "义务教育"
        case .medical: "基本医疗"
        case .housing: "住房安全"
        case .water: "饮水安全"
        case .income: "收入达标"
        }
    }
}

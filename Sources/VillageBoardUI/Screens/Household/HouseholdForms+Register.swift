import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The forms that register a household and keep its people and cadre: their fields, what they refuse as they are
/// typed (an ID number's GB 11643 check digit, a birth year, a date), and the one `Change` each asks for.
extension HouseholdForm {
    /// The kinds a new household may be registered as, monitored kinds first (新识别 is mostly 纳入监测 now).
    static let registerKinds: [HouseholdStatus] = [.edge, .unstable, .sudden, .notOut]
    static let riskChoices: [RiskType?] = [nil] + RiskType.allCases

    /// `m` (new) or `E` (the selected member): every field of a member.
    static func member(_ m: Member?, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        func choice<T: Equatable>(_ all: [T], _ value: T, _ name: (T) -> String) -> Field.Kind {
            .choice(options: all.map(name), selected: all.firstIndex(of: value) ?? 0)
        }
        let base = m ?? Member(id: MemberID(""), name: "", relation: .spouse, birthYear: 0)
        var form = HouseholdForm(purpose: .member(m?.id), title: t(m == nil ? "reg.form.addMember" : "reg.form.editMember"), fields: [
            Field(label: t("hh.col.name"), kind: .text(TextField(base.name))),
            Field(label: t("hh.col.relation"), kind: choice(Relation.allCases, base.relation) { t.name($0) }),
            Field(label: t("reg.form.born"), kind: .text(TextField(m.map { String($0.birthYear) } ?? ""))),
            Field(label: t("hh.col.idNumber"), kind: .text(TextField(base.idNumber?.full ?? ""))),
            Field(label: t("hh.col.health"), kind: choice(Health.allCases, base.health) { t.name($0) }),
            Field(label: t("hh.col.labour"), kind: choice(LabourCapacity.allCases, base.labour) { t.name($0) }),
            Field(label: t("hh.col.schooling"), kind: choice(Schooling.allCases, base.schooling) { t.name($0) }),
            Field(label: t("hh.col.insured"), kind: .choice(options: [t("hh.insured"), t("hh.notInsured")],
                                                            selected: base.medicalInsured ? 0 : 1)),
        ])
        form.thisYear = ctx.board.today.year
        form.afterEdit()
        return form
    }

    /// `M`: the selected member moves to another household of the same village.
    static func move(_ m: Member, from h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let board = ctx.board
        let others = (board.householdsByVillage[h.village] ?? []).map { board.households[$0].id }.filter { $0 != h.id }
        var form = HouseholdForm(purpose: .move(m.id), title: t("reg.form.moveTitle", m.name), fields: [
            Field(label: t("reg.form.moveWho"), kind: .fixed(m.name + t("hh.hist.paren", t.name(m.relation)))),
            Field(label: t("reg.form.moveTo"), kind: .choice(options: others.map { id in
                (board.household(id)?.headName ?? "") + t("hh.hist.paren", id.raw)
            }, selected: 0)),
            Field(label: t("reg.form.moveRelation"), kind: .choice(options: Relation.allCases.map { t.name($0) },
                                                                   selected: Relation.allCases.firstIndex(of: .other) ?? 0)),
        ])
        form.householdOptions = others
        return form
    }

    /// `c`: the new 包保 cadre, chosen among the users whose scope holds the village, and why.
    static func cadre(_ h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let options = cadreOptions(for: h.village, ctx: ctx)
        var form = HouseholdForm(purpose: .cadre, title: t("reg.form.cadreTitle"), fields: [
            Field(label: t("reg.form.cadreNow"), kind: .fixed(h.cadre.map { HouseholdFormat.user($0, ctx.board) } ?? t("hh.hist.none"))),
            Field(label: t("reg.form.cadreNew"), kind: .choice(options: options.map { cadreName($0, ctx) },
                                                               selected: options.firstIndex(of: h.cadre) ?? 0)),
            Field(label: t("reg.form.reason"), kind: .text(TextField())),
        ])
        form.cadreOptions = options
        return form
    }

    /// `r` on a village's board: a household with its head (address, kind, risk type, date identified, cadre).
    static func register(in village: DivisionCode, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        let options = cadreOptions(for: village, ctx: ctx)
        var form = HouseholdForm(purpose: .register(village), title: t("reg.form.registerTitle"), fields: [
            Field(label: t("reg.form.village"), kind: .fixed(ctx.board.unit(village)?.name ?? village.description)),
            Field(label: t("reg.form.hamlet"), kind: .text(TextField())),
            Field(label: t("reg.form.head"), kind: .text(TextField())),
            Field(label: t("reg.form.born"), kind: .text(TextField())),
            Field(label: t("hh.col.idNumber"), kind: .text(TextField())),
            Field(label: t("reg.form.kind"), kind: .choice(options: registerKinds.map { t.name($0) }, selected: 0)),
            Field(label: t("reg.form.risk"), kind: .choice(options: riskChoices.map { $0.map { t.name($0) } ?? t("hh.hist.none") },
                                                           selected: 0)),
            Field(label: t("reg.form.identified"), kind: .text(TextField(ctx.board.today.iso))),
            Field(label: t("reg.form.cadreNew"), kind: .choice(options: options.map { cadreName($0, ctx) },
                                                               selected: options.firstIndex(of: ctx.user?.id) ?? 0)),
        ])
        form.cadreOptions = options
        form.thisYear = ctx.board.today.year
        form.afterEdit()
        return form
    }

    /// Nobody, then the active users whose scope holds the village (the ones who can answer for its households).
    static func cadreOptions(for village: DivisionCode, ctx: ScreenContext) -> [UserID?] {
        let board = ctx.board
        let near = board.users.values.filter { !$0.disabled && $0.role != .admin && board.isInside(village, scope: $0.scope) }
        return [nil] + near.map(\.id).sorted()
    }

    static func cadreName(_ id: UserID?, _ ctx: ScreenContext) -> String {
        id.map { HouseholdFormat.user($0, ctx.board) } ?? ctx.text("hh.hist.none")
    }

    // MARK: Checking as typed

    /// The member and register forms' live checks: a birth year, an ID number (length, digits, check digit, birth
    /// date, agreeing with the year), a date. Keys of `problems`, by field.
    func personProblems() -> [Int: TextKey] {
        let (year, id, date): (Int, Int, Int?)
        switch purpose {
        case .member: (year, id, date) = (2, 3, nil)
        case .register: (year, id, date) = (3, 4, 7)
        case .check, .income, .plan, .visit, .correctVisit, .voidVisit, .move, .cadre, .proposeExit, .rollBack: return [:]
        }
        var out: [Int: TextKey] = [:]
        let yearText = fields[year].text.trimmingSpaces
        let born = Int(yearText)
        if !yearText.isEmpty, born.map({ !(1900...thisYear).contains($0) }) ?? true { out[year] = "reg.form.badYear" }
        let idText = fields[id].text.trimmingSpaces
        if !idText.isEmpty {
            switch ResidentID.parse(idText) {
            case .success(let rid): if let born, rid.birthYear != born { out[id] = "reg.form.idYear" }
            case .failure(.wrongLength(let n)): out[id] = n < 18 ? "reg.form.idShort" : "reg.form.idLong"
            case .failure(.notDigits): out[id] = "reg.form.idDigits"
            case .failure(.wrongCheckDigit): out[id] = "reg.form.idCheck"
            case .failure(.impossibleBirthDate): out[id] = "reg.form.idDate"
            }
        }
        if let date, Day(iso: fields[date].text.trimmingSpaces) == nil { out[date] = "reg.form.badDate" }
        return out
    }

    /// What only a save refuses: an empty name or year, a move with nowhere to go, a cadre change without a reason.
    func personSaveProblems() -> [Int: TextKey] {
        var out: [Int: TextKey] = [:]
        switch purpose {
        case .member:
            if fields[0].text.trimmingSpaces.isEmpty { out[0] = "reg.form.required" }
            if fields[2].text.trimmingSpaces.isEmpty { out[2] = "reg.form.required" }
        case .register:
            if fields[2].text.trimmingSpaces.isEmpty { out[2] = "reg.form.required" }
            if fields[3].text.trimmingSpaces.isEmpty { out[3] = "reg.form.required" }
        case .move:
            if householdOptions.isEmpty { out[1] = "reg.form.noOtherHousehold" }
        case .cadre, .rollBack:
            if fields[2].text.trimmingSpaces.isEmpty { out[2] = "reg.form.reasonNeeded" }
        case .check, .income, .plan, .visit, .correctVisit, .voidVisit, .proposeExit:
            break
        }
        return out
    }

    // MARK: The result

    /// The member the form describes, with `id`; nil while a field is refused.
    func typedMember(id: MemberID) -> Member? {
        guard case .member = purpose, personProblems().isEmpty, let born = Int(fields[2].text.trimmingSpaces) else { return nil }
        let idText = fields[3].text.trimmingSpaces
        return Member(id: id, name: fields[0].text.trimmingSpaces, relation: Self.pick(Relation.allCases, fields[1].choice),
                      birthYear: born, idNumber: idText.isEmpty ? nil : ResidentID(idText),
                      health: Self.pick(Health.allCases, fields[4].choice), labour: Self.pick(LabourCapacity.allCases, fields[5].choice),
                      schooling: Self.pick(Schooling.allCases, fields[6].choice), medicalInsured: fields[7].choice == 0)
    }

    /// The household the register form describes (its id the next free one in the village), with its head.
    func typedHousehold(_ ctx: ScreenContext) -> Household? {
        guard case .register(let village) = purpose, personProblems().isEmpty,
              let born = Int(fields[3].text.trimmingSpaces), let day = Day(iso: fields[7].text.trimmingSpaces) else { return nil }
        let id = ctx.board.nextHouseholdID(in: village)
        let idText = fields[4].text.trimmingSpaces
        let head = Member(id: MemberID(id.raw + "-1"), name: fields[2].text.trimmingSpaces, relation: .head, birthYear: born,
                          idNumber: idText.isEmpty ? nil : ResidentID(idText))
        let status = Self.pick(Self.registerKinds, fields[5].choice)
        let cadre = cadreOptions.indices.contains(fields[8].choice) ? cadreOptions[fields[8].choice] : nil
        return Household(id: id, village: village, hamlet: fields[1].text.trimmingSpaces,
                         registered: status == .notOut || status == .unstable, mark: HouseholdMark(status), identifiedOn: day,
                         riskTypes: Self.pick(Self.riskChoices, fields[6].choice).map { [$0] } ?? [], members: [head], cadre: cadre,
                         cadreHistory: cadre.map { [CadreAssignment(cadre: $0, from: day, reason: "")] } ?? [])
    }

    /// The change a member, move or cadre form asks for on `h`; nil when nothing changed.
    func personChange(for h: Household, ctx: ScreenContext) -> Change? {
        switch purpose {
        case .member(let id):
            guard let id else {
                return typedMember(id: h.nextMemberID).map { .addMember(h.id, $0) }
            }
            guard let from = h.members.first(where: { $0.id == id }), let to = typedMember(id: id), to != from else { return nil }
            return .updateMember(h.id, from: from, to: to)
        case .move(let id):
            guard let m = h.members.first(where: { $0.id == id }), householdOptions.indices.contains(fields[1].choice),
                  let into = ctx.board.household(householdOptions[fields[1].choice]) else { return nil }
            var becomes = m
            becomes.id = into.nextMemberID
            becomes.relation = Self.pick(Relation.allCases, fields[2].choice)
            return .moveMember(from: h.id, to: into.id, member: m, becomes: becomes)
        case .cadre:
            let to = cadreOptions.indices.contains(fields[1].choice) ? cadreOptions[fields[1].choice] : nil
            guard to != h.cadre else { return nil }
            return .assignCadre(h.id, from: h.cadre, to: to, reason: fields[2].text.trimmingSpaces)
        case .check, .income, .plan, .visit, .correctVisit, .voidVisit, .register, .proposeExit, .rollBack:
            return nil
        }
    }

    static func pick<T>(_ all: [T], _ i: Int) -> T { all[max(0, min(i, all.count - 1))] }

    /// Under the register form: households this one may repeat, or that none is seen.
    static func duplicateLines(_ new: Household?, ctx: ScreenContext) -> [StyledLine] {
        let t = ctx.text
        guard let new else { return [StyledLine(t("reg.form.fixFirst"), "muted")] }
        let found = ctx.board.possibleDuplicates(of: new)
        guard !found.isEmpty else { return [StyledLine(t("reg.form.noDuplicate", new.id.raw), "muted")] }
        return found.prefix(3).map { d in
            let head = ctx.board.household(d.household)?.headName ?? ""
            switch d.reason {
            case .sameIDNumber(let id, let member): return StyledLine(t("reg.form.dupID", id.masked, member, head), "error")
            case .sameHeadName(let name): return StyledLine(t("reg.form.dupHead", name, d.household.raw), "error")
            }
        }
    }
}

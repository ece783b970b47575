import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The forms of the household screen (the member, move, cadre and register forms in HouseholdForms+Register.swift): what fields they start with, what they refuse, and the one
/// `Change` a filled-in form asks for.
extension HouseholdForm {
    /// The states the check form offers, in the order ←/→ steps through them.
    static let checkStates: [ItemState] = [.met, .notMet, .notApplicable, .notChecked]
    /// A measure row's kinds; nil (shown "—") drops the row on save.
    static let measureKinds: [MeasureKind?] = [nil] + MeasureKind.allCases
    /// More rows than any plan needs, so a held-down key cannot grow the form without end.
    static let maxMeasures = 12
    /// Income fields in the order of the worksheet.
    static var incomeParts: [(key: TextKey, path: WritableKeyPath<Income, Int>)] {
        [("hh.income.wages", \.wages), ("hh.income.business", \.business), ("hh.income.property", \.property),
         ("hh.income.transfer", \.transfer), ("hh.income.costs", \.productionCosts)]
    }

    /// `e`: an item's state and evidence note.
    static func check(_ item: ChecklistItem, current: ItemCheck, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        return HouseholdForm(purpose: .check(item), title: t("hh.form.checkTitle", t.name(item)), fields: [
            Field(label: t("hh.form.state"), kind: .choice(options: checkStates.map { t.name($0) },
                                                            selected: checkStates.firstIndex(of: current.state) ?? 0)),
            Field(label: t("hh.form.note"), kind: .text(TextField(current.note))),
        ])
    }

    /// `i`: the five amounts of the income worksheet.
    static func income(_ income: Income, ctx: ScreenContext) -> HouseholdForm {
        HouseholdForm(purpose: .income, title: ctx.text("hh.form.incomeTitle"), fields: incomeParts.map {
            Field(label: ctx.text($0.key), kind: .number(TextField(String(income[keyPath: $0.path]))))
        })
    }

    /// `p`: needs, then one row per measure (kind and detail) and an empty row to add one.
    static func plan(_ plan: Plan, ctx: ScreenContext) -> HouseholdForm {
        var fields = [Field(label: ctx.text("hh.form.needs"), kind: .text(TextField(plan.needs)))]
        for m in plan.measures {
            fields += measureRow(number: fields.count / 2 + 1, kind: m.kind, detail: m.detail, existing: true, ctx: ctx)
        }
        fields += measureRow(number: fields.count / 2 + 1, kind: nil, detail: "", existing: false, ctx: ctx)
        var form = HouseholdForm(purpose: .plan, title: ctx.text("hh.form.planTitle"), fields: fields)
        form.measureLabels = measureKinds.map { $0.map { ctx.text.name($0) } ?? ctx.text("hh.form.noMeasure") }
        form.measureRowLabel = { [text = ctx.text] in text("hh.form.measure", $0) }
        return form
    }

    private static func measureRow(number: Int, kind: MeasureKind?, detail: String, existing: Bool,
                                   ctx: ScreenContext) -> [Field] {
        let labels = measureKinds.map { $0.map { ctx.text.name($0) } ?? ctx.text("hh.form.noMeasure") }
        return [Field(label: ctx.text("hh.form.measure", number),
                      kind: .choice(options: labels, selected: measureKinds.firstIndex(of: kind) ?? 0), existing: existing),
                Field(label: "", kind: .text(TextField(detail)), inline: true)]
    }

    /// `v`: the day (today unless a past day is typed), what was found and what was done; the visitor is the user.
    /// Typing starts at what was found: most visits are recorded the day they are made.
    static func visit(for h: Household, ctx: ScreenContext) -> HouseholdForm {
        let t = ctx.text
        var form = HouseholdForm(purpose: .visit, title: t("hh.form.visitTitle"), fields: [
            Field(label: t("visits.form.date"), kind: .text(TextField(ctx.board.today.iso))),
            Field(label: t("hh.form.found"), kind: .text(TextField())),
            Field(label: t("hh.form.done"), kind: .text(TextField())),
        ])
        form.bound(to: h, original: nil, ctx: ctx)
        form.focus(on: 1)
        return form
    }

    // MARK: Checking

    /// After every edit: keep an empty measure row at the end of a plan, and recompute what is refused.
    mutating func afterEdit() {
        if purpose == .plan { keepEmptyMeasureRow() }
        problems = [:]
        for i in fields.indices {
            switch fields[i].kind {
            case .number(let f):
                if case .failure(let why) = HouseholdForm.amount(f.text) { problems[i] = why.key }
            case .choice where purpose == .plan:
                // A new detail with no kind would be dropped on save: say so rather than lose it.
                if fields[i].choice == 0, !fields[i].existing, i + 1 < fields.count,
                   !fields[i + 1].text.trimmingSpaces.isEmpty {
                    problems[i] = "hh.form.pickKind"
                }
            default: break
            }
        }
        problems.merge(personProblems()) { a, _ in a }
        problems.merge(exitProblems()) { a, _ in a }
        problems.merge(visitProblems()) { a, _ in a }
    }

    private mutating func keepEmptyMeasureRow() {
        let rows = (fields.count - 1) / 2
        guard rows < HouseholdForm.maxMeasures else { return }
        if rows == 0 || fields[fields.count - 2].choice != 0 {
            fields.append(Field(label: measureRowLabel(rows + 1), kind: .choice(options: measureLabels, selected: 0)))
            fields.append(Field(label: "", kind: .text(TextField()), inline: true))
        }
    }

    /// Why a typed amount is refused.
    enum AmountProblem: Error, Equatable {
        case notNumber, negative, tooLarge
        var key: TextKey {
            switch self {
            case .notNumber: "hh.form.notNumber"
            case .negative: "hh.form.negative"
            case .tooLarge: "hh.form.tooLarge"
            }
        }
    }

    /// The largest amount accepted: more than any rural household's yearly income, far from overflow.
    static let maxAmount = 99_999_999

    /// A typed amount in yuan: empty is 0; full-width digits (from a Chinese input method), thousands
    /// separators and a trailing 元 are accepted.
    static func amount(_ text: String) -> Result<Int, AmountProblem> {
        var digits = ""
        var body = Substring(text.trimmingSpaces)
        if body.hasSuffix("元") { body = body.dropLast() }
        if body.first == "-" || body.first == "－" { return .failure(.negative) }
        for c in body {
            if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, (0xFF10...0xFF19).contains(v) {
                digits.append(Character(String(v - 0xFF10)))
            } else if c.isASCII, c.isNumber {
                digits.append(c)
            } else if c == "," || c == "，" || c == " " || c == "\u{3000}" {
                continue
            } else {
                return .failure(.notNumber)
            }
        }
        if digits.isEmpty { return .success(0) }
        guard digits.count <= 9, let value = Int(digits), value <= maxAmount else { return .failure(.tooLarge) }
        return .success(value)
    }

    /// Problems only a save reveals (a visit with nothing in it); the index of the field to blame.
    func saveProblems() -> [Int: TextKey] {
        switch purpose {
        case .visit, .correctVisit:
            // The date alone is not a visit: something found or done is.
            if fields[1].text.trimmingSpaces.isEmpty && fields[2].text.trimmingSpaces.isEmpty { return [1: "hh.form.visitEmpty"] }
            return visitSaveProblems()
        case .voidVisit: return visitSaveProblems()
        default: return personSaveProblems()
        }
    }

    // MARK: The result

    /// The amounts typed so far, or nil while one is refused.
    var typedIncome: Income? {
        guard purpose == .income else { return nil }
        var income = Income()
        for (i, part) in HouseholdForm.incomeParts.enumerated() {
            guard case .success(let v) = HouseholdForm.amount(fields[i].text) else { return nil }
            income[keyPath: part.path] = v
        }
        return income
    }

    /// The change the filled-in form asks for against the household as it is now; nil when nothing changed.
    func change(for h: Household, ctx: ScreenContext) -> Change? {
        guard let user = ctx.user else { return nil }
        switch purpose {
        case .check(let item):
            let old = h.checklist[item]
            let state = HouseholdForm.checkStates[min(fields[0].choice, HouseholdForm.checkStates.count - 1)]
            let note = fields[1].text.trimmingSpaces
            guard state != old.state || note != old.note else { return nil }
            return .setCheck(h.id, item, from: old, to: ItemCheck(state: state, note: note, checkedBy: user.id,
                                                                  checkedOn: ctx.board.today))
        case .income:
            guard let income = typedIncome, income != h.income else { return nil }
            return .setIncome(h.id, from: h.income, to: income)
        case .plan:
            var measures: [Measure] = []
            var i = 1
            while i + 1 < fields.count {
                if let kind = HouseholdForm.measureKinds[min(fields[i].choice, HouseholdForm.measureKinds.count - 1)] {
                    measures.append(Measure(kind: kind, detail: fields[i + 1].text.trimmingSpaces))
                }
                i += 2
            }
            let plan = Plan(needs: fields[0].text.trimmingSpaces, measures: measures)
            guard plan != h.plan else { return nil }
            return .setPlan(h.id, from: h.plan, to: plan)
        case .visit:
            guard let day = Day(iso: fields[0].text.trimmingSpaces) else { return nil }
            return .addVisit(h.id, Visit(day: day, by: user.id, found: fields[1].text.trimmingSpaces,
                                         done: fields[2].text.trimmingSpaces))
        case .correctVisit, .voidVisit:
            return visitCorrection(for: h)
        case .member, .move, .cadre, .register:
            return personChange(for: h, ctx: ctx)
        case .proposeExit, .rollBack:
            return exitChange(for: h, ctx: ctx)
        }
    }

    // MARK: Lines under the fields

    /// What the form shows under its fields: the item's criterion, the income's sums against the line.
    func infoLines(for h: Household, ctx: ScreenContext, width: Int) -> [StyledLine] {
        let t = ctx.text
        switch purpose {
        case .check(let item):
            var lines = DisplayWidth.wrap(t("hh.criterion.label") + t.criterion(item), width: width)
                .map { StyledLine($0, "muted") }
            lines.append(StyledLine(t("hh.form.checkedAs", ctx.user?.name ?? "—", ctx.board.today.iso), "muted"))
            return lines
        case .income:
            guard let income = typedIncome else { return [StyledLine(t("hh.form.incomeFix"), "muted")] }
            var sums = StyledLine(t("hh.form.incomeSums", HouseholdFormat.amount(income.net),
                                    HouseholdFormat.amount(income.perCapita(people: h.size)), h.size))
            sums.add("  ")
            sums.pieces += HouseholdIncomeText.verdict(perCapita: income.perCapita(people: h.size), ctx: ctx).pieces
            return [sums]
        case .plan:
            return [StyledLine(t("hh.form.planHint"), "muted")]
        case .visit, .correctVisit, .voidVisit:
            return visitInfoLines(ctx: ctx)
        case .move, .proposeExit, .rollBack:
            return []
        case .member:
            return [StyledLine(t("reg.form.idHint"), "muted")]
        case .cadre:
            return [StyledLine(t("reg.form.cadreHint"), "muted")]
        case .register:
            return HouseholdForm.duplicateLines(typedHousehold(ctx), ctx: ctx)
        }
    }
}

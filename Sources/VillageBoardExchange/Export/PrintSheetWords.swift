import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// Every word a printed sheet shows, in one language: headings and column names (the catalogue's `print.*`), and
/// the names of the domain's values, which are the screens' own words so a card reads as the household screen does.
struct PrintSheetWords: Sendable {
    let text: Catalog

    init(language: Language) { text = Catalog(language) }

    // MARK: The household card

    func cardTitle(_ id: HouseholdID) -> String { text("print.card.title", id) }
    func head(_ name: String) -> String { text("print.card.head", name) }
    var riskEliminatedNote: String { text("print.card.riskEliminated") }
    func cadre(_ name: String) -> String { text("print.card.cadre", name) }
    func income(_ perCapita: Int, line: Int?) -> String {
        text("print.card.income", perCapita) + (line.map { text("print.card.incomeLine", $0) } ?? "")
    }
    /// 致贫原因 (main cause first) and, for monitored households, 风险类型; nil when neither is recorded.
    func causesAndRisks(main: PovertyCause?, secondary: [PovertyCause], risks: [RiskType], health: HealthWords) -> String? {
        var parts: [String] = []
        let causes = (main.map { [$0] } ?? []) + secondary.filter { $0 != main }
        if !causes.isEmpty { parts.append(text("print.card.causes", causes.map(health.cause).joined(separator: listSeparator))) }
        if !risks.isEmpty { parts.append(text("print.card.risks", risks.map(health.risk).joined(separator: listSeparator))) }
        return parts.isEmpty ? nil : parts.joined(separator: fieldSeparator)
    }
    var listSeparator: String { text("print.listSeparator") }
    var fieldSeparator: String { text("print.fieldSeparator") }
    var memberColumns: [String] {
        [text("print.member.name"), text("print.member.relation"), text("print.member.born"), text("print.member.idNumber"),
         text("print.member.health"), text("print.member.labour"), text("print.member.school"), text("print.member.insured")]
    }
    func insured(_ yes: Bool) -> String { yes ? text("print.card.insured") : text("print.card.notInsured") }
    var checklistHeading: String { text("print.card.checklist") }
    var checklistColumns: [String] {
        [text("print.check.item"), text("print.check.state"), text("print.check.evidence"), text("print.check.by"),
         text("print.check.on")]
    }
    func planHeading(needs: String) -> String { text("print.card.plan", needs.isEmpty ? "—" : needs) }
    var measureColumns: [String] { [text("print.measure.kind"), text("print.measure.detail")] }
    var tasksHeading: String { text("print.card.tasks") }
    var evidenceColumns: [String] {
        [text("evidence.col.name"), text("evidence.col.size"), text("evidence.col.by"), text("evidence.col.on"),
         text("evidence.col.for")]
    }
    var taskColumns: [String] {
        [text("print.task.title"), text("print.task.state"), text("print.task.due"), text("print.task.owner")]
    }

    // MARK: The battle chart

    func chartTitle(unit: String, day: Day) -> String { text("print.chart.title", unit, day.iso) }
    var chartColumns: [String] {
        [text("print.chart.village"), text("print.chart.township"), text("print.chart.households"), text("print.chart.people"),
         text("print.chart.notMet"), text("print.chart.open"), text("print.chart.overdue"), text("print.chart.awaiting"),
         text("print.chart.colour")]
    }
    func chartSummary(_ r: Rollup) -> String {
        text("print.chart.summary", r.householdsRegistered, r.peopleRegistered, r.householdsOut, r.householdsRemaining,
             r.peopleRemaining, r.tasksOpen, r.tasksOverdue, r.tasksDone)
    }

    /// The `lang` attribute of the HTML page.
    var htmlLanguage: String { text("print.htmlLanguage") }

    // MARK: Names of the domain's values

    func name(_ relation: Relation) -> String { text.name(relation) }
    func name(_ health: Health) -> String { text.name(health) }
    func name(_ labour: LabourCapacity) -> String { text.name(labour) }
    func name(_ schooling: Schooling) -> String { text.name(schooling) }
    func name(_ status: HouseholdStatus) -> String { text.name(status) }
    func name(_ cause: PovertyCause) -> String { text.name(cause) }
    func name(_ risk: RiskType) -> String { text.name(risk) }
    func name(_ kind: MeasureKind) -> String { text.name(kind) }
    func name(_ item: ChecklistItem) -> String { text.name(item) }
    func name(_ state: ItemState) -> String { text.name(state) }
    func name(_ state: TaskState) -> String { text.name(state) }
    /// The chart's colour column: the colour's name (the screens' legend explains what each means).
    func name(_ colour: VillageColour) -> String { text.printName(colour) }
}

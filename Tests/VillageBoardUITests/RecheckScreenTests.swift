import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// The 回头看 screens as 三道湖镇's supervisor uses them on the demo: `R` on the radar lists the samples, `d` draws one
/// whose households are `RecheckDraw`'s for the same seed, the form refuses a disagreement without a note and saves
/// one record without touching the cadre's marks, a missed household is added by name, the results name cadres and
/// open a task for the cadre in one operation; snapshots in both languages at 80×24 and 120×40.
@Suite struct RecheckScreenTests {
    static let supervisor = "sandaohu-sup"

    /// An app on `board` opened on the radar (7), then `R`.
    static func app(_ language: Language = .zh, board: Board = ListsFixture.demo,
                    size: Size = Size(width: 80, height: 24)) -> AppModel {
        var app = ListsFixture.app("7", ListsFixture.ctx(language, user: supervisor, board: board), size: size)
        DemoScreens.press(&app, "R")
        return app
    }

    static var township: DivisionCode { DemoScreens.code("三道湖镇") ?? ListsFixture.demo.roots[0] }

    /// The demo with a 10 % sample of 三道湖镇 drawn with seed 7 as RC-less `id`, and records for its first three
    /// households, one disagreeing on housing.
    static func boardWithSample() -> (Board, RecheckSample) {
        var board = ListsFixture.demo
        let frame = RecheckFrame(scope: township)
        let sample = RecheckDraw.sample(id: board.rechecks.nextSampleID, on: board, frame: frame, rule: .percent(10), seed: 7,
                                        by: UserID(supervisor), on: board.today)
        board = ListsFixture.applying(.drawRecheckSample(sample), by: supervisor, to: board)
        for (k, id) in sample.households.prefix(3).enumerated() {
            guard let h = board.household(id), let i = board.index(of: id) else { continue }
            var findings = RecheckRecord.blankFindings(for: h)
            if k == 1, let j = findings.firstIndex(where: { $0.item == .housing }) {
                findings[j].agrees = false
                findings[j].note = "房屋墙体开裂"
            }
            let record = RecheckRecord(sample: sample.id, household: id, village: h.village, markSeen: board.householdMarks[i],
                                       cadre: h.cadre, findings: findings, satisfied: k != 2, shouldMonitor: false,
                                       by: UserID(supervisor), on: board.today)
            board = ListsFixture.applying(.recordRecheck(record), by: supervisor, to: board)
        }
        return (board, sample)
    }

    /// Saves what `effects` ask the way the program does (as the supervisor), and tells the app.
    static func commit(_ effects: [Effect], _ app: inout AppModel) {
        for effect in effects {
            switch effect {
            case .save(let change):
                let board = ListsFixture.applying(change, by: supervisor, to: app.ctx.board)
                app.ctx.live.replace(with: board)
                if let op = board.log.last { _ = app.receive(.saved(op, message: StatusMessage("saved"))) }
            case .createTasks(let batch):
                let changes = batch.changes(ids: [TaskID("T-recheck-test")], author: UserID(supervisor), on: app.ctx.board.today)
                var board = app.ctx.board
                for c in changes { board = ListsFixture.applying(c, by: supervisor, to: board) }
                app.ctx.live.replace(with: board)
                _ = app.receive(.savedTogether(Array(board.log.suffix(changes.count)), message: StatusMessage("saved")))
            default:
                Issue.record("unexpected effect \(effect)")
            }
        }
    }

    @Test func rOnTheRadarOpensTheSamplesOfTheScope() throws {
        let (board, sample) = Self.boardWithSample()
        let app = Self.app(board: board)
        let list = try #require(app.top as? RecheckScreen)
        #expect(list.ids == [sample.id])
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(frame.contains("3/\(sample.households.count)"), "progress re-checked/drawn: \(frame)")
    }

    @Test func drawingPreviewsRecheckDrawsHouseholdsAndSavesOneOperation() throws {
        var app = Self.app()
        DemoScreens.press(&app, "d")
        #expect(app.top is RecheckDrawScreen)
        // Scope stays the supervisor's township; size 10 %; seed 7 typed over today's date.
        DemoScreens.press(&app, "Tab", "Tab", "Tab", "Tab", "Tab")
        for _ in 0..<12 { DemoScreens.press(&app, "Backspace") }
        for c in "7" { _ = app.handle(.char(c)) }
        let draw = try #require(app.top as? RecheckDrawScreen)
        let preview = try #require(draw.preview)
        let expected = RecheckDraw.sample(id: "x", on: ListsFixture.demo, frame: RecheckFrame(scope: Self.township),
                                          rule: .percent(10), seed: 7)
        #expect(preview.seed == 7 && preview.rule == .percent(10))
        #expect(preview.drawn == expected.households)
        #expect(!preview.drawn.isEmpty)
        let effects = DemoScreens.press(&app, "Enter")
        #expect(effects.count == 1)
        guard case .save(.drawRecheckSample(let s))? = effects.first else {
            Issue.record("Enter saves one drawRecheckSample: \(effects)")
            return
        }
        #expect(s.households == expected.households && s.seed == 7 && s.frame.scope == Self.township)
        #expect(s.id == ListsFixture.demo.rechecks.nextSampleID)
        Self.commit(effects, &app)
        let list = try #require(app.top as? RecheckScreen)
        #expect(list.ids == [s.id])
    }

    @Test func aBadSizeOrSeedIsRefusedWithAMessage() throws {
        var app = Self.app()
        DemoScreens.press(&app, "d", "Tab", "Backspace", "Backspace", "Backspace")
        for c in "abc" { _ = app.handle(.char(c)) }
        let effects = DemoScreens.press(&app, "Enter")
        #expect(effects.isEmpty)
        #expect(app.status?.isError == true)
        #expect(app.top is RecheckDrawScreen)
    }

    @Test func theFormRefusesADisagreementWithoutANoteAndSavesOneRecord() throws {
        let (board, sample) = Self.boardWithSample()
        var app = Self.app(board: board)
        DemoScreens.press(&app, "Enter", "j", "j", "j", "Enter")
        let form = try #require(app.top as? RecheckFormScreen)
        let id = sample.households[3]
        #expect(form.household == id && !form.addedAsMissed)
        // Down to housing (the fifth item), disagree, save: refused, with the item named.
        DemoScreens.press(&app, "Down", "Down", "Down", "Down", "Right")
        var effects = DemoScreens.press(&app, "C-s")
        #expect(effects.isEmpty)
        #expect(app.status?.isError == true)
        #expect(app.status?.text.contains(Catalog(.zh).name(.housing)) == true)
        for c in "危房未改造" { _ = app.handle(.char(c)) }
        effects = DemoScreens.press(&app, "C-s")
        guard case .save(.recordRecheck(let r))? = effects.first, effects.count == 1 else {
            Issue.record("one recordRecheck: \(effects)")
            return
        }
        #expect(r.household == id && r.sample == sample.id)
        #expect(r.findings.filter { !$0.agrees }.map(\.item) == [.housing])
        #expect(r.findings.first { $0.item == .housing }?.note == "危房未改造")
        let before = try #require(board.household(id)).checklist
        Self.commit(effects, &app)
        #expect(app.ctx.board.household(id)?.checklist == before, "the cadre's marks are not changed")
        #expect(app.ctx.board.rechecks.latest(sample: sample.id, household: id) == r)
        #expect(app.top is RecheckSampleScreen)
    }

    @Test func aMissedHouseholdIsAddedByNameAsOneToMonitor() throws {
        let (board, sample) = Self.boardWithSample()
        var app = Self.app(board: board)
        DemoScreens.press(&app, "Enter")
        let outside = try #require(board.householdIndices(under: Self.township).map { board.households[$0] }
            .first { !sample.households.contains($0.id) && Self.uniqueHead($0, board) })
        DemoScreens.press(&app, "a")
        _ = ListsFixture.type(outside.headName, into: &app)
        let form = try #require(app.top as? RecheckFormScreen)
        #expect(form.household == outside.id && form.addedAsMissed && form.shouldMonitor)
        let effects = DemoScreens.press(&app, "C-s")
        guard case .save(.recordRecheck(let r))? = effects.first else {
            Issue.record("one recordRecheck: \(effects)")
            return
        }
        #expect(r.addedAsMissed && r.shouldMonitor)
        Self.commit(effects, &app)
        let list = try #require(app.top as? RecheckSampleScreen)
        #expect(list.rows.last == outside.id)
    }

    static func uniqueHead(_ h: Household, _ board: Board) -> Bool {
        guard let s = HouseholdSearch(h.headName) else { return false }
        return board.householdIndices(under: township).filter { s.matches(board.households[$0]) }.count == 1
    }

    @Test func theResultsNameTheCadresAndOpenATaskForTheCadreInOneOperation() throws {
        let (board, sample) = Self.boardWithSample()
        var app = Self.app(board: board)
        DemoScreens.press(&app, "r")
        let results = try #require(app.top as? RecheckResultsScreen)
        let d = try #require(results.lines[results.cursor.selected].disagreement)
        #expect(d.household == sample.households[1] && d.item == .housing)
        let frame = DemoScreens.frame(app, size: Size(width: 120, height: 40)).joined(separator: "\n")
        let cadre = try #require(board.household(d.household)?.cadre)
        #expect(frame.contains(try #require(board.user(cadre)).name))
        for m in RecheckMeasureKind.allCases { #expect(frame.contains(Catalog(.zh)(RecheckWords.measure(m)))) }
        DemoScreens.press(&app, "t")
        #expect(app.prompt != nil)
        let effects = DemoScreens.press(&app, "Enter")
        guard case .createTasks(let batch)? = effects.first, effects.count == 1 else {
            Issue.record("one createTasks: \(effects)")
            return
        }
        #expect(batch.households == [d.household] && batch.owners == [cadre] && batch.item == .housing)
        #expect(batch.due == board.today.adding(days: 30))
        let tasksBefore = board.tasks.count
        Self.commit(effects, &app)
        #expect(app.ctx.board.tasks.count == tasksBefore + 1)
        #expect(app.ctx.board.tasks.last?.owner == cadre)
    }

    @Test func aSmallWindowHolds() {
        let (board, _) = Self.boardWithSample()
        for size in [Size(width: 60, height: 16), Size(width: 40, height: 10)] {
            for keys in [[], ["Enter"], ["Enter", "Enter"], ["r"], ["d"]] {
                var app = Self.app(board: board, size: size)
                for k in keys { DemoScreens.press(&app, k) }
                DemoScreens.expectSmallWindowHolds(app, size: size)
            }
        }
    }

    @Test(arguments: Language.allCases, DemoScreens.sizes)
    func snapshots(language: Language, size: Size) {
        let (board, _) = Self.boardWithSample()
        let name = "\(language)-\(size.width)x\(size.height)"
        var app = Self.app(language, board: board, size: size)
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "Recheck", name: "samples-" + name)
        var draw = app
        DemoScreens.press(&draw, "d")
        SnapshotAssertion.check(DemoScreens.frame(draw, size: size), screen: "Recheck", name: "draw-" + name)
        var results = app
        DemoScreens.press(&results, "r")
        SnapshotAssertion.check(DemoScreens.frame(results, size: size), screen: "Recheck", name: "results-" + name)
        DemoScreens.press(&app, "Enter")
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "Recheck", name: "sample-" + name)
        DemoScreens.press(&app, "j", "Enter", "Down", "Down", "Down", "Down")
        SnapshotAssertion.check(DemoScreens.frame(app, size: size), screen: "Recheck", name: "form-" + name)
    }
}

import Testing
import VillageBoardCore
@testable import VillageBoardDemo

/// Built once: the demo is deterministic.
private let demo = BaishanDemo.board()

/// The radar (Core/Radar) against a from-scratch scan of the board written the plainest way, one filter per rule, so
/// the one-pass code and the rules it stands for cannot drift apart unnoticed.
@Suite("Monitoring radar against a scan")
struct RadarScanTests {
    /// Each warning's households or tasks, found by walking every household and task of the board and asking each
    /// rule on its own.
    static func scan(_ board: Board, scope: DivisionCode?) -> [RadarWarning: Set<Int>] {
        let today = board.today
        let line = board.standard?.incomeLine
        func inside(_ village: DivisionCode?) -> Bool {
            guard let scope else { return true }
            return village.map { board.isInside($0, scope: scope) } ?? false
        }
        var out: [RadarWarning: Set<Int>] = [:]
        for w in RadarWarning.allCases { out[w] = [] }
        let withOpenTask = Set(board.tasks.compactMap { t -> HouseholdID? in
            if case .household(let id) = t.subject, t.state == .open { return id }
            return nil
        })
        for (i, h) in board.households.enumerated() where inside(h.village) {
            let resolved = !(h.status == .notOut || (h.status.isMonitoredKind && !h.mark.riskEliminated))
            if resolved, let line = (ExitRule.standard(for: h.income.year ?? board.year, in: board.standards)?.incomeLine ?? line) {
                let people = h.members.count
                let net = h.income.net
                if (people == 0 ? 0 : net / people) < line { out[.incomeUnderLine]?.insert(i) }
            }
            let openTask = withOpenTask.contains(h.id)
            if !resolved, let identified = h.identifiedOn, today.daysSinceEpoch - identified.daysSinceEpoch > 30,
               h.plan.measures.isEmpty, !openTask {
                out[.noMeasure]?.insert(i)
            }
            let interval = resolved ? (board.standard?.visitDaysStable ?? 90) : (board.standard?.visitDaysWatched ?? 30)
            let last = h.visits.filter { !$0.voided }.map(\.day).max()
            if last == nil || today.daysSinceEpoch - last!.daysSinceEpoch > interval { out[.notVisited]?.insert(i) }
            if ChecklistItem.allCases.contains(where: {
                h.checklist[$0].state == .met && h.checklist[$0].note.allSatisfy(\.isWhitespace)
            }) {
                out[.metWithoutEvidence]?.insert(i)
            }
            if h.findings.contains(where: { $0.look == nil }) { out[.departmentMismatch]?.insert(i) }
        }
        // Tasks with a file: read off the whole list of attachments, not the board's index the radar uses.
        let withFiles = Set(board.attachments.compactMap { a -> TaskID? in if case .task(let t) = a.target { t } else { nil } })
        for (i, t) in board.tasks.enumerated() where inside(board.village(of: t)) {
            if t.state == .open && today.daysSinceEpoch - t.due.daysSinceEpoch > 30 { out[.longOverdue]?.insert(i) }
            if t.sendBacks >= 2 && t.state != .verified { out[.sentBackTwice]?.insert(i) }
            if t.state == .done && !withFiles.contains(t.id) { out[.doneWithoutFiles]?.insert(i) }
        }
        return out
    }

    static func expectAgrees(_ board: Board, scope: DivisionCode?, sourceLocation: SourceLocation = #_sourceLocation) {
        let radar = Radar(board: board, scope: scope)
        let scanned = scan(board, scope: scope)
        for w in RadarWarning.allCases {
            #expect(radar.count(w) == scanned[w]?.count, "\(w) in \(scope?.description ?? "all")", sourceLocation: sourceLocation)
            #expect(Set(radar.positions(w)) == scanned[w], "\(w) in \(scope?.description ?? "all")", sourceLocation: sourceLocation)
            #expect(radar.positions(w) == radar.positions(w).sorted(), "board order", sourceLocation: sourceLocation)
        }
    }

    @Test func everyCountOnTheDemoEqualsAScan() {
        Self.expectAgrees(demo, scope: nil)
        Self.expectAgrees(demo, scope: BaishanDemo.cityCode)
        // Every county and one county's townships, so a village missed by the indexes would show.
        for county in demo.children[BaishanDemo.cityCode] ?? [] { Self.expectAgrees(demo, scope: county) }
        for township in demo.children[BaishanDemo.cityCode]?.last.flatMap({ demo.children[$0] }) ?? [] {
            Self.expectAgrees(demo, scope: township)
        }
    }

    @Test func everyCountOnASyntheticBoardEqualsAScan() {
        let board = SyntheticBoard.generate(households: 3_000, seed: 11, today: BaishanDemo.today)
        Self.expectAgrees(board, scope: nil)
        for root in board.roots { Self.expectAgrees(board, scope: root) }
    }

    /// Issue 14: on the demo, at least four kinds of warning have households or tasks behind them.
    @Test func theDemoShowsAtLeastFourKinds() {
        let radar = Radar(board: demo, scope: BaishanDemo.cityCode)
        let nonZero = RadarWarning.allCases.filter { radar.count($0) > 0 }
        #expect(nonZero.count >= 4, "non-zero: \(nonZero)")
    }

    /// Per cadre: households they answer for, recent visits they made, overdue tasks they own and the warnings on
    /// both, each against a scan.
    @Test func perCadreFiguresEqualAScan() {
        let radar = Radar(board: demo, scope: nil)
        let scanned = Self.scan(demo, scope: nil)
        let today = demo.today
        for load in radar.cadres {
            let mine = Set(demo.households.indices.filter { demo.households[$0].cadre == load.cadre })
            let owned = Set(demo.tasks.indices.filter { demo.tasks[$0].owner == load.cadre })
            #expect(load.households == mine.count)
            let visits = demo.households.reduce(0) { sum, h in
                sum + h.visits.filter { $0.by == load.cadre && $0.day <= today && today.daysSinceEpoch - $0.day.daysSinceEpoch < 30 }.count
            }
            #expect(load.recentVisits == visits)
            #expect(load.overdueTasks == owned.filter { demo.tasks[$0].state == .open && demo.tasks[$0].due < today }.count)
            let warnings = RadarWarning.allCases.reduce(0) { sum, w in
                sum + (scanned[w] ?? []).filter { w.isAboutTasks ? owned.contains($0) : mine.contains($0) }.count
            }
            #expect(load.warnings == warnings, "\(load.cadre)")
        }
        #expect(radar.cadres.map(\.households).reduce(0, +) == demo.households.filter { $0.cadre != nil }.count)
    }

    /// The kept index (RadarIndex.refresh) after a sequence of saves reads the same radar as one judged afresh, and
    /// both agree with the scan: visits by another cadre, a new cadre, a new task, done and sent back twice, a
    /// checklist item met with no note, a new household, and a new standard (which builds the index again).
    @Test func theKeptIndexAfterSavesEqualsARadarAfresh() throws {
        var board = demo
        var index = RadarIndex(board: board)
        let users = board.users.keys.sorted()
        let device = DeviceID("radar-test")
        /// Applies a change as the first user allowed to make it.
        func save(_ change: Change, sourceLocation: SourceLocation = #_sourceLocation) {
            for author in users {
                let op = Operation(id: OperationID(device: device, sequence: board.nextSequence(for: device)),
                                   time: Timestamp(day: board.today, hour: 12), author: author, change: change)
                if (try? board.apply(op)) != nil {
                    if !index.refresh(board) { index = RadarIndex(board: board) }
                    for scope in [nil, BaishanDemo.cityCode] + (board.children[BaishanDemo.cityCode] ?? []) {
                        // The kept per-village sums, and the lists made from the kept masks on Enter.
                        let fresh = Radar(board: board, scope: scope)
                        #expect(Radar(index: index, board: board, scope: scope).sameFigures(as: fresh),
                                "after \(change.kind) in \(scope?.description ?? "all")", sourceLocation: sourceLocation)
                        for w in RadarWarning.allCases {
                            #expect(index.positions(of: w, board: board, scope: scope) == fresh.positions(w),
                                    "\(w) after \(change.kind) in \(scope?.description ?? "all")", sourceLocation: sourceLocation)
                        }
                    }
                    Self.expectAgrees(board, scope: nil, sourceLocation: sourceLocation)
                    return
                }
            }
            Issue.record("\(change.kind) refused for every user", sourceLocation: sourceLocation)
        }
        let unvisited = try #require(Radar(board: board, scope: nil).positions(.notVisited).first)
        let h = board.households[unvisited]
        let other = try #require(users.first { $0 != h.cadre })
        save(.addVisit(h.id, Visit(day: board.today, by: other, found: "走访")))
        save(.assignCadre(h.id, from: h.cadre, to: other, reason: "调整包保"))
        let task = WorkTask(id: TaskID("radar-test-1"), subject: .household(h.id), title: "补材料", owner: other,
                            due: board.today.adding(days: -40), createdBy: other, createdOn: board.today)
        save(.addTask(task))
        save(.markTaskDone(task.id, note: "已办"))
        save(.sendBackTask(task.id, reason: "缺证明"))
        save(.markTaskDone(task.id, note: "再办"))
        save(.sendBackTask(task.id, reason: "仍缺"))
        let item = ChecklistItem.allCases[0]
        save(.setCheck(h.id, item, from: h.checklist[item], to: ItemCheck(state: .met, note: "", checkedBy: other, checkedOn: board.today)))
        var newcomer = h
        newcomer.id = HouseholdID("radar-test-household")
        save(.registerHousehold(newcomer))
        // A new village and a household in it: the kept sums gain a village.
        let township = try #require(board.unit(h.village)?.parent)
        let code = try #require(DivisionCode(value: township.value + 207))
        #expect(board.unit(code) == nil)
        save(.addOrgUnit(OrgUnit(code: code, name: "新立村", level: .village, parent: township)))
        var settler = h
        settler.id = HouseholdID(code.description + "-0001")
        settler.village = code
        save(.registerHousehold(settler))
        if var standard = board.standard {
            standard.visitDaysStable = 200
            save(.setStandard(standard))
        }
    }
}

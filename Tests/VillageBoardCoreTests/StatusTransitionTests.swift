import Testing
@testable import VillageBoardCore

/// The household status state machine (`StatusTransition.table`) through `Board.apply`: every pair of the eight marks,
/// for registered and never-registered households, with and without a reason, and the gate's rules one by one.
@Suite struct StatusTransitionTests {
    static let h = HouseholdID("220622101201-0001")

    /// A household standing in `mark` that passes every gate: items met, 7,000 yuan a head, everyone able to work.
    static func board(_ mark: HouseholdMark, registered: Bool, checklist: Checklist = Fixture.checklist(.met),
                      perCapita: Int = 7000, configure: (inout Household) -> Void = { _ in }) -> Board {
        var b = Fixture.board()
        var hh = Fixture.household(h.raw, status: mark.status, riskEliminated: mark.riskEliminated, registered: registered,
                                   checklist: checklist, perCapita: perCapita)
        configure(&hh)
        b.must(.registerHousehold(hh), by: Fixture.admin)
        return b
    }

    /// Every (from, to) pair, registered or not: allowed exactly when the table has the move and the household's
    /// registration fits the new status; a move that needs a reason is refused without one.
    @Test(arguments: StatusTransition.marks)
    func everyPairFromThisMark(from: HouseholdMark) {
        for registered in [true, false] where from.status.fits(registered: registered) {
            for to in StatusTransition.marks {
                let row = StatusTransition.find(from: from, to: to)
                let allowed = row != nil && to.status.fits(registered: registered)
                let change = Change.setStatus(Self.h, from: from, to: to, reason: "复核")
                var b = Self.board(from, registered: registered)
                let what = "\(from.key) → \(to.key), registered \(registered)"
                if allowed, let row {
                    if row.needsReason {
                        var bare = b
                        bare.mustRefuse(.setStatus(Self.h, from: from, to: to, reason: " "), by: Fixture.admin, .reasonRequired)
                    }
                    b.must(change, by: Fixture.admin)
                    #expect(b.household(Self.h)?.mark == to, "\(what)")
                    #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil, "\(what)")
                } else {
                    b.mustRefuse(change, by: Fixture.admin, .transitionNotAllowed(Self.h, from: from, to: to))
                }
            }
        }
    }

    /// The table in words, so a changed row is a visible decision: what each kind of move is, and which need a reason.
    @Test func theTableSaysWhatEachMoveIs() {
        let notOut = HouseholdMark(.notOut), out = HouseholdMark(.out)
        let unstable = HouseholdMark(.unstable), edge = HouseholdMark(.edge), sudden = HouseholdMark(.sudden)
        let edgeCleared = HouseholdMark(.edge, riskEliminated: true)
        // The holes the issue found: none of these may skip the gate or leave quietly.
        #expect(StatusTransition.find(from: unstable, to: out)?.gate == .riskElimination)
        #expect(StatusTransition.find(from: notOut, to: edge) == nil)
        #expect(StatusTransition.find(from: notOut, to: sudden) == nil)
        #expect(StatusTransition.find(from: notOut, to: out)?.gate == .exit)
        #expect(StatusTransition.find(from: notOut, to: unstable)?.gate == .exit)
        #expect(StatusTransition.find(from: edge, to: edgeCleared)?.gate == .riskElimination)
        #expect(StatusTransition.find(from: edgeCleared, to: edge)?.needsReason == true)
        #expect(StatusTransition.find(from: out, to: notOut)?.needsReason == true)
        #expect(StatusTransition.find(from: out, to: out) == nil, "no move to where one stands")
        // Every row that lets a household leave the chart passes a gate.
        for row in StatusTransition.table where row.from.isUnresolved && !row.to.isUnresolved {
            #expect(row.gate != .none, "\(row.from.key) → \(row.to.key)")
        }
        // Every row that brings a household back needs a reason.
        for row in StatusTransition.table where !row.from.isUnresolved && row.to.isUnresolved {
            #expect(row.needsReason, "\(row.from.key) → \(row.to.key)")
        }
        // Each step is decided by its own row of the permission table.
        #expect(StatusStep.exit.action == .exitHousehold && StatusStep.eliminateRisk.action == .eliminateRisk)
        #expect(StatusTransition.step(from: notOut, to: sudden) == .monitor)
    }

    // MARK: The gate, rule by rule

    @Test func anUnmetItemOrIncomeUnderTheLineBlocksEveryGatedMove() {
        for row in StatusTransition.table where row.gate != .none {
            let registered = row.from.status.fits(registered: true) && row.to.status.fits(registered: true)
            var b = Self.board(row.from, registered: registered, checklist: Fixture.checklist(.met, except: [.water: .notMet]))
            b.mustRefuse(.setStatus(Self.h, from: row.from, to: row.to, reason: "复核"), by: Fixture.admin,
                         .exitBlocked(Self.h, unmet: [.water], incomeShort: false))
            var poor = Self.board(row.from, registered: registered, perCapita: 3999)
            poor.mustRefuse(.setStatus(Self.h, from: row.from, to: row.to, reason: "复核"), by: Fixture.admin,
                            .exitBlocked(Self.h, unmet: [], incomeShort: true))
        }
    }

    /// 杜春艳's D-grade house: "not applicable" on housing is refused when marked, and does not open the gate when a
    /// file brought it in.
    @Test func notApplicableOnlyWhereTheRuleAllowsIt() {
        var b = Self.board(HouseholdMark(.notOut), registered: true)
        let housing = b.household(Self.h)!.checklist[.housing]
        b.mustRefuse(.setCheck(Self.h, .housing, from: housing, to: ItemCheck(state: .notApplicable, note: "D级")),
                     by: Fixture.admin, .notApplicableNotAllowed(Self.h, .housing))
        var imported = Self.board(HouseholdMark(.notOut), registered: true,
                                  checklist: Fixture.checklist(.met, except: [.housing: .notApplicable]))
        imported.mustRefuse(.setStatus(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""),
                            by: Fixture.admin, .exitBlocked(Self.h, unmet: [.housing], incomeShort: false))
        // Education: not applicable with no child of compulsory-school age (6–15 in 2020) …
        let education = b.household(Self.h)!.checklist[.education]
        b.must(.setCheck(Self.h, .education, from: education, to: ItemCheck(state: .notApplicable, note: "无学龄儿童")),
               by: Fixture.admin)
        // … and not with a ten-year-old at home, whether marked now or brought in by a file.
        var child = Fixture.member(Self.h, 4)
        child.birthYear = 2010
        b.must(.addMember(Self.h, child), by: Fixture.admin)
        b.mustRefuse(.setStatus(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.admin,
                     .exitBlocked(Self.h, unmet: [.education], incomeShort: false))
        let marked = b.household(Self.h)!.checklist[.education]
        b.mustRefuse(.setCheck(Self.h, .education, from: marked, to: ItemCheck(state: .notApplicable, note: "再标")),
                     by: Fixture.admin, .notApplicableNotAllowed(Self.h, .education))
        // The rule is data: a standard that lets housing be not applicable lets it through.
        var lenient = YearStandard.baishan2020
        lenient.notApplicable[.housing] = .always
        imported.must(.setStandard(lenient), by: Fixture.admin)
        imported.must(.setStatus(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.admin)
    }

    /// A household without labour capacity under 兜底 support stays monitored, whatever its income.
    @Test func safetyNetHouseholdsWithoutLabourStayMonitored() {
        for labour in [LabourCapacity.none, .lost] {
            var b = Self.board(HouseholdMark(.unstable), registered: true) { hh in
                hh.enrolments.dibao = true
                for i in hh.members.indices { hh.members[i].labour = labour }
            }
            for to in [HouseholdMark(.unstable, riskEliminated: true), HouseholdMark(.out)] {
                b.mustRefuse(.setStatus(Self.h, from: HouseholdMark(.unstable), to: to, reason: ""), by: Fixture.admin,
                             .staysMonitored(Self.h, .safetyNetWithoutLabour))
            }
            // One member able to work (even partly) and the rule no longer holds.
            var m = b.household(Self.h)!.members[0]
            let before = m
            m.labour = .partial
            b.must(.updateMember(Self.h, from: before, to: m), by: Fixture.admin)
            b.must(.setStatus(Self.h, from: HouseholdMark(.unstable), to: HouseholdMark(.unstable, riskEliminated: true),
                              reason: ""), by: Fixture.admin)
        }
        // 特困 the same; without safety net, no labour is no bar.
        var tekun = Self.board(HouseholdMark(.edge), registered: false) { hh in
            hh.enrolments.tekun = true
            for i in hh.members.indices { hh.members[i].labour = .none }
        }
        tekun.mustRefuse(.setStatus(Self.h, from: HouseholdMark(.edge), to: HouseholdMark(.edge, riskEliminated: true),
                                    reason: ""), by: Fixture.admin, .staysMonitored(Self.h, .safetyNetWithoutLabour))
        var pension = Self.board(HouseholdMark(.edge), registered: false) { hh in
            for i in hh.members.indices { hh.members[i].labour = .none }
        }
        pension.must(.setStatus(Self.h, from: HouseholdMark(.edge), to: HouseholdMark(.edge, riskEliminated: true), reason: ""),
                     by: Fixture.admin)
    }

    /// Risk elimination needs income above the monitoring range (6,000 in 2020), unless the standard says otherwise.
    @Test func riskEliminationNeedsIncomeAboveTheMonitoringRange() {
        var b = Self.board(HouseholdMark(.sudden), registered: false, perCapita: 5999)
        let cleared = HouseholdMark(.sudden, riskEliminated: true)
        b.mustRefuse(.setStatus(Self.h, from: HouseholdMark(.sudden), to: cleared, reason: ""), by: Fixture.admin,
                     .staysMonitored(Self.h, .incomeInMonitoringRange))
        // An exit only needs the line: 5,999 is above 4,000.
        var exit = Self.board(HouseholdMark(.notOut), registered: true, perCapita: 5999)
        exit.must(.setStatus(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: ""), by: Fixture.admin)
        // Local rules (data) may ask only for the line.
        var local = YearStandard.baishan2020
        local.riskEliminationNeedsMonitoringLine = false
        b.must(.setStandard(local), by: Fixture.admin)
        b.must(.setStatus(Self.h, from: HouseholdMark(.sudden), to: cleared, reason: ""), by: Fixture.admin)
    }

    /// Income carries the year it was earned in and is judged against that year's line, not the board's.
    @Test func incomeIsJudgedAgainstItsOwnYearsLine() {
        func attempt(income: Income, standards: [YearStandard]) -> Board {
            var b = Self.board(HouseholdMark(.notOut), registered: true) { $0.income = income }
            for s in standards { b.must(.setStandard(s), by: Fixture.admin) }
            return b
        }
        let line2019 = YearStandard(year: 2019, incomeLine: 3800, monitoringLine: 5700, dibaoStandard: 3600)
        let exit = Change.setStatus(Self.h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), reason: "")
        // 3,900 a head earned in 2019: above 2019's 3,800, so the exit stands in 2020.
        var earned2019 = attempt(income: Income(wages: 3900 * 3, year: 2019), standards: [line2019])
        earned2019.must(exit, by: Fixture.admin)
        // The same figure said to be 2020's (or with no year, the board's) is under 2020's 4,000.
        var earned2020 = attempt(income: Income(wages: 3900 * 3, year: 2020), standards: [line2019])
        earned2020.mustRefuse(exit, by: Fixture.admin, .exitBlocked(Self.h, unmet: [], incomeShort: true))
        var noYear = attempt(income: Income(wages: 3900 * 3), standards: [line2019])
        noYear.mustRefuse(exit, by: Fixture.admin, .exitBlocked(Self.h, unmet: [], incomeShort: true))
    }

    /// Figures from a file are hostile: income that would overflow saturates instead of trapping.
    @Test func hugeIncomeFiguresDoNotTrap() {
        let income = Income(wages: Int.max, business: Int.max, property: 1, transfer: 1, productionCosts: Int.min)
        #expect(income.net == Int.max)
        #expect(Income(wages: Int.min, productionCosts: Int.max).net == Int.min)
    }
}

import Testing
@testable import VillageBoardCore

/// Village-level targets (村级目标, issue 13): set through `apply` with evidence, refused without it or with a figure
/// below zero or on a place that is not a village; counted on the chart beside households (red, "+N"), kept by the
/// roll-ups as a recount finds them, undone as a new operation, and kept when the unit is given again.
@Suite struct VillageTargetTests {
    static let unmetRoad = VillageTarget(state: .notMet, figure: 3, evidence: "3 公里未硬化")
    static let metRoad = VillageTarget(state: .met, figure: 3, evidence: "已硬化，通客车", checkedBy: Fixture.secretary,
                                       checkedOn: Fixture.today)

    @Test func aSecretarySetsTheRoadMetWithEvidenceAndTheVillageCountsIt() throws {
        var b = Fixture.board()
        let before = b.colour(of: Fixture.taiping)
        b.must(.setVillageTarget(Fixture.taiping, .road, from: VillageTarget(), to: Self.unmetRoad))
        #expect(b.unit(Fixture.taiping)?.target(.road) == Self.unmetRoad)
        #expect(b.rollup(Fixture.taiping).villageTargetsNotMet == 1)
        #expect(b.rollup(Fixture.city).villageTargetsNotMet == 1, "counted up the lineage")
        #expect(b.colour(of: Fixture.taiping) == .red, "a village target not met is a gap on the chart")
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
        b.must(.setVillageTarget(Fixture.taiping, .road, from: Self.unmetRoad, to: Self.metRoad))
        #expect(b.rollup(Fixture.city).villageTargetsNotMet == 0)
        #expect(b.colour(of: Fixture.taiping) == before)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func refusalsChangeNothing() {
        var b = Fixture.board()
        b.mustRefuse(.setVillageTarget(Fixture.taiping, .road, from: VillageTarget(),
                                       to: VillageTarget(state: .met, evidence: "  ")),
                     .targetEvidenceRequired(Fixture.taiping, .road))
        b.mustRefuse(.setVillageTarget(Fixture.taiping, .collectiveIncome, from: VillageTarget(),
                                       to: VillageTarget(state: .notMet, figure: -1)),
                     .negativeFigure(Fixture.taiping, .collectiveIncome))
        b.mustRefuse(.setVillageTarget(Fixture.sandaohu, .road, from: VillageTarget(), to: Self.unmetRoad), by: Fixture.supervisor,
                     .notAVillage(Fixture.sandaohu))
        let nowhere = DivisionCode(value: Fixture.taiping.value + 90)!
        b.mustRefuse(.setVillageTarget(nowhere, .road, from: VillageTarget(), to: Self.unmetRoad), by: Fixture.admin,
                     .unknownUnit(nowhere))
    }

    @Test func undoPutsTheOldTargetBack() throws {
        var b = Fixture.board()
        b.must(.setVillageTarget(Fixture.taiping, .road, from: VillageTarget(), to: Self.unmetRoad))
        b.must(.setVillageTarget(Fixture.taiping, .road, from: Self.unmetRoad, to: Self.metRoad))
        let undo = try #require(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b))
        #expect(undo == .setVillageTarget(Fixture.taiping, .road, from: Self.metRoad, to: Self.unmetRoad))
        b.must(undo)
        #expect(b.unit(Fixture.taiping)?.target(.road) == Self.unmetRoad)
        #expect(b.rollup(Fixture.taiping).villageTargetsNotMet == 1)
    }

    @Test func aUnitGivenAgainKeepsItsTargets() throws {
        var b = Fixture.board()
        b.must(.setVillageTarget(Fixture.taiping, .road, from: VillageTarget(), to: Self.unmetRoad))
        var again = try #require(b.unit(Fixture.taiping))
        again.targets = [:]
        again.name = "太平村（新名）"
        b.must(.addOrgUnit(again), by: Fixture.admin)
        #expect(b.unit(Fixture.taiping)?.name == "太平村（新名）")
        #expect(b.unit(Fixture.taiping)?.target(.road) == Self.unmetRoad)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }
}

/// `editTask`: an open task's title, owner and due date with a reason; refused on work already done, without a
/// reason or a title, or for an unknown owner; undone as a new operation; overdue counts follow a new due date.
@Suite struct EditTaskTests {
    static let id = TaskID("edit-1")

    static func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household("220622101201-0001")), by: Fixture.admin)
        b.must(.addTask(Fixture.task(id.raw, about: .household(HouseholdID("220622101201-0001")))), by: Fixture.admin)
        return b
    }

    @Test func anOpenTaskIsEditedAndUndone() throws {
        var b = Self.board()
        let before = try #require(b.task(Self.id)).terms
        let late = TaskTerms(title: "危房改造（加固）", owner: Fixture.supervisor, due: day("2020-05-01"))
        b.must(.editTask(Self.id, from: before, to: late, reason: "改为加固"), by: Fixture.supervisor)
        #expect(b.task(Self.id)?.terms == late)
        #expect(b.rollup(Fixture.taiping).tasksOverdue == 1, "due before today: now overdue")
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
        let undo = try #require(Undo.change(undoingLastOf: Fixture.supervisor, device: Fixture.laptop, on: b))
        b.must(undo, by: Fixture.supervisor)
        #expect(b.task(Self.id)?.terms == before)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func refusalsChangeNothing() throws {
        var b = Self.board()
        let terms = try #require(b.task(Self.id)).terms
        var retitled = terms
        retitled.title = " "
        b.mustRefuse(.editTask(Self.id, from: terms, to: terms, reason: ""), by: Fixture.supervisor, .reasonRequired)
        b.mustRefuse(.editTask(Self.id, from: terms, to: retitled, reason: "改"), by: Fixture.supervisor, .emptyTitle(Self.id))
        var stranger = terms
        stranger.owner = UserID("nobody")
        b.mustRefuse(.editTask(Self.id, from: terms, to: stranger, reason: "改"), by: Fixture.supervisor, .unknownUser(UserID("nobody")))
        b.must(.markTaskDone(Self.id, note: ""), by: terms.owner)
        b.mustRefuse(.editTask(Self.id, from: terms, to: terms, reason: "改"), by: Fixture.supervisor,
                     .wrongTaskState(Self.id, expected: .open, actual: .done))
    }
}

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

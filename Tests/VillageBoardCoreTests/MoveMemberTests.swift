import Testing
@testable import VillageBoardCore

/// A member moving to another household is one operation: gone from the first, in the second with a new id and
/// relation, in both households' history, undone by the move back, refused whole when anything is off.
@Suite struct MoveMemberTests {
    static let from = HouseholdID("220622101201-0001")
    static let into = HouseholdID("220622101201-0002")

    static func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(from.raw, people: 3)), by: Fixture.admin)
        b.must(.registerHousehold(Fixture.household(into.raw, people: 2)), by: Fixture.admin)
        return b
    }

    static func move(_ b: Board) throws -> Change {
        let m = try #require(b.household(from)?.members.last)
        var becomes = m
        becomes.id = MemberID(into.raw + "-3")
        becomes.relation = .daughterInLaw
        return .moveMember(from: from, to: into, member: m, becomes: becomes)
    }

    @Test func aMoveTakesThePersonFromOneHouseholdIntoTheOther() throws {
        var b = Self.board()
        let change = try Self.move(b)
        let before = b.recountedRollups()
        b.must(change)
        #expect(b.household(Self.from)?.size == 2)
        #expect(b.household(Self.into)?.size == 3)
        #expect(b.household(Self.into)?.members.last?.relation == .daughterInLaw)
        // One operation, in both households' history.
        #expect(b.history(ofHousehold: Self.from).last?.change == change)
        #expect(b.history(ofHousehold: Self.into).last?.change == change)
        // The people counted stay the same; the roll-ups kept per operation agree with a recount.
        #expect(b.rollups == b.recountedRollups())
        #expect(before[Fixture.taiping]?.people == b.rollups[Fixture.taiping]?.people)
    }

    @Test func undoMovesThemBack() throws {
        var b = Self.board()
        let original = b
        let change = try Self.move(b)
        b.must(change)
        let back = try #require(Undo.inverse(of: change, on: b))
        b.must(back)
        #expect(b.household(Self.from)?.members.map(\.id) == original.household(Self.from)?.members.map(\.id))
        #expect(b.household(Self.into) == original.household(Self.into))
    }

    @Test func aMoveIsRefusedWholeWhenAnythingIsOff() throws {
        var b = Self.board()
        guard case .moveMember(_, _, let m, let becomes) = try Self.move(b) else { return }
        // Into the same household, from a household without them, into a member id taken, as another person.
        b.mustRefuse(.moveMember(from: Self.from, to: Self.from, member: m, becomes: becomes), .duplicateMember(Self.from, becomes.id))
        b.mustRefuse(.moveMember(from: Self.into, to: Self.from, member: m, becomes: becomes), .unknownMember(Self.into, m.id))
        var taken = becomes
        taken.id = try #require(b.household(Self.into)?.members.first?.id)
        b.mustRefuse(.moveMember(from: Self.from, to: Self.into, member: m, becomes: taken), .duplicateMember(Self.into, taken.id))
        var other = becomes
        other.name = "别人"
        b.mustRefuse(.moveMember(from: Self.from, to: Self.into, member: m, becomes: other), .duplicateMember(Self.into, other.id))
        b.mustRefuse(.moveMember(from: Self.from, to: HouseholdID("nowhere"), member: m, becomes: becomes),
                     .unknownHousehold(HouseholdID("nowhere")))
    }

    @Test func aMoveOfAMemberAnotherLaptopEditedIsAConflict() throws {
        var b = Self.board()
        let change = try Self.move(b)
        guard case .moveMember(_, _, let m, _) = change else { return }
        var edited = m
        edited.health = .seriousIllness
        b.must(.updateMember(Self.from, from: m, to: edited), device: DeviceID("other-laptop"))
        // The move was made without the edit in view: it is applied, and the field is listed as a conflict.
        try b.apply(b.operation(change))
        #expect(b.conflicts[.member(Self.from, m.id)] != nil)
    }

    @Test func possibleDuplicatesAreTheSameIDNumberOrTheSameHeadInTheVillage() throws {
        let b = Self.board()
        let existing = try #require(b.household(Self.from))
        var new = Fixture.household("220622101201-0009", people: 1)
        new.members[0].name = existing.headName
        new.members[0].relation = .head
        // The fixture's heads share one name: both households of 太平村 are possible duplicates.
        #expect(b.possibleDuplicates(of: new).map(\.household) == [Self.from, Self.into])
        new.members[0].name = "另一个名字"
        #expect(b.possibleDuplicates(of: new).isEmpty)
        new.village = Fixture.yongsheng
        new.members[0].name = existing.headName
        #expect(b.possibleDuplicates(of: new).isEmpty, "the same name in another village is another person")
        #expect(b.nextHouseholdID(in: Fixture.taiping) == HouseholdID("220622101201-0003"))
    }
}

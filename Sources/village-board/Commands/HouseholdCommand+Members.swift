import ArgumentParser
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// A member's fields as options; each is optional so `edit-member` changes only what is given.
struct MemberFields: ParsableArguments {
    @Option(help: "Name.") var name: String?
    @Option(help: "Relation to the head: head, spouse, son, daughter, daughterInLaw, sonInLaw, grandchild, parent, sibling, other (or 配偶, 之子 …).")
    var relation: String?
    @Option(help: "Birth year.") var born: Int?
    @Option(help: "The 18-character ID number (check digit verified; must agree with the birth year).") var idNumber: String?
    @Option(help: "healthy, chronicIllness, seriousIllness or disabled (or 健康, 长期慢性病 …).") var health: String?
    @Option(help: "Labour capacity: full, partial or none (or 普通劳动力, 弱劳动力, 无劳动能力).") var labour: String?
    @Option(help: "notApplicable, inSchool, homeTeaching or outOfSchool (or 在校, 送教上门, 辍学).") var schooling: String?
    @Option(help: "In basic medical insurance: yes or no.") var insured: Bool?

    /// `base` with every given field put in, each checked.
    func applied(to base: Member, board: Board) throws -> Member {
        var m = base
        if let name { m.name = name.trimmingSpaces }
        if let relation { m.relation = try choice(relation, ChoiceNames.relation, ChoiceNames.relationNames) }
        if let born { m.birthYear = try HouseholdCommand.birthYear(born, board) }
        if let idNumber { m.idNumber = idNumber.isEmpty ? nil : try HouseholdCommand.residentID(idNumber, born: m.birthYear) }
        else if let id = m.idNumber, id.birthYear != m.birthYear {
            throw CommandFailure("cli.household.idYear", m.birthYear, id.birthYear)
        }
        if let health { m.health = try choice(health, ChoiceNames.health, ChoiceNames.healthNames) }
        if let labour { m.labour = try choice(labour, ChoiceNames.labour, ChoiceNames.labourNames) }
        if let schooling { m.schooling = try choice(schooling, ChoiceNames.schooling, ChoiceNames.schoolingNames) }
        if let insured { m.medicalInsured = insured }
        guard !m.name.isEmpty else { throw CommandFailure("cli.household.nameNeeded") }
        return m
    }

    func choice<T>(_ text: String, _ parse: (String) -> T?, _ names: String) throws -> T {
        guard let value = parse(text) else { throw CommandFailure("cli.household.badChoice", text, names) }
        return value
    }
}

extension HouseholdCommand {
    /// `household add-member ID --name NAME --relation REL --born YEAR [--id-number …]`
    struct AddMember: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-member", abstract: "Add a member to a household.")
        @OptionGroup var acting: ActingUser
        @Argument(help: "The household's id.") var household: String
        @OptionGroup var fields: MemberFields

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                guard fields.name != nil, fields.relation != nil, let born = fields.born else {
                    throw CommandFailure("cli.household.memberNeeds")
                }
                let blank = Member(id: h.nextMemberID, name: "", relation: .other, birthYear: born)
                let m = try fields.applied(to: blank, board: store.board)
                try HouseholdCommand.refuseKnownPerson(m, board: store.board)
                try HouseholdCommand.save(.addMember(h.id, m), by: author, in: store)
                print(text("cli.household.memberAdded", m.name, m.id, h.id))
            }
        }
    }

    /// `household edit-member ID MEMBER [--health …]`
    struct EditMember: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit-member",
                                                        abstract: "Change a member's fields (only those given).")
        @OptionGroup var acting: ActingUser
        @Argument(help: "The household's id.") var household: String
        @Argument(help: "The member's id or name.") var member: String
        @OptionGroup var fields: MemberFields

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let from = try HouseholdCommand.member(member, of: h)
                let to = try fields.applied(to: from, board: store.board)
                guard to != from else { throw CommandFailure("cli.household.nothingChanged") }
                try HouseholdCommand.save(.updateMember(h.id, from: from, to: to), by: author, in: store)
                print(text("cli.household.memberChanged", to.name, h.id))
            }
        }
    }

    /// `household remove-member ID MEMBER`
    struct RemoveMember: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove-member",
            abstract: "Remove a member (died, or left the register); one who joins another household is moved with move-member.")
        @OptionGroup var acting: ActingUser
        @Argument(help: "The household's id.") var household: String
        @Argument(help: "The member's id or name.") var member: String

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let m = try HouseholdCommand.member(member, of: h)
                try HouseholdCommand.save(.removeMember(h.id, m), by: author, in: store)
                print(text("cli.household.memberRemoved", m.name, h.id))
            }
        }
    }

    /// `household move-member ID MEMBER --to ID --relation REL`
    struct MoveMember: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move-member",
            abstract: "Move a member to another household (marriage, a split): one move, so their history stays whole.")
        @OptionGroup var acting: ActingUser
        @Argument(help: "The household they leave.") var household: String
        @Argument(help: "The member's id or name.") var member: String
        @Option(help: "The household they join.") var to: String
        @Option(help: "Their relation to the new household's head (default: as before).") var relation: String?

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let from = try HouseholdCommand.household(household, store.board)
                let into = try HouseholdCommand.household(to, store.board)
                let m = try HouseholdCommand.member(member, of: from)
                var becomes = m
                becomes.id = into.nextMemberID
                if let relation {
                    guard let r = ChoiceNames.relation(relation) else {
                        throw CommandFailure("cli.household.badChoice", relation, ChoiceNames.relationNames)
                    }
                    becomes.relation = r
                }
                try HouseholdCommand.save(.moveMember(from: from.id, to: into.id, member: m, becomes: becomes), by: author, in: store)
                print(text("cli.household.memberMoved", m.name, from.id, into.id, becomes.id))
            }
        }
    }

    /// The same person is never in two households: one already on the board is refused, naming where.
    static func refuseKnownPerson(_ m: Member, board: Board) throws {
        guard let id = m.idNumber else { return }
        for h in board.households {
            if let there = h.members.first(where: { $0.idNumber == id }) {
                throw CommandFailure("cli.household.idTaken", id.masked, there.name, h.id)
            }
        }
    }
}

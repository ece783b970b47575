import ArgumentParser
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// A member's fields as options; each is optional so `edit-member` changes only what is given.
struct MemberFields: ParsableArguments {
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.1"))) var name: String?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.2")))
    var relation: String?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.3"))) var born: Int?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.4"))) var idNumber: String?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.5"))) var health: String?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.6"))) var labour: String?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.7"))) var schooling: String?
    @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.8"))) var insured: Bool?

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
        static let configuration = CommandConfiguration(commandName: "add-member", abstract: HelpText.text("help.householdMembers.9"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.10"))) var household: String
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
                                                        abstract: HelpText.text("help.householdMembers.11"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.12"))) var household: String
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.13"))) var member: String
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
            abstract: HelpText.text("help.householdMembers.14"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.15"))) var household: String
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.16"))) var member: String

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
            abstract: HelpText.text("help.householdMembers.17"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.18"))) var household: String
        @Argument(help: ArgumentHelp(HelpText.text("help.householdMembers.19"))) var member: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.20"))) var to: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdMembers.21"))) var relation: String?

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

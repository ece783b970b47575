import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// `village-board household add|add-member|edit-member|remove-member|move-member|assign|exit|visit|correct-visit|void-visit`: registering households and
/// keeping their members and 包保 cadre current, through the same permission table and board rules as the screens.
struct HouseholdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "household",
        abstract: HelpText.text("help.household.1"),
        subcommands: [Add.self, AddMember.self, EditMember.self, RemoveMember.self, MoveMember.self, Assign.self, Exit.self,
                      RecordVisit.self, CorrectVisit.self, VoidVisit.self])

    /// `household add --village CODE --head NAME --born YEAR …`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.household.2"))
        @OptionGroup var acting: ActingUser
        @Option(help: ArgumentHelp(HelpText.text("help.household.3"))) var village: String
        @Option(help: ArgumentHelp(HelpText.text("help.household.4"))) var id: String?
        @Option(help: ArgumentHelp(HelpText.text("help.household.5"))) var hamlet: String = ""
        @Option(help: ArgumentHelp(HelpText.text("help.household.6"))) var kind: String = "edge"
        @Option(help: ArgumentHelp(HelpText.text("help.household.7")))
        var risks: String = ""
        @Option(help: ArgumentHelp(HelpText.text("help.household.8"))) var identified: String?
        @Option(help: ArgumentHelp(HelpText.text("help.household.9"))) var cadre: String?
        @Option(help: ArgumentHelp(HelpText.text("help.household.10"))) var head: String
        @Option(help: ArgumentHelp(HelpText.text("help.household.11"))) var born: Int
        @Option(help: ArgumentHelp(HelpText.text("help.household.12"))) var idNumber: String?
        @Flag(help: ArgumentHelp(HelpText.text("help.household.13"))) var anyway = false

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let board = store.board
                guard let code = DivisionCode(village) else { throw CommandFailure("cli.badCode", village) }
                guard let status = ChoiceNames.status(kind) else {
                    throw CommandFailure("cli.household.badChoice", kind, ChoiceNames.statusNames)
                }
                var riskTypes: [RiskType] = []
                for name in risks.split(whereSeparator: { $0 == "," || $0 == "，" }) {
                    guard let r = ChoiceNames.riskType(String(name)) else {
                        throw CommandFailure("cli.household.badChoice", name, ChoiceNames.riskTypeNames)
                    }
                    riskTypes.append(r)
                }
                let day = try identified.map { try HouseholdCommand.day($0) } ?? board.today
                let cadreID = cadre.map { UserID($0) }
                if let cadreID, board.user(cadreID) == nil { throw PinAuth.unknownUser(cadreID.raw, board) }
                let hid = id.map { HouseholdID($0) } ?? board.nextHouseholdID(in: code)
                let headMember = Member(id: MemberID(hid.raw + "-1"), name: head, relation: .head,
                                        birthYear: try HouseholdCommand.birthYear(born, board),
                                        idNumber: try idNumber.map { try HouseholdCommand.residentID($0, born: born) })
                let household = Household(
                    id: hid, village: code, hamlet: hamlet, registered: status == .notOut || status == .unstable,
                    mark: HouseholdMark(status), identifiedOn: day, riskTypes: riskTypes, members: [headMember], cadre: cadreID,
                    cadreHistory: cadreID.map { [CadreAssignment(cadre: $0, from: day, reason: "")] } ?? [])
                let duplicates = board.possibleDuplicates(of: household)
                for d in duplicates { printError(HouseholdCommand.describe(d, board: board, text: text)) }
                if !duplicates.isEmpty && !anyway { throw CommandFailure("cli.household.duplicate") }
                try HouseholdCommand.save(.registerHousehold(household), by: author, in: store)
                print(text("cli.household.added", hid, head, board.unit(code)?.name ?? code.description))
            }
        }
    }

    /// `household assign ID --cadre USER --reason TEXT`, or every household of one cadre: `--from-cadre USER`.
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.household.14"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.household.15"))) var household: String?
        @Option(help: ArgumentHelp(HelpText.text("help.household.16"))) var cadre: String
        @Option(help: ArgumentHelp(HelpText.text("help.household.17"))) var fromCadre: String?
        @Option(help: ArgumentHelp(HelpText.text("help.household.18"))) var reason: String

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let board = store.board
                let to = UserID(cadre)
                guard board.user(to) != nil else { throw PinAuth.unknownUser(cadre, board) }
                guard !reason.trimmingSpaces.isEmpty else { throw CommandFailure("cli.household.reasonNeeded") }
                let ids: [HouseholdID]
                switch (household, fromCadre) {
                case (let h?, nil): ids = [try HouseholdCommand.household(h, board).id]
                case (nil, let from?):
                    ids = board.households.filter { $0.cadre == UserID(from) }.map(\.id)
                    if ids.isEmpty { throw CommandFailure("cli.household.noneOfCadre", from) }
                default: throw CommandFailure("cli.household.assignWhich")
                }
                // Every change is checked on a copy first, so a hand-over is saved whole or not at all.
                let changes = ids.compactMap { id -> Change? in
                    guard let h = board.household(id), h.cadre != to else { return nil }
                    return .assignCadre(id, from: h.cadre, to: to, reason: reason)
                }
                try HouseholdCommand.saveAll(changes, by: author, in: store)
                print(text("cli.household.assigned", changes.count, board.user(to)?.name ?? cadre))
            }
        }
    }

    // MARK: Shared

    /// Runs `body` on the store open for writing, as the acting user (their PIN checked), in the command's language;
    /// the store is closed after, and a failure is reported in words with a non-zero exit.
    static func run(as acting: ActingUser, in command: some ParsableCommand,
                    _ body: (Store, UserID, Catalog) throws -> Void) throws {
        try command.reporting(acting.options.language) {
            let store = try UserCommand.openForWriting(acting.options)
            defer { store.close() }
            let author = try PinAuth.authenticate(acting.user, pin: acting.pin, store: store, locations: acting.options.locations)
            try body(store, author.id, Catalog(acting.options.language))
        }
    }

    static func household(_ id: String, _ board: Board) throws -> Household {
        guard let h = board.household(HouseholdID(id)) else { throw CommandFailure("cli.household.none", id) }
        return h
    }

    static func member(_ id: String, of h: Household) throws -> Member {
        guard let m = h.members.first(where: { $0.id.raw == id || $0.name == id }) else {
            throw CommandFailure("cli.household.noMember", id, h.id)
        }
        return m
    }

    static func day(_ text: String) throws -> Day {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let d = Day(year: parts[0], month: parts[1], day: parts[2]) else {
            throw CommandFailure("cli.household.badDate", text)
        }
        return d
    }

    static func birthYear(_ year: Int, _ board: Board) throws -> Int {
        guard (1900...board.today.year).contains(year) else { throw CommandFailure("cli.household.badYear", year) }
        return year
    }

    /// An ID number with its GB 11643 check digit verified, and agreeing with the birth year given.
    static func residentID(_ text: String, born: Int?) throws -> ResidentID {
        switch ResidentID.parse(text.trimmingSpaces) {
        case .success(let id):
            if let born, id.birthYear != born { throw CommandFailure("cli.household.idYear", born, id.birthYear) }
            return id
        case .failure(.wrongCheckDigit(let expected, let found)):
            throw CommandFailure("cli.household.idCheck", text, String(expected), String(found))
        case .failure(.wrongLength(let n)): throw CommandFailure("cli.household.idLength", text, n)
        case .failure(.notDigits), .failure(.impossibleBirthDate): throw CommandFailure("cli.household.idForm", text)
        }
    }

    static func describe(_ d: PossibleDuplicate, board: Board, text: Catalog) -> String {
        let head = board.household(d.household)?.headName ?? ""
        switch d.reason {
        case .sameIDNumber(let id, let member): return text("cli.household.dupID", id.masked, member, d.household, head)
        case .sameHeadName(let name): return text("cli.household.dupHead", name, d.household)
        }
    }

    static func save(_ change: Change, by author: UserID, in store: Store) throws {
        try saveAll([change], by: author, in: store)
    }

    /// Checks every change on a copy of the board first (permission table and board rules), then saves them one by
    /// one, so a set is refused whole rather than saved in part.
    static func saveAll(_ changes: [Change], by author: UserID, in store: Store) throws {
        var scratch = store.board
        let device = DeviceID("household-check")
        let time = Clock.now(for: store)
        for change in changes {
            let op = Operation(id: OperationID(device: device, sequence: scratch.nextSequence(for: device)),
                               time: time, author: author, change: change)
            do { try scratch.apply(op) } catch { throw CommandFailure(error) }
        }
        var saved = 0
        for change in changes {
            do {
                try store.save(change, author: author, at: Clock.now(for: store))
                saved += 1
            } catch {
                throw saved == 0 ? CommandFailure(error) : CommandFailure(afterSaving: saved, error)
            }
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import ArgumentParser
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

extension HouseholdCommand {
    /// `household exit propose|review|decide|rollback|pending`: the staged exit / risk-elimination procedure
    /// (民主评议 → 公示 → 乡镇审核 → 县级审定 → 销号 / 风险消除), each step checked by the one permission table.
    struct Exit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.householdExit.1"),
            subcommands: [Propose.self, Review.self, Decide.self, RollBack.self, Pending.self])
    }

    /// `household exit propose ID --reviewed-on D --notice-from D --notice-until D [--to MARK] [--result TEXT]`
    struct Propose: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.householdExit.2"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdExit.3"))) var household: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.4")))
        var to: String?
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.5"))) var reviewedOn: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.6"))) var result: String = ""
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.7"))) var noticeFrom: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.8"))) var noticeUntil: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.9"))) var note: String = ""

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let target = try HouseholdCommand.mark(to, for: h, among: h.exitTargets)
                let proposal = ExitProposal(from: h.mark, target: target, reviewedOn: try HouseholdCommand.day(reviewedOn),
                                            reviewResult: result, noticeFrom: try HouseholdCommand.day(noticeFrom),
                                            noticeUntil: try HouseholdCommand.day(noticeUntil), note: note)
                let change = Change.proposeExit(h.id, proposal)
                // Who may comes first, as in `Board.validate`; then the gate's refusal in the gate's words (a risk
                // elimination is not "marked out").
                if Permissions.denial(for: change, by: author, on: store.board) == nil {
                    try Self.namingTheGate(change, by: author, on: store.board, text: text)
                }
                try HouseholdCommand.save(change, by: author, in: store)
                print(text("cli.exit.proposed", h.id, h.headName, text(ExitWords.procedure(proposal.step))))
            }
        }

        /// Refuses a proposal the gate stops, naming the items as the gate screen does.
        static func namingTheGate(_ change: Change, by author: UserID, on board: Board, text: Catalog) throws {
            guard let unmet = gateItems(change, by: author, on: board, text: text) else { return }
            throw CommandFailure("exit.reason.blocked", unmet.joined(separator: text("hh.listSeparator")))
        }

        /// The items (and income) the gate finds unmet, or nil when it lets the proposal by (any other refusal is the
        /// board's to name, on save).
        static func gateItems(_ change: Change, by author: UserID, on board: Board, text: Catalog) -> [String]? {
            do {
                try board.validateExitStep(change, author: author)
                return nil
            } catch {
                guard case .exitBlocked(_, let unmet, let short) = error else { return nil }
                return unmet.map { text.name($0) } + (short ? [text("error.incomeShort")] : [])
            }
        }
    }

    /// `household exit review ID --approve|--send-back [--note TEXT]`
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.householdExit.10"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdExit.11"))) var household: String
        @OptionGroup var verdict: ExitVerdict

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let approve = try verdict.approves()
                try HouseholdCommand.save(.reviewExit(h.id, approve: approve, note: verdict.note), by: author, in: store)
                print(approve ? text("cli.exit.reviewed", h.id, h.headName) : text("cli.exit.returned", h.id, h.headName, verdict.note))
            }
        }
    }

    /// `household exit decide ID --approve|--send-back [--note TEXT]`
    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.householdExit.12"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdExit.13"))) var household: String
        @OptionGroup var verdict: ExitVerdict

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let approve = try verdict.approves()
                guard let pending = h.exitCase else { throw CommandFailure(BoardError.noExitPending(h.id)) }
                let to = pending.proposal.target
                try HouseholdCommand.save(.decideExit(h.id, from: h.mark, to: to, approve: approve, note: verdict.note),
                                          by: author, in: store)
                print(approve ? text("cli.exit.decided", h.id, h.headName, text.name(h.mark), text.name(to))
                              : text("cli.exit.returned", h.id, h.headName, verdict.note))
            }
        }
    }

    /// `household exit rollback ID --to MARK --risk RISK --reason TEXT`
    struct RollBack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rollback",
            abstract: HelpText.text("help.householdExit.14"))
        @OptionGroup var acting: ActingUser
        @Argument(help: ArgumentHelp(HelpText.text("help.householdExit.15"))) var household: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.16"))) var to: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.17"))) var risk: String
        @Option(help: ArgumentHelp(HelpText.text("help.householdExit.18"))) var reason: String

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let h = try HouseholdCommand.household(household, store.board)
                let target = try HouseholdCommand.mark(to, for: h, among: h.rollBackTargets)
                guard let r = ChoiceNames.riskType(risk) else {
                    throw CommandFailure("cli.household.badChoice", risk, ChoiceNames.riskTypeNames)
                }
                guard !reason.trimmingSpaces.isEmpty else { throw CommandFailure("cli.household.reasonNeeded") }
                try HouseholdCommand.save(.rollBackStatus(h.id, from: h.mark, to: target, risk: r, reason: reason),
                                          by: author, in: store)
                print(text("cli.exit.rolledBack", h.id, h.headName, text.name(h.mark), text.name(target)))
            }
        }
    }

    /// `household exit pending`: the exits that await the township or the county, inside the user's scope.
    struct Pending: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.text("help.householdExit.19"))
        @OptionGroup var acting: ActingUser

        func run() throws {
            try HouseholdCommand.run(as: acting, in: self) { store, author, text in
                let board = store.board
                let scope = board.user(author)?.scope
                let rows = board.households.filter { h in
                    h.exitCase != nil && (scope.map { board.isInside(h.village, scope: $0) } ?? false)
                }
                let proposed = rows.filter { $0.exitCase?.stage == .proposed }.count
                print(text("cli.exit.pendingCount", proposed, rows.count - proposed))
                for h in rows {
                    guard let c = h.exitCase else { continue }
                    print(text("cli.exit.pendingRow", h.id, h.headName, board.unit(h.village)?.name ?? "",
                               text(Catalog.stageKey(c.stage)), text.name(c.proposal.target)))
                }
            }
        }
    }

    /// The mark `name` means for `h` among `allowed`: a status name, or `riskEliminated` / 风险消除 for its own kind;
    /// the first allowed one when no name is given.
    static func mark(_ name: String?, for h: Household, among allowed: [HouseholdMark]) throws -> HouseholdMark {
        let names = allowed.map(\.key).joined(separator: ", ")
        guard let first = allowed.first else { throw CommandFailure("cli.exit.noTarget", h.id, h.mark.key) }
        guard let name else { return first }
        let wanted: HouseholdMark?
        if ["riskEliminated", "eliminated", "风险消除", "风险已消除"].contains(name) {
            wanted = HouseholdMark(h.status, riskEliminated: true)
        } else {
            wanted = ChoiceNames.status(name).map { HouseholdMark($0) }
        }
        guard let wanted, allowed.contains(wanted) else { throw CommandFailure("cli.exit.badTarget", name, names) }
        return wanted
    }
}

/// Approve or send back, with a note (a reason when sending back).
struct ExitVerdict: ParsableArguments {
    @Flag(help: ArgumentHelp(HelpText.text("help.householdExit.20"))) var approve = false
    @Flag(help: ArgumentHelp(HelpText.text("help.householdExit.21"))) var sendBack = false
    @Option(help: ArgumentHelp(HelpText.text("help.householdExit.22"))) var note: String = ""

    func approves() throws -> Bool {
        guard approve != sendBack else { throw CommandFailure("cli.exit.approveOrReturn") }
        return approve
    }
}

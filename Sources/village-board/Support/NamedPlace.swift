import VillageBoardCore

/// `--scope` and `print household` take a code or an id, or a name as people say it (三道湖镇, a head's name); a name
/// that fits several is refused with the list to choose from, by code or id.
enum NamedPlace {
    /// The unit `given` names: a 12-digit code, else the units of that name (or whose name begins with it).
    static func unit(_ given: String, on board: Board) throws -> DivisionCode {
        if let code = DivisionCode(given) {
            guard board.unit(code) != nil else { throw CommandFailure("cli.noUnit", given) }
            return code
        }
        let exact = board.units.values.filter { $0.name == given }
        let named = exact.isEmpty ? board.units.values.filter { !given.isEmpty && $0.name.hasPrefix(given) } : exact
        let sorted = named.sorted { $0.code < $1.code }
        guard sorted.count != 1 else { return sorted[0].code }
        guard !sorted.isEmpty else { throw CommandFailure("cli.scope.unknown", given) }
        let choices = sorted.prefix(10).map { unit in
            "\(unit.code) \(unit.name)" + (unit.parent.flatMap { board.unit($0)?.name }.map { "（\($0)）" } ?? "")
        }
        throw CommandFailure("cli.scope.ambiguous", given, sorted.count, choices.joined(separator: "\n  "))
    }

    /// The household `given` names: its id, else the households whose head is called that.
    static func household(_ given: String, on board: Board) throws -> HouseholdID {
        let id = HouseholdID(given)
        if board.household(id) != nil { return id }
        let headed = board.households.filter { $0.headName == given }
        guard headed.count != 1 else { return headed[0].id }
        guard !headed.isEmpty else { throw CommandFailure("cli.noHousehold", given) }
        let choices = headed.prefix(10).map { "\($0.id) \($0.headName) \(board.unit($0.village)?.name ?? "")" }
        throw CommandFailure("cli.household.ambiguous", given, headed.count, choices.joined(separator: "\n  "))
    }
}

/// The shortest new PIN each role may set, as admins set it (`setPinPolicy`). A copied store's PINs fall to guessing
/// at scrypt's cost per try (docs/STORE.md), so the built-in floors — 6 digits for those who verify and manage others'
/// work, 4 for cadres — can be raised, never lowered.
public struct PinPolicy: Hashable, Sendable {
    /// The longest PIN there is; no minimum can ask for more.
    public static let longest = 12

    /// Minimums that differ from the floor; a role left out has its floor.
    public private(set) var minimums: [Role: Int]

    public init(minimums: [Role: Int] = [:]) {
        self.minimums = minimums.filter { $0.value != Self.floor(for: $0.key) }
    }

    /// The built-in policy: every role at its floor.
    public static let standard = PinPolicy()

    /// The lowest minimum a role may have.
    public static func floor(for role: Role) -> Int {
        switch role {
        case .townshipSupervisor, .countyOfficeHead, .admin: 6
        case .villageCadre, .responsibleCadre: 4
        }
    }

    /// The shortest new PIN `role` may set.
    public func minimum(for role: Role) -> Int { minimums[role] ?? Self.floor(for: role) }

    /// The role whose minimum is out of range (below its floor or above `longest`), if any.
    public var outOfRange: Role? {
        Role.allCases.first { role in
            let m = minimum(for: role)
            return m < Self.floor(for: role) || m > Self.longest
        }
    }
}

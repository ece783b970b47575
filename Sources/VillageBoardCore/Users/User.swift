/// A person who uses the program: a role and a scope (the org unit they answer for).
public struct User: Hashable, Sendable {
    public var id: UserID
    public var name: String
    public var role: Role
    public var scope: DivisionCode
    public var disabled: Bool
    /// The salted slow hash of the user's PIN; nil until one is set (such a user cannot log in).
    public var pin: PinHash?

    public init(id: UserID, name: String, role: Role, scope: DivisionCode, disabled: Bool = false, pin: PinHash? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.scope = scope
        self.disabled = disabled
        self.pin = pin
    }
}

/// A user's login name, stable across laptops.
public struct UserID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: UserID, b: UserID) -> Bool { a.raw < b.raw }
}

/// What a user does in the campaign.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// 第一书记 / 村干部: works one village.
    case villageCadre
    /// 包保干部: follows assigned households across villages.
    case responsibleCadre
    /// 乡镇督导: verifies and sends back work in a township.
    case townshipSupervisor
    /// 县扶贫办: reports, imports rosters, verifies across a county.
    case countyOfficeHead
    /// Manages users; sees everything.
    case admin
}

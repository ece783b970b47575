import VillageBoardCore

extension JSONWriter {
    /// A PIN policy: `{"minimums":{"<role>":n,…}}`, only the roles raised above their floor, in role order.
    public mutating func write(_ policy: PinPolicy, type: String? = nil) {
        beginObject()
        if let type { field("type", type) }
        key("minimums")
        beginObject()
        for role in Role.allCases {
            guard let m = policy.minimums[role] else { continue }
            key(role.rawValue)
            value(m)
        }
        endObject()
        endObject()
    }
}

extension JSONScanner {
    /// Reads a PIN policy. A minimum is any whole number here; whether it is allowed is the board's rule (a journal
    /// line asking for too few digits is refused and named, not a file the store cannot open).
    public mutating func readPinPolicy() throws(JSONError) -> PinPolicy {
        var minimums: [Role: Int] = [:]
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "minimums":
                try beginObject()
                while let name = try nextKey() {
                    guard let role = Role(rawValue: name.string) else {
                        throw unexpectedValue(expected: "one of " + Role.allCases.map(\.rawValue).joined(separator: "/"))
                    }
                    minimums[role] = try readInt()
                }
            default: try skipValue()
            }
        }
        return PinPolicy(minimums: minimums)
    }
}

import VillageBoardCore
import VillageBoardStore

// Setting up a county that is not the demo: its divisions, then its users (docs/IMPORT.md, "units" and "users").
extension ImportContext {
    static let levels: [(OrgLevel, [String])] = [
        (.province, ["province", "省"]), (.city, ["city", "市", "地级市"]),
        (.county, ["county", "县", "区", "县级市", "自治县"]), (.township, ["township", "乡", "镇", "乡镇", "街道"]),
        (.village, ["village", "村", "行政村", "社区"]),
    ]
    static let roles: [(Role, [String])] = [
        (.villageCadre, ["villageCadre", "第一书记", "村干部"]), (.responsibleCadre, ["responsibleCadre", "包保干部"]),
        (.townshipSupervisor, ["townshipSupervisor", "乡镇督导", "督导"]),
        (.countyOfficeHead, ["countyOfficeHead", "县扶贫办", "扶贫办"]), (.admin, ["admin", "管理员"]),
    ]

    /// A unit whose 12 digits agree with its level and lie under its parent (on the board, or an earlier row).
    mutating func unit(_ r: inout RowReader) -> [Change] {
        var code: DivisionCode?
        if let text = r.required("code") {
            code = DivisionCode(text)
            if code == nil { r.problem("code", .notDivisionCode(text)) }
        }
        let name = r.required("name")
        let level = r.text("level").isEmpty ? nil : r.choice("level", Self.levels)
        if r.text("level").isEmpty { r.problem("level", .required) }
        if let code, let level, code.impliedLevel != level {
            r.problem("level", .levelByDigits(code, implied: code.impliedLevel, given: level))
        }
        var parent: DivisionCode?
        let parentText = r.text("parent")
        if !parentText.isEmpty {
            if let p = DivisionCode(parentText) {
                parent = p
                let above = units[p] ?? board.unit(p)
                if above == nil {
                    r.problem("parent", .noParentUnit(p))
                } else if let code, !(p.contains(code) && p != code) {
                    r.problem("parent", .notUnderParent(code, parent: p))
                } else if let level, let above, above.level >= level {
                    r.problem("parent", .cannotHold(parentName: above.name, parentLevel: above.level, level: level))
                }
            } else {
                r.problem("parent", .notDivisionCode(parentText))
            }
        } else if (!board.units.isEmpty && code.flatMap { board.unit($0) } == nil) || !units.isEmpty {
            // One top unit: any other row, unless it is the top unit already on the board (a second run), needs a parent.
            r.problem("parent", .parentRequired)
        }
        let coordinate = coordinate(&r)
        let poor = r.flag("poor_village") ?? false
        let population = r.number("rural_population") ?? 0
        if let code, units[code] != nil { r.problem("code", .unitListedTwice(code)) }
        guard r.problems.isEmpty, let code, let name, let level else { return [] }
        let unit = OrgUnit(code: code, name: name, level: level, parent: parent, coordinate: coordinate,
                           isPoorVillage: poor, ruralPopulation: population)
        units[code] = unit
        if let existing = board.unit(code) {
            // An earlier run of the same file: done already. Anything else under this code is another unit.
            if existing == unit { alreadyImported += 1; return [] }
            r.problem("code", .unitDiffers(code, existingName: existing.name))
            return []
        }
        return [.addOrgUnit(unit)]
    }

    /// Latitude and longitude together, in range, or neither.
    mutating func coordinate(_ r: inout RowReader) -> Coordinate? {
        let lat = r.text("latitude"), lon = r.text("longitude")
        if lat.isEmpty && lon.isEmpty { return nil }
        guard let la = Double(lat), (-90...90).contains(la) else {
            r.problem("latitude", .notLatitude(lat)); return nil
        }
        guard let lo = Double(lon), (-180...180).contains(lo) else {
            r.problem("longitude", .notLongitude(lon)); return nil
        }
        return Coordinate(latitude: la, longitude: lo)
    }

    /// A user whose scope is a unit on the board, with an initial PIN they must change at first login.
    mutating func user(_ r: inout RowReader) -> [Change] {
        let id = r.required("user_id").map { UserID($0) }
        if let id {
            if users.contains(id) { r.problem("user_id", .userListedTwice(id)) }
            users.insert(id)
        }
        let name = r.required("name")
        let role = r.text("role").isEmpty ? nil : r.choice("role", Self.roles)
        if r.text("role").isEmpty { r.problem("role", .required) }
        var scope: DivisionCode?
        if let text = r.required("scope") {
            if let code = DivisionCode(text), board.unit(code) != nil { scope = code }
            else { r.problem("scope", .noScopeUnit(text)) }
        }
        let pin = r.required("initial_pin")
        if let pin, let role, let problem = PinHasher.problem(with: pin, role: role, policy: board.pinPolicy) {
            r.problem("initial_pin", .pin(problem))
        }
        guard r.problems.isEmpty, let id, let name, let role, let scope, let pin else { return [] }
        if let existing = board.user(id) {
            // An earlier run of the same file (its PIN hash differs by salt, so compare the rest).
            if existing.name == name && existing.role == role && existing.scope == scope { alreadyImported += 1; return [] }
            r.problem("user_id", .userDiffers(id))
            return []
        }
        guard var hash = try? PinHasher.hash(pin, for: id, role: role, policy: board.pinPolicy) else {
            r.problem("initial_pin", .pinNotHashed)
            return []
        }
        hash.mustChange = true
        return [.addUser(User(id: id, name: name, role: role, scope: scope, pin: hash))]
    }
}

/// A household already on the board that a new registration may repeat: a person with the same ID number anywhere,
/// or a head of the same name in the same village. A warning for the person registering, not a refusal
/// (two people may share a name).
public struct PossibleDuplicate: Hashable, Sendable {
    /// Why it looks like the same household.
    public enum Reason: Hashable, Sendable {
        /// One of the new household's people is already a member there (by ID number).
        case sameIDNumber(ResidentID, member: String)
        /// Its head has the same name, in the same village.
        case sameHeadName(String)
    }

    public var household: HouseholdID
    public var reason: Reason
}

extension Board {
    /// The households `new` may repeat (see `PossibleDuplicate`), in board order. Reads every household once.
    public func possibleDuplicates(of new: Household) -> [PossibleDuplicate] {
        let ids = Set(new.members.compactMap(\.idNumber))
        let head = new.headName
        var found: [PossibleDuplicate] = []
        for h in households where h.id != new.id {
            if let m = h.members.first(where: { $0.idNumber.map(ids.contains) ?? false }), let id = m.idNumber {
                found.append(PossibleDuplicate(household: h.id, reason: .sameIDNumber(id, member: m.name)))
            } else if !head.isEmpty, h.village == new.village, h.headName == head {
                found.append(PossibleDuplicate(household: h.id, reason: .sameHeadName(head)))
            }
        }
        return found
    }

    /// A household id not yet taken in `village`: its code, `-`, and the next four-digit number.
    public func nextHouseholdID(in village: DivisionCode) -> HouseholdID {
        var n = (householdsByVillage[village]?.count ?? 0) + 1
        while householdIndex[HouseholdID("\(village)-\(Self.fourDigits(n))")] != nil { n += 1 }
        return HouseholdID("\(village)-\(Self.fourDigits(n))")
    }

    static func fourDigits(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

extension Household {
    /// A member id not yet taken here: the household's id, `-`, and the first free number.
    public var nextMemberID: MemberID {
        var n = members.count + 1
        while members.contains(where: { $0.id.raw == "\(id.raw)-\(n)" }) { n += 1 }
        return MemberID("\(id.raw)-\(n)")
    }
}

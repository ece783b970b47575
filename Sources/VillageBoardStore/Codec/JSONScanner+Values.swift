import VillageBoardCore

// Domain values that are written as strings: each read says what it expected when the text is wrong.
extension JSONScanner {
    mutating func readDay() throws(JSONError) -> Day {
        guard let day = try withStringBytes({ Day(isoUTF8: $0) }) else { throw unexpectedValue(expected: "a date YYYY-MM-DD") }
        return day
    }

    mutating func readTimestamp() throws(JSONError) -> Timestamp {
        let text = try readString()
        guard let t = Timestamp(iso: text) else { throw unexpectedValue(expected: "a time YYYY-MM-DDTHH:MM:SS.mmmZ") }
        return t
    }

    mutating func readCode() throws(JSONError) -> DivisionCode {
        guard let code = try withStringBytes({ DivisionCode(utf8: $0) }) else {
            throw unexpectedValue(expected: "a 12-digit division code")
        }
        return code
    }

    mutating func readUser() throws(JSONError) -> UserID {
        let text = try readSharedString()
        guard !text.isEmpty else { throw unexpectedValue(expected: "a user id") }
        return UserID(text)
    }

    mutating func readOptionalUser() throws(JSONError) -> UserID? {
        if consumeNull() { return nil }
        return try readUser()
    }

    mutating func readItem() throws(JSONError) -> ChecklistItem {
        guard let item = try withStringBytes({ b in ChecklistItem.allCases.first { spells($0.key, b) } }) else {
            throw unexpectedValue(expected: "one of " + ChecklistItem.allCases.map(\.key).joined(separator: "/"))
        }
        return item
    }

    mutating func readCause() throws(JSONError) -> PovertyCause {
        guard let cause = try withStringBytes({ b in PovertyCause.allCases.first { spells($0.key, b) } }) else {
            throw unexpectedValue(expected: "one of " + PovertyCause.allCases.map(\.key).joined(separator: "/"))
        }
        return cause
    }

    mutating func readCauses() throws(JSONError) -> [PovertyCause] {
        var out: [PovertyCause] = []
        try beginArray()
        while try nextElement() { out.append(try readCause()) }
        return out
    }

    mutating func readEnums<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(JSONError) -> [T]
    where T.RawValue == String {
        var out: [T] = []
        try beginArray()
        while try nextElement() { out.append(try readEnum(T.self)) }
        return out
    }

    mutating func readResidentID() throws(JSONError) -> ResidentID {
        switch try withStringBytes({ ResidentID.parse(utf8: $0) }) {
        case .success(let id): return id
        case .failure(.wrongCheckDigit(let expected, _)):
            throw unexpectedValue(expected: "an ID number whose check digit is \(expected) (GB 11643)")
        case .failure:
            throw unexpectedValue(expected: "an 18-character ID number")
        }
    }
}

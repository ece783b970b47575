/// One change to the board: who, when, on which laptop, and what (old → new). The only way the board changes.
public struct Operation: Hashable, Sendable {
    public var id: OperationID
    public var time: Timestamp
    public var author: UserID
    public var change: Change

    public init(id: OperationID, time: Timestamp, author: UserID, change: Change) {
        self.id = id
        self.time = time
        self.author = author
        self.change = change
    }
}

/// The laptop an operation was made on plus its number there (1, 2, 3, … per laptop).
public struct OperationID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var device: DeviceID
    public var sequence: Int

    public init(device: DeviceID, sequence: Int) {
        self.device = device
        self.sequence = sequence
    }

    public var description: String { "\(device.raw)#\(sequence)" }

    /// The largest sequence number a file may hold (2^53, far beyond any laptop's life). Readers refuse more, so
    /// "the next one" (`sequence + 1`) can never overflow, whatever a file says.
    public static let maxSequence = 1 << 53

    public static func < (a: OperationID, b: OperationID) -> Bool {
        a.device == b.device ? a.sequence < b.sequence : a.device.raw < b.device.raw
    }
}

/// A laptop's name in the store (each laptop writes only its own journal).
public struct DeviceID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: String
    public init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
    public static func < (a: DeviceID, b: DeviceID) -> Bool { a.raw < b.raw }

    /// Device names become file names: letters, digits, '-', '_' and '.', 1–64 characters, not starting with '.'.
    public var isValid: Bool {
        guard (1...64).contains(raw.utf8.count), raw.utf8.first != 46 else { return false }
        return raw.utf8.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95 || b == 46
        }
    }
}

import VillageBoardCore

/// Logging in on this laptop, for the screens and the command line alike: the PIN checked against the user's salted
/// hash, a growing wait after wrong tries (counted per user in the laptop's config folder, so quitting does not
/// reset it), and the user last logged in here (offered first next time).
public struct Login: Sendable {
    /// The laptop's config folder (`Locations.configFolder`).
    public let configFolder: String

    public init(configFolder: String) {
        self.configFolder = configFolder
    }

    /// Where wrong tries are counted: `{"users":{"<id>":{"failures":N,"last":"<time>"}}}`.
    var triesFile: String { configFolder + "/login-tries.json" }
    /// The user last logged in on this laptop, one line.
    var lastUserFile: String { configFolder + "/last-user" }

    /// How a login went.
    public enum Outcome: Hashable, Sendable {
        case success(User)
        /// No such user in this store.
        case unknownUser
        /// The account is disabled.
        case disabled
        /// The user has no PIN yet (an admin sets one with `village-board user passwd`).
        case noPin
        /// Wrong PIN; the next try is refused for this many seconds.
        case wrongPin(waitSeconds: Int)
        /// Too soon after a wrong PIN: not checked; try again in this many seconds.
        case mustWait(seconds: Int)
    }

    /// The wait after `failures` wrong tries in a row: none at first, then 1, 2, 4, 8 … seconds, at most 5 minutes.
    public static func delay(afterFailures failures: Int) -> Int {
        failures <= 0 ? 0 : min(300, 1 << min(failures - 1, 9))
    }

    /// Checks `pin` for `id` on `board`. A wrong PIN counts a failure and says how long to wait; a try during that
    /// wait is refused without looking at the PIN; the right PIN clears the count and remembers the user.
    public func attempt(_ id: UserID, pin: String, board: Board, now: Timestamp) -> Outcome {
        attemptUnlocking(id, pin: pin, board: board, now: now).outcome
    }

    /// `attempt`, and on success the user's unsealed signing key (nil when they have none yet): the same scrypt
    /// checks the PIN and opens the key. Give the signer to `Store.signer` so what the user saves is signed.
    public func attemptUnlocking(_ id: UserID, pin: String, board: Board, now: Timestamp) -> (outcome: Outcome, signer: Signer?) {
        // Tries on this laptop queue behind one lock, so twenty at once are counted one after another: the second
        // finds the first's wait instead of having its PIN checked too.
        TriesLock(path: triesFile + ".lock", folder: configFolder).holding {
            attemptHoldingLock(id, pin: pin, board: board, now: now)
        }
    }

    private func attemptHoldingLock(_ id: UserID, pin: String, board: Board, now: Timestamp) -> (outcome: Outcome, signer: Signer?) {
        guard let user = board.user(id) else { return (.unknownUser, nil) }
        if user.disabled { return (.disabled, nil) }
        guard user.pin != nil else { return (.noPin, nil) }
        var tries = readTries()
        let record = tries[id.raw] ?? Tries(failures: 0, last: now)
        let wait = Self.secondsLeft(record, now: now)
        if wait > 0 { return (.mustWait(seconds: wait), nil) }
        guard case .unlocked(let signer) = PinHasher.unlock(pin, user: user) else {
            let failed = Tries(failures: record.failures + 1, last: now)
            tries[id.raw] = failed
            writeTries(tries)
            return (.wrongPin(waitSeconds: Self.delay(afterFailures: failed.failures)), nil)
        }
        if tries.removeValue(forKey: id.raw) != nil { writeTries(tries) }
        remember(id)
        return (.success(user), signer)
    }

    /// Seconds before `id` may try again (0 when they may now).
    public func secondsToWait(_ id: UserID, now: Timestamp) -> Int {
        readTries()[id.raw].map { Self.secondsLeft($0, now: now) } ?? 0
    }

    /// How many wrong tries in a row `id` has on this laptop.
    public func failures(_ id: UserID) -> Int { readTries()[id.raw]?.failures ?? 0 }

    static func secondsLeft(_ t: Tries, now: Timestamp) -> Int {
        let until = t.last.millisecondsSinceEpoch + Int64(delay(afterFailures: t.failures)) * 1000
        let left = until - now.millisecondsSinceEpoch
        return left <= 0 ? 0 : Int((left + 999) / 1000)
    }

    // MARK: The user last logged in

    /// The user last logged in on this laptop, if any.
    public func lastUser() -> UserID? {
        guard let bytes = try? FileIO.readWholeFileIfExists(lastUserFile) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
        return text.isEmpty ? nil : UserID(text)
    }

    /// Remembers `id` as the user to offer first next time (best effort: a read-only config folder only loses this).
    public func remember(_ id: UserID) {
        _ = try? FileIO.createFolder(configFolder)
        try? FileIO.replaceAtomically(lastUserFile, with: Array((id.raw + "\n").utf8))
    }

    // MARK: The tries file

    /// One user's wrong tries in a row and when the last one was.
    struct Tries: Hashable {
        var failures: Int
        var last: Timestamp
    }

    func readTries() -> [String: Tries] {
        guard let bytes = try? FileIO.readWholeFileIfExists(triesFile), !bytes.isEmpty else { return [:] }
        let decoded = try? JSONScanner.decode(bytes) { (s: inout JSONScanner) throws(JSONError) -> [String: Tries] in
            var out: [String: Tries] = [:]
            try s.beginObject()
            while let key = try s.nextKey() {
                switch key {
                case "users": break
                default: try s.skipValue(); continue
                }
                try s.beginObject()
                while let user = try s.nextKey() {
                    let name = user.string
                    var failures = 0, last = Timestamp(millisecondsSinceEpoch: 0)
                    try s.beginObject()
                    while let field = try s.nextKey() {
                        switch field {
                        case "failures": failures = try s.readInt()
                        case "last": last = try s.readTimestamp()
                        default: try s.skipValue()
                        }
                    }
                    out[name] = Tries(failures: failures, last: last)
                }
            }
            return out
        }
        // A damaged file must not lock anyone out for ever, nor let anyone skip the wait: read what can be read.
        return decoded ?? [:]
    }

    func writeTries(_ tries: [String: Tries]) {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("users")
        w.beginObject()
        for (name, t) in tries.sorted(by: { $0.key < $1.key }) {
            w.key(name)
            w.beginObject()
            w.field("failures", t.failures)
            w.field("last", t.last.iso)
            w.endObject()
        }
        w.endObject()
        w.endObject()
        w.newline()
        _ = try? FileIO.createFolder(configFolder)
        try? FileIO.replaceAtomically(triesFile, with: w.bytes)
    }
}

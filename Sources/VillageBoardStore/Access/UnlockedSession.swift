#if canImport(Glibc)
import Glibc
#endif
import Crypto
import VillageBoardCore

/// An unlocked session, as `sudo` and `ssh-agent` keep one: `village-board unlock` checks a user's PIN once and leaves
/// their opened signing key in an owner-only file outside the store, so later commands by that user on this laptop
/// and this store sign without asking for the PIN — until 15 minutes pass without one, or `village-board lock`.
///
/// The file lives in `$XDG_RUNTIME_DIR/village-board` (a per-login memory folder, gone at logout), else in the config
/// folder's `sessions`, both 0700. It names the user, the laptop and the store (its real path and the folder's
/// device and inode numbers), and the key is sealed under a key derived from those and a random salt: a session
/// does nothing for another user, another laptop's device name, or a copy of the store (a copy is another folder).
/// What protects it is the file's permissions: whoever can read files as this OS user can use a live session, as
/// with `sudo`'s timestamp — docs/STORE.md says so.
public enum UnlockedSession {
    /// How long a session lasts without being used.
    public static let idleLimitMilliseconds: Int64 = 15 * 60 * 1000

    /// Who, where: what a session is bound to.
    struct Binding: Equatable {
        var user: UserID
        var device: DeviceID
        var store: String
        var folderID: String

        init?(user: UserID, device: DeviceID, storePath: String) {
            guard let real = realpath(storePath, nil) else { return nil }
            defer { free(real) }
            let path = String(cString: real)
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.user = user
            self.device = device
            self.store = path
            self.folderID = "\(info.st_dev):\(info.st_ino)"
        }

        var identity: [UInt8] { Array("\(user.raw)\n\(device.raw)\n\(store)\n\(folderID)\n\(getuid())".utf8) }
        var fileName: String { Hex.encode(Array(SHA256.hash(data: identity)).prefix(16)) + ".session" }

        func sealKey(salt: [UInt8]) -> [UInt8] { Array(SHA256.hash(data: salt + identity)) }
    }

    /// The folder sessions are kept in.
    static func folder(_ locations: Locations) -> String {
        if let runtime = locations.environment["XDG_RUNTIME_DIR"], !runtime.isEmpty, FileIO.isFolder(runtime) {
            return runtime + "/village-board"
        }
        return locations.configFolder + "/sessions"
    }

    /// Starts (or renews) a session for `signer` on the store at `storePath`.
    public static func start(_ signer: Signer, storePath: String, device: DeviceID, locations: Locations,
                             now: Timestamp) throws(StoreError) {
        guard let binding = Binding(user: signer.user, device: device, storePath: storePath) else {
            throw .notAStore(path: storePath)
        }
        var rng = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        guard let sealed = KeySeal.seal(signer.privateKeyBytes, with: binding.sealKey(salt: salt)) else {
            throw .readOnly(reason: .sessionNotSealed)
        }
        try write(Record(binding: binding, salt: salt, sealed: sealed, lastUsed: now), locations: locations)
    }

    /// The signer of `user`'s live session on this store and laptop, renewing it; nil when there is none, it has been
    /// idle too long (it is then removed), or it no longer matches the user's key (their PIN was changed).
    public static func resume(_ user: User, storePath: String, device: DeviceID, locations: Locations,
                              now: Timestamp) -> Signer? {
        guard let binding = Binding(user: user.id, device: device, storePath: storePath) else { return nil }
        let file = folder(locations) + "/" + binding.fileName
        guard let bytes = try? FileIO.readWholeFileIfExists(file), let record = Record.decode(bytes),
              record.binding == binding else { return nil }
        guard now.millisecondsSinceEpoch - record.lastUsed.millisecondsSinceEpoch <= idleLimitMilliseconds,
              record.lastUsed.millisecondsSinceEpoch <= now.millisecondsSinceEpoch + 60_000 else {
            try? FileIO.removeFile(file)
            return nil
        }
        guard let key = KeySeal.open(record.sealed, with: binding.sealKey(salt: record.salt)),
              let signer = Signer(user: user.id, privateKeyBytes: key), signer.publicKey == user.publicKey else { return nil }
        var renewed = record
        renewed.lastUsed = now
        try? write(renewed, locations: locations)
        return signer
    }

    /// Ends `user`'s session (every user's when nil) on this store and laptop; how many were ended.
    @discardableResult
    public static func end(_ user: UserID?, storePath: String, device: DeviceID, locations: Locations) -> Int {
        let dir = folder(locations)
        var ended = 0
        for name in (try? FileIO.listFolder(dir)) ?? [] where name.hasSuffix(".session") {
            guard let bytes = try? FileIO.readWholeFileIfExists(dir + "/" + name), let record = Record.decode(bytes),
                  user.map({ $0 == record.binding.user }) ?? true,
                  let binding = Binding(user: record.binding.user, device: device, storePath: storePath),
                  record.binding == binding else { continue }
            if (try? FileIO.removeFile(dir + "/" + name)) != nil { ended += 1 }
        }
        return ended
    }

    static func write(_ record: Record, locations: Locations) throws(StoreError) {
        let dir = folder(locations)
        try StoreError.onFiles { () throws(FileError) in
            _ = try FileIO.createFolder(dir)
            try FileIO.replaceAtomically(dir + "/" + record.binding.fileName, with: record.encoded())
        }
    }

    /// One session file: `{"user":…,"device":…,"store":…,"folder":…,"salt":…,"sealed":…,"used":…}`.
    struct Record {
        var binding: Binding
        var salt: [UInt8]
        var sealed: [UInt8]
        var lastUsed: Timestamp

        func encoded() -> [UInt8] {
            var w = JSONWriter()
            w.beginObject()
            w.field("user", binding.user.raw)
            w.field("device", binding.device.raw)
            w.field("store", binding.store)
            w.field("folder", binding.folderID)
            w.field("salt", Hex.encode(salt))
            w.field("sealed", Hex.encode(sealed))
            w.field("used", lastUsed.iso)
            w.endObject()
            w.newline()
            return w.bytes
        }

        static func decode(_ bytes: [UInt8]) -> Record? {
            var fields: [String: String] = [:]
            do {
                // A torn (unterminated) file is no session.
                let torn = try JSONLines.read(bytes) { (s: inout JSONScanner) throws in
                    try s.beginObject()
                    while let key = try s.nextKey() { fields[key.string] = try s.readString() }
                }
                guard torn == nil else { return nil }
            } catch {
                return nil
            }
            guard let user = fields["user"], let device = fields["device"], let store = fields["store"],
                  let folder = fields["folder"], let salt = fields["salt"].flatMap({ Hex.decode($0) }),
                  let sealed = fields["sealed"].flatMap({ Hex.decode($0) }),
                  let used = fields["used"].flatMap({ Timestamp(iso: $0) }) else { return nil }
            var binding = Binding(user: UserID(user), device: DeviceID(device), store: store, folderID: folder)
            return Record(binding: binding, salt: salt, sealed: sealed, lastUsed: used)
        }
    }
}

extension UnlockedSession.Binding {
    init(user: UserID, device: DeviceID, store: String, folderID: String) {
        self.user = user
        self.device = device
        self.store = store
        self.folderID = folderID
    }
}

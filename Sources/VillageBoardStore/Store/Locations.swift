#if canImport(Glibc)
import Glibc
#endif
import VillageBoardCore

/// Where things live on this laptop: the default store, the laptop's device name, the user's config folder.
public struct Locations: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    private var home: String { environment["HOME"] ?? "." }

    /// `$XDG_DATA_HOME/village-board` (default `~/.local/share/village-board`).
    public var dataFolder: String {
        (environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share") + "/village-board"
    }

    /// `$XDG_CONFIG_HOME/village-board` (default `~/.config/village-board`).
    public var configFolder: String {
        (environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config") + "/village-board"
    }

    /// The store to open: `--store`, else `$VILLAGE_BOARD_STORE`, else the data folder's `store`.
    public func store(option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["VILLAGE_BOARD_STORE"], !env.isEmpty { return env }
        return dataFolder + "/store"
    }

    /// This laptop's name in journals: `$VILLAGE_BOARD_DEVICE`, else the one remembered in the config folder,
    /// else a new one (host name + random suffix) written there once. Copying a store folder to another laptop
    /// does not copy this, so two laptops never append to the same journal.
    public func device() throws(StoreError) -> DeviceID {
        if let env = environment["VILLAGE_BOARD_DEVICE"], !env.isEmpty {
            let id = DeviceID(env)
            guard id.isValid else {
                throw .malformed(JSONError(kind: .unexpectedValue, file: "VILLAGE_BOARD_DEVICE", line: 1, column: 1,
                                           offset: 0, path: [], expected: "letters, digits, '-', '_' or '.'", found: env))
            }
            return id
        }
        let file = configFolder + "/device"
        do {
            if let bytes = try FileIO.readWholeFileIfExists(file) {
                let id = DeviceID(String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace })
                if id.isValid { return id }
            }
            let id = Locations.newDeviceID()
            try FileIO.createFolder(configFolder)
            try FileIO.replaceAtomically(file, with: Array((id.raw + "\n").utf8))
            return id
        } catch {
            throw .file(error)
        }
    }

    static func newDeviceID() -> DeviceID {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, 255)
        let host = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" }
        var rng = SystemRandomNumberGenerator()
        let suffix = String(UInt32.random(in: 0...UInt32.max, using: &rng), radix: 16)
        let base = String(host.prefix(40))
        return DeviceID((base.isEmpty ? "laptop" : base) + "-" + suffix)
    }
}

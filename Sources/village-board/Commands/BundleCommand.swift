import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// `village-board bundle --out FILE [--since …]`: one sealed file of operations to carry to another office.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: HelpText.text("help.bundle.1"),
        discussion: HelpText.text("help.bundle.2"))

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(HelpText.text("help.bundle.3"))) var out: String
    @Option(help: ArgumentHelp(HelpText.text("help.bundle.4"))) var since: String?
    @Flag(help: ArgumentHelp(HelpText.text("help.bundle.5"))) var withBase = false
    @Flag(help: ArgumentHelp(HelpText.text("help.bundle.6"))) var withoutEvidence = false
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.bundle.7")))
    var user: String?
    @Option(help: ArgumentHelp(HelpText.text("help.bundle.8"))) var pin: String?

    static func parseSince(_ text: String?) throws -> Sync.Since {
        guard let text, !text.isEmpty else { return .everything }
        if let day = Day(iso: text) { return .day(day) }
        var marks: [DeviceID: Int] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let seq = Int(pair[1]), seq >= 0, DeviceID(String(pair[0])).isValid else {
                throw CommandFailure("cli.bundle.since", text)
            }
            marks[DeviceID(String(pair[0]))] = seq
        }
        return .sequences(marks)
    }

    /// The user's opened signing key, after their PIN (or unlocked session) is checked on a read of users only.
    static func signer(_ id: String, pin: String?, options: StoreOptions) throws -> Signer {
        let store = try options.open(readOnly: true, focus: [])
        defer { store.close() }
        _ = try PinAuth.authenticate(id, pin: pin, store: store, locations: options.locations)
        guard let signer = store.signer else { throw CommandFailure("cli.pin.noPin", id) }
        return signer
    }

    func run() throws {
        try reporting(options.language, progress: "cli.progress.bundling") {
            let path = options.path
            guard FileManager.default.fileExists(atPath: path + "/store.json") else { throw CommandFailure("cli.noStoreAt", path) }
            let from = try Self.parseSince(since)
            // The PIN first: a wrong one writes no file.
            let signer = try user.map { try Self.signer($0, pin: pin, options: options) }
            do {
                let bundle = try Sync.bundle(ofStore: path, device: try options.locations.device(), since: from,
                                             includeBase: withBase, withEvidence: !withoutEvidence, now: Clock.now())
                let bytes = bundle.encoded(signedBy: signer)
                try ExportFile.write(bytes, to: out)
                let count = bundle.pieces.reduce(0) { $0 + $1.lines.count }
                let text = Catalog(options.language)
                print(text(bundle.base == nil ? "cli.bundle.wrote" : "cli.bundle.wroteWithBase", out, count, bundle.pieces.count,
                           bytes.count))
                if !bundle.evidence.isEmpty { print(text("cli.bundle.files", bundle.evidence.count)) }
                if let signer { print(text("seal.signedBy", signer.user)) } else { print(text("seal.unsignedMade")) }
                for a in bundle.evidenceLeftOut {
                    FileHandle.standardError.write(Data((text("cli.error", text("cli.bundle.fileLeftOut", a.name, a.hash.prefix(8)))
                        .visibleControls() + "\n").utf8))
                }
            } catch {
                throw CommandFailure(error)
            }
        }
    }
}

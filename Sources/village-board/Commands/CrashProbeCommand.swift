import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore

/// `village-board crash-probe` (hidden): saves changes in a loop and prints each sequence number once it is
/// saved, so a test can kill it at any moment and check that everything it reported survived.
struct CrashProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-probe", abstract: HelpText.text("help.crashProbe.1"),
        shouldDisplay: false)

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(HelpText.text("help.crashProbe.2"))) var count = 1000
    @Option(name: .customLong("as"), help: ArgumentHelp(HelpText.text("help.crashProbe.3"))) var user: String
    @Option(help: ArgumentHelp(HelpText.text("help.crashProbe.4")))
    var attachFrom: String?

    func run() throws {
        try reporting(options.language) {
            let store = try options.open()
            defer { store.close() }
            guard store.access == .writer else { throw CommandFailure(probe: "the store is locked") }
            let author = UserID(user)
            // The probe's author signs like anyone else: on demo stores with the demo user's key, made without scrypt so
            // the probe starts as fast as before.
            store.signer = Signer(user: author, privateKeyBytes: DemoPin.signingKey(for: author))
            guard !store.board.households.isEmpty else { throw CommandFailure(probe: "the store has no households") }
            if let attachFrom { return try attachLoop(store, author: author, folder: attachFrom) }
            for i in 0..<count {
                let h = store.board.households[i % store.board.households.count]
                let item = ChecklistItem.allCases[i % ChecklistItem.allCases.count]
                let to = ItemCheck(state: i % 2 == 0 ? .met : .notMet, note: "probe \(i)", checkedBy: author,
                                   checkedOn: store.board.today)
                do {
                    let op = try store.save(.setCheck(h.id, item, from: h.checklist[item], to: to), author: author, at: Clock.now(for: store))
                    // Unbuffered: the line is out before the next save starts.
                    FileHandle.standardOutput.write(Data("saved \(op.id.sequence)\n".utf8))
                } catch {
                    throw CommandFailure(error)
                }
            }
        }
    }

    /// Attaches a new 2 MB photo to a household's housing item in a loop, printing "attached HASH" after each save, so
    /// a test can kill it mid-copy and check that every attachment names a whole file (EvidenceCrashTests).
    private func attachLoop(_ store: Store, author: UserID, folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = [UInt8](repeating: 0x5A, count: 2 * 1024 * 1024)
        bytes.replaceSubrange(0..<4, with: [0xFF, 0xD8, 0xFF, 0xE0])
        let start = store.board.attachments.count
        for i in 0..<count {
            let n = start + i
            withUnsafeBytes(of: UInt64(n).littleEndian) { bytes.replaceSubrange(4..<12, with: $0) }
            let file = folder + "/photo-\(n).jpg"
            FileManager.default.createFile(atPath: file, contents: Data(bytes))
            let h = store.board.households[n % store.board.households.count]
            do {
                let op = try store.attach(fileAt: file, to: .check(h.id, .housing), author: author, at: Clock.now(for: store))
                if case .attachEvidence(let a) = op.change {
                    FileHandle.standardOutput.write(Data("attached \(a.hash)\n".utf8))
                }
            } catch {
                throw CommandFailure(error)
            }
        }
    }
}

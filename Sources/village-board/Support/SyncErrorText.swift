import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// Why a merge or an import was refused, in the user's language (the bundle's own messages stay as they are).
extension Catalog {
    func describe(_ error: SyncError) -> String {
        switch error {
        case .notFound(let path): self("cli.sync.notFound", path)
        case .malformed(let file, let line, let message): self("cli.sync.malformed", file, line, message)
        case .wrongDevice(let file, let line, let expected, let found): self("cli.sync.wrongDevice", file, line, expected, found)
        case .sequenceGap(let file, let line, let expected, let found): self("cli.sync.sequenceGap", file, line, expected, found)
        case .divergent(let device, let sequence): self("cli.sync.divergent", device, sequence)
        case .missingLines(let device, let have, let starts): self("cli.sync.missingLines", device, have, starts)
        case .ownJournalAhead(let device, let have, let found): self("cli.sync.ownAhead", device, have, found)
        case .differentBase: self("cli.sync.differentBase")
        case .bundle(let message): message
        case .forgedSeal(let file, let signer): self("seal.forged", file, signer)
        case .unprovenBundle(let file, let signer):
            self("seal.unproven", file, signer.map { self("seal.unprovenUnknown", $0) } ?? self("seal.unprovenUnsigned"))
        case .store(let error): describe(error)
        case .file(let error): describe(error)
        }
    }

    func describe(_ failure: ImportFailure) -> String {
        switch failure {
        case .unreadable(let why): why
        case .noHeader: self("cli.import.noHeader")
        case .missingColumns(let names):
            self(names.count == 1 ? "cli.import.missingColumn" : "cli.import.missingColumns", names.joined(separator: ", "))
        }
    }
}

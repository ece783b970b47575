import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText

/// The store's errors and notices in the user's language (the store itself words them in English for logs and tests).
/// What the system or a file says (strerror, a malformed line's details, a refusal kept in a journal) stays as it is.
extension Catalog {
    /// Any error a command meets: the store's, the files', the board's in words; others as they describe themselves.
    func describe(anyError error: any Error) -> String {
        switch error {
        case let e as StoreError: describe(e)
        case let e as FileError: describe(e)
        case let e as BoardError: describe(e)
        case let e as PinHasher.Problem: describe(e)
        case let e as SyncError: describe(e)
        case let e as ImportFailure: describe(e)
        case let e as EvidenceError: describe(e)
        case let e as EvidenceRefusal: describe(e)
        case let e as JSONError: describe(e)
        default: "\(error)"
        }
    }

    func describe(_ error: EvidenceError) -> String {
        switch error {
        case .refused(let why): describe(why)
        case .unreadable(let e): self("cli.evidence.unreadable", describe(e))
        case .notAFile(let path): self("cli.evidence.notAFile", path)
        case .store(let e): describe(e)
        }
    }

    func describe(_ problem: PinHasher.Problem) -> String {
        switch problem {
        case .notDigits: self("cli.pin.notDigits")
        case .wrongLength(let n): self("cli.pin.length", PinHasher.lengths.lowerBound, PinHasher.lengths.upperBound, n)
        case .derivationFailed(let why): self("cli.pin.hashFailed", why)
        case .tooShortForRole(let minimum): self("cli.pin.tooShort", minimum)
        case .trivial: self("cli.pin.trivial")
        }
    }

    func describe(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case .asked: self("cli.readOnly.asked")
        case .media: self("cli.readOnly.media")
        case .locked: self("cli.readOnly.locked")
        case .focused(let tasks): self("cli.readOnly.focused", tasks.map(\.raw).sorted().joined(separator: self("hh.listSeparator")))
        case .compactionNeedsWriter: self("cli.readOnly.compactionNeedsWriter")
        case .compactionNeedsWhole: self("cli.readOnly.compactionNeedsWhole")
        case .sessionNotSealed: self("cli.readOnly.sessionNotSealed")
        }
    }

    func describe(_ error: StoreError) -> String {
        switch error {
        case .notAStore(let path): self("cli.store.notAStore", path)
        case .alreadyExists(let path): self("cli.store.alreadyExists", path)
        case .newerFormat(let path, let found, let supported): self("cli.store.newerFormat", path, found, supported)
        case .malformed(let error): self("cli.store.malformed", describe(error))
        case .sequenceGap(let file, let line, let expected, let found):
            self("cli.store.sequenceGap", file, line, expected, found)
        case .wrongDevice(let file, let line, let expected, let found):
            self("cli.store.wrongDevice", file, line, expected, found)
        case .file(let error): describe(error)
        case .refused(let error): describe(error)
        case .readOnly(let reason): self("cli.store.readOnly", describe(reason))
        case .unsigned(let author): self("cli.store.unsigned", author)
        case .overlappingBatch: self("cli.store.overlappingBatch")
        }
    }

    func describe(_ error: FileError) -> String {
        let action = switch error.operation {
        case .open: self("cli.file.open", error.path)
        case .read: self("cli.file.read", error.path)
        case .write: self("cli.file.write", error.path)
        case .sync: self("cli.file.sync", error.path)
        case .rename: self("cli.file.rename", error.path, error.otherPath ?? "?")
        case .createFolder: self("cli.file.createFolder", error.path)
        case .list: self("cli.file.list", error.path)
        case .remove: self("cli.file.remove", error.path)
        case .lock: self("cli.file.lock", error.path)
        case .inspect: self("cli.file.inspect", error.path)
        case .setPermissions: self("cli.file.setPermissions", error.path)
        case .truncate: self("cli.file.truncate", error.path)
        }
        return self("cli.file.because", action, error.reason, error.code)
    }

    func describe(_ notice: StoreNotice) -> String {
        switch notice {
        case .tornTail(let file, let line, let moved?): self("cli.notice.tornTailMoved", file, line, moved)
        case .tornTail(let file, let line, nil): self("cli.notice.tornTail", file, line)
        case .lockedByAnotherProcess: self("cli.notice.locked")
        case .readOnlyRequested: self("cli.notice.readOnly")
        case .readOnlyMedia: self("cli.notice.readOnlyMedia")
        case .migrated(let from, let to): self("cli.notice.migrated", from, to)
        case .refusedOperation(let file, let line, let reason): self("cli.notice.refused", file, line, describe(reason))
        case .chainBroken(let file, let line, let problem):
            self("cli.notice.chainBroken", file, line, describe(problem))
        case .unsigned(let file, let lines): self("cli.notice.unsigned", file, lines)
        }
    }

    func describe(_ problem: JournalChain.Problem) -> String {
        switch problem {
        case .edited: self("cli.chain.edited")
        case .broken: self("cli.chain.broken")
        case .unchained: self("cli.chain.unchained")
        }
    }
}

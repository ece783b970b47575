import VillageBoardCore

/// Why a file was not attached. Nothing was saved, and no file was left in the store.
public enum EvidenceError: Error, Sendable, CustomStringConvertible {
    /// The file is too large, of a type not taken, empty, or its bytes are not what its name says.
    case refused(EvidenceRefusal)
    /// The file to attach could not be read.
    case unreadable(FileError)
    /// The path names a folder or nothing.
    case notAFile(path: String)
    /// The store refused (the board's rules, the permission table, read-only, the disk).
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let r): "\(r)"
        case .unreadable(let e): e.description
        case .notAFile(let path): "\(path) is not a file"
        case .store(let e): e.description
        }
    }
}

extension Store {
    /// Attaches the file at `source` to `target`: checks it against `rules`, copies it into `evidence/` under its
    /// SHA-256 (whole, durably: temporary file, fsync, rename), and only then saves the `attachEvidence` operation.
    /// A crash before the save leaves at most an unreferenced file; the operation never names a file that is not
    /// whole in the store. `name` is the name recorded (default: the file's own).
    @discardableResult
    public func attach(fileAt source: String, name: String? = nil, to target: EvidenceTarget, author: UserID,
                       at time: Timestamp, rules: EvidenceRules = .standard) throws(EvidenceError) -> Operation {
        try attach(fileAt: source, name: name, to: target, author: author, at: time, rules: rules,
                   beforeRename: { _ throws(FileError) in })
    }

    /// `attach`, with a hook between the synced temporary copy and its rename, so tests can fail there.
    package func attach(fileAt source: String, name: String?, to target: EvidenceTarget, author: UserID, at time: Timestamp,
                        rules: EvidenceRules, beforeRename: (String) throws(FileError) -> Void) throws(EvidenceError) -> Operation {
        let shown = name ?? POSIX.fileName(of: source)
        guard FileIO.exists(source), !FileIO.isFolder(source) else { throw .notAFile(path: source) }
        // Refuse by name and size before reading: a 2 GB video is not read into memory to be refused.
        let size = FileIO.size(source)
        if case .failure(let why) = rules.check(name: shown, size: size, head: []), !isContentOnly(why) { throw .refused(why) }
        let bytes: [UInt8]
        do { bytes = try FileIO.readWholeFile(source) } catch { throw .unreadable(error) }
        let type: EvidenceType
        switch rules.check(name: shown, size: bytes.count, head: Array(bytes.prefix(EvidenceRules.headBytes))) {
        case .success(let t): type = t
        case .failure(let why): throw .refused(why)
        }
        let hash = EvidenceFiles.hash(bytes)
        let attachment = Attachment(hash: hash, name: shown, size: bytes.count, type: type, target: target, by: author,
                                    on: time.day)
        let change = Change.attachEvidence(attachment)
        // The board's and the table's word first, so a refused attachment leaves no file behind.
        if let refusal = refusal(of: change, author: author, at: time) { throw .store(refusal) }
        do {
            try EvidenceFiles.put(bytes, hash: hash, inStore: path, beforeRename: beforeRename)
        } catch {
            throw .store(.file(error))
        }
        do { return try save(change, author: author, at: time) } catch { throw .store(error) }
    }

    private func isContentOnly(_ why: EvidenceRefusal) -> Bool {
        if case .contentMismatch = why { return true }
        return false
    }
}

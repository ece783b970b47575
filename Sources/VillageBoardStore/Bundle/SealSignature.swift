import VillageBoardCore

/// A bundle's seal signed by the user who made it: Ed25519 over the seal line's bytes before `,"sig":` — the SHA-256
/// of the whole bundle and the signer's id — checked against the key the receiving board holds for that user.
public struct SealSignature: Sendable, Equatable {
    public var signer: UserID
    public var signature: [UInt8]
    /// The bytes the signature is over.
    var message: [UInt8]

    /// The seal line up to, not including, `,"sig":` (the whole line when there is none).
    static func signedPart(of line: [UInt8]) -> [UInt8] {
        let marker = Array(",\"sig\":".utf8)
        guard line.count >= marker.count else { return line }
        var i = line.count - marker.count
        while i >= 0 {
            if line[i..<(i + marker.count)].elementsEqual(marker) { return Array(line[..<i]) }
            i -= 1
        }
        return line
    }

    /// Whether `publicKey` made this signature.
    func isValid(by publicKey: [UInt8]) -> Bool {
        message.withUnsafeBufferPointer { SignatureCheck.isValid(signature, of: $0, by: publicKey) }
    }
}

/// What the receiver can say of who made a bundle.
public enum BundleSigner: Sendable, Equatable {
    /// No signature: made by an older program or without `--as`. Its lines are still judged one by one.
    case unsigned
    /// Signed by this user, checked against the key this board holds for them.
    case proven(UserID)
    /// Signed in the name of a user this board holds no key for (not yet here, or without a PIN set by this version):
    /// it cannot be checked here.
    case cannotCheck(UserID)
}

extension SyncBundle {
    /// Judges the seal's signature against `board`'s keys: a signature that the named user's key does not verify is
    /// refused (a forged or altered bundle), and nothing may be merged from it.
    public func signer(judgedBy board: Board, file: String) throws(SyncError) -> BundleSigner {
        guard let seal else { return .unsigned }
        guard let key = board.user(seal.signer)?.publicKey else { return .cannotCheck(seal.signer) }
        guard seal.isValid(by: key) else { throw .forgedSeal(file: file, signer: seal.signer) }
        return .proven(seal.signer)
    }
}

extension SyncBundle {
    /// For a new laptop starting from this bundle: the seal judged against the keys of the base board it carries (the
    /// only board there is). A base that cannot be read for keys leaves the signature unchecked, not trusted.
    public func signerJudgedByItsBase(file: String, today: Day) throws(SyncError) -> BundleSigner {
        guard let base, let seal else { return self.seal.map { .cannotCheck($0.signer) } ?? .unsigned }
        let loaded: Snapshot.Loaded
        do {
            loaded = try base.withUnsafeBufferPointer { (buffer) throws(StoreError) -> Snapshot.Loaded in
                try Snapshot.decode(buffer, file: file, today: today, focus: [])
            }
        } catch {
            return .cannotCheck(seal.signer)
        }
        return try signer(judgedBy: loaded.board, file: file)
    }
}

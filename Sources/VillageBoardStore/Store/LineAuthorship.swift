import VillageBoardCore

/// Whether a journal line proves its author: judged against the author's public key as the board holds it at that
/// point of the merge order, so a key set later never judges lines written before it.
enum LineAuthorship {
    enum Verdict: Equatable {
        /// Signed with the author's key.
        case signed
        /// The author has no key (yet): accepted, and counted as unsigned.
        case unsigned
        /// The author has a key and the line does not carry its signature: forged or edited.
        case refused(LineRefusal)
    }

    static func verdict(_ entry: Journal.Entry, board: Board) -> Verdict {
        guard let key = board.user(entry.op.author)?.publicKey ?? ownKey(entry.op) else { return .unsigned }
        guard let signed = entry.signed else {
            return .refused(.unsignedBySigner(author: entry.op.author))
        }
        let valid = signed.message.withUnsafeBufferPointer { SignatureCheck.isValid(signed.signature, of: $0, by: key) }
        return valid ? .signed : .refused(.badSignature(author: entry.op.author))
    }

    /// The key an account brings with it when it adds itself (an empty store's first admin): that line is judged by
    /// the key it introduces, so it is signed rather than unsigned.
    static func ownKey(_ op: Operation) -> [UInt8]? {
        if case .addUser(let u) = op.change, u.id == op.author { return u.publicKey }
        return nil
    }
}

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
        case refused(String)
    }

    static func verdict(_ entry: Journal.Entry, board: Board) -> Verdict {
        guard let key = board.user(entry.op.author)?.publicKey else { return .unsigned }
        guard let signed = entry.signed else {
            return .refused("unsigned, but \(entry.op.author) signs their operations (forged or edited by hand)")
        }
        let valid = signed.message.withUnsafeBufferPointer { SignatureCheck.isValid(signed.signature, of: $0, by: key) }
        return valid ? .signed : .refused("not signed by \(entry.op.author)'s key (forged or edited by hand)")
    }
}

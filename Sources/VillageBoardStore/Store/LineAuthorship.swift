import Dispatch
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

    /// `checked`: the signature already checked against a key (`checkAhead`), used only when that is the key the
    /// board holds for the author at this point; otherwise the signature is checked here.
    static func verdict(_ entry: Journal.Entry, board: Board, checked: Checked? = nil) -> Verdict {
        guard let key = board.user(entry.op.author)?.publicKey ?? ownKey(entry.op) else { return .unsigned }
        guard let signed = entry.signed else {
            return .refused(.unsignedBySigner(author: entry.op.author))
        }
        let valid = if let checked, checked.key == key {
            checked.valid
        } else {
            signed.message.withUnsafeBufferPointer { SignatureCheck.isValid(signed.signature, of: $0, by: key) }
        }
        return valid ? .signed : .refused(.badSignature(author: entry.op.author))
    }

    /// A signature checked against a key.
    struct Checked {
        var key: [UInt8]
        var valid: Bool
    }

    /// The signed entries' signatures checked on every core against the keys their authors hold on `board` (the
    /// board before they are applied): Ed25519 checks are most of a merge's work. A key that changes between here
    /// and an entry's place in the merge order is caught by `verdict`, which then checks again.
    static func checkAhead(_ entries: [Journal.Entry], board: Board) -> [Checked?] {
        guard entries.count >= 64 else { return Array(repeating: nil, count: entries.count) }
        var out = [Checked?](repeating: nil, count: entries.count)
        let chunks = 8
        nonisolated(unsafe) let (entries, board) = (entries, board)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                // Each worker writes only its own slots.
                for i in (entries.count * c / chunks)..<(entries.count * (c + 1) / chunks) {
                    let entry = entries[i]
                    guard let signed = entry.signed,
                          let key = board.user(entry.op.author)?.publicKey ?? ownKey(entry.op) else { continue }
                    let valid = signed.message.withUnsafeBufferPointer { SignatureCheck.isValid(signed.signature, of: $0, by: key) }
                    results[i] = Checked(key: key, valid: valid)
                }
            }
        }
        return out
    }

    /// The key an account brings with it when it adds itself (an empty store's first admin): that line is judged by
    /// the key it introduces, so it is signed rather than unsigned.
    static func ownKey(_ op: Operation) -> [UInt8]? {
        if case .addUser(let u) = op.change, u.id == op.author { return u.publicKey }
        return nil
    }
}

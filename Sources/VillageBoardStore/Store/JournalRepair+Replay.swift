import VillageBoardCore

extension JournalRepair {
    /// One line of a set-aside file, and what entering it again would do.
    public struct SetAsideLine: Sendable {
        public enum Standing: Sendable, Equatable {
            /// Its author may enter it again now.
            case ready
            /// Entered again already (recorded beside the file).
            case replayed
            /// Not an operation this program can read.
            case unreadable
            /// Another user's: only they can enter it again.
            case otherAuthor(UserID)
            /// It does not carry its author's signature: it was forged or edited, and is not entered again.
            case badSignature(LineRefusal)
        }

        /// The line's number in the set-aside file.
        public var line: Int
        public var operation: Operation?
        public var standing: Standing
    }

    /// Where a set-aside file is: a path as given, else relative to the store (as `repair` prints it).
    public static func locate(_ file: String, inStore path: String) -> String? {
        if FileIO.exists(file) { return file }
        let inside = path + "/" + file
        return FileIO.exists(inside) ? inside : nil
    }

    /// The lines of a set-aside file as `user` would see them, judged against the store's board as it is now.
    public static func setAside(_ filePath: String, for user: UserID, in store: Store) throws(StoreError) -> [SetAsideLine] {
        let bytes = try StoreError.onFiles { () throws(FileError) in try FileIO.readWholeFile(filePath) }
        let done = replayedLines(of: filePath)
        return bytes.withUnsafeBufferPointer { all in
            var out: [SetAsideLine] = []
            for line in JSONLines(all) where !line.bytes.isEmpty {
                var scanner = JSONScanner(line.bytes, firstLine: line.number, firstOffset: line.offset, isLine: true)
                guard let op = try? scanner.readOperation(), (try? scanner.expectEnd()) != nil else {
                    out.append(SetAsideLine(line: line.number, operation: nil, standing: .unreadable))
                    continue
                }
                let standing: SetAsideLine.Standing
                if done.contains(line.number) {
                    standing = .replayed
                } else if op.author != user {
                    standing = .otherAuthor(op.author)
                } else {
                    let signed = JournalChain.signature(of: line.bytes).map { ($0.signature, Array(line.bytes[0..<$0.signedLength])) }
                    let entry = Journal.Entry(op: op, file: filePath, line: line.number, signed: signed)
                    if case .refused(let why) = LineAuthorship.verdict(entry, board: store.board) {
                        standing = .badSignature(why)
                    } else {
                        standing = .ready
                    }
                }
                out.append(SetAsideLine(line: line.number, operation: op, standing: standing))
            }
            return out
        }
    }

    /// Records that these lines of a set-aside file were entered again, so a second run does not enter them twice.
    /// The set-aside file itself is never changed.
    public static func markReplayed(_ lines: [Int], of filePath: String) throws(StoreError) {
        guard !lines.isEmpty else { return }
        let text = lines.map { "\($0)\n" }.joined()
        try StoreError.onFiles { () throws(FileError) in try FileIO.appendDurably(Array(text.utf8), to: filePath + ".replayed") }
    }

    /// The line numbers recorded as entered again.
    static func replayedLines(of filePath: String) -> Set<Int> {
        guard let bytes = try? FileIO.readWholeFileIfExists(filePath + ".replayed") else { return [] }
        return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { Int($0) })
    }
}

import VillageBoardCore

/// A copy that a file-sync engine left beside a file it saw changed on two laptops at once — Syncthing's
/// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT`. In `journal/` it means two laptops wrote one journal: they
/// share a laptop name. The program never reads a copy as a journal and never deletes one; it names each, with the
/// operations in it that the store does not hold, so that nothing is lost unseen (docs/SYNC.md).
public struct SyncConflictCopy: Sendable, Hashable, CustomStringConvertible {
    /// The copy, relative to the store folder: "journal/laptop-a.sync-conflict-20261204-111500-ABCDEFG.jsonl".
    public var file: String
    /// The file it is a copy of: "journal/laptop-a.jsonl".
    public var original: String
    /// The copy's whole lines that the original does not hold, by line number: operations on no board.
    public var linesNotInOriginal: [Int]

    /// True when the copy may hold something the store lacks (a person must look at it).
    public var needsAttention: Bool { !linesNotInOriginal.isEmpty || !original.hasPrefix(Journal.folder + "/") }

    /// The laptop name the copied journal belongs to; nil when the copy is not of a journal.
    public var laptop: String? {
        guard original.hasPrefix(Journal.folder + "/") else { return nil }
        return String(original.dropFirst(Journal.folder.count + 1).dropLast(Journal.suffix.count))
    }

    public var description: String {
        let head = "\(file): a conflict copy that the file-sync engine made of \(original)"
        guard original.hasPrefix(Journal.folder + "/") else {
            return head + "; the program does not read it. Compare it with \(original), then delete it."
        }
        let laptop = String(original.dropFirst(Journal.folder.count + 1).dropLast(Journal.suffix.count))
        let cause = " — two laptops wrote that journal, so they share the laptop name \"\(laptop)\""
        if linesNotInOriginal.isEmpty {
            return head + cause + ". Every line of it is in \(original): nothing is missing; delete the copy, and give one "
                + "laptop its own name (VILLAGE_BOARD_DEVICE)."
        }
        let count = linesNotInOriginal.count
        let lines = linesNotInOriginal.prefix(10).map(String.init).joined(separator: ", ")
            + (count > 10 ? ", …" : "")
        return head + cause + ". \(count) operation\(count == 1 ? "" : "s") in it (line\(count == 1 ? "" : "s") \(lines)) "
            + "\(count == 1 ? "is" : "are") on no board. Keep the file; give the other laptop its own name "
            + "(VILLAGE_BOARD_DEVICE) and make \(count == 1 ? "that change" : "those changes") again (docs/SYNC.md)."
    }
}

public enum SyncConflictCopies {
    static let marker = ".sync-conflict-"

    /// True for a file-sync engine's conflict copy ("laptop-a.sync-conflict-20261204-111500-ABCDEFG.jsonl").
    public static func isCopy(_ name: String) -> Bool { name.contains(marker) }

    /// The name of the file a copy was made of: the part before the marker, with the copy's extension.
    static func originalName(of name: String) -> String {
        guard let range = name.range(of: marker) else { return name }
        let rest = name[range.upperBound...]
        let ext = rest.lastIndex(of: ".").map { String(rest[$0...]) } ?? ""
        return String(name[..<range.lowerBound]) + ext
    }

    /// Every conflict copy in the store folder and its `journal/` folder, in name order.
    public static func find(inStore path: String) -> [SyncConflictCopy] {
        var copies: [SyncConflictCopy] = []
        for folder in ["", Journal.folder + "/"] {
            let names = (try? FileIO.listFolder(path + "/" + folder)) ?? []
            for name in names.sorted() where isCopy(name) {
                let file = folder + name, original = folder + originalName(of: name)
                var missing: [Int] = []
                if folder == Journal.folder + "/" {
                    let copyLines = wholeLines((try? FileIO.readWholeFile(path + "/" + file)) ?? [])
                    let held = Set(wholeLines((try? FileIO.readWholeFile(path + "/" + original)) ?? []))
                    missing = copyLines.indices.filter { !held.contains(copyLines[$0]) }.map { $0 + 1 }
                }
                copies.append(SyncConflictCopy(file: file, original: original, linesNotInOriginal: missing))
            }
        }
        return copies
    }

    /// The newline-ended lines of a file (a cut-off last line was never saved).
    static func wholeLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start..<i])
            start = i + 1
        }
        return lines
    }
}

extension Journal {
    /// A laptop's journal, `NAME.jsonl` — not a sync engine's conflict copy of one, which is never read as a journal.
    static func isJournalFile(_ name: String) -> Bool { name.hasSuffix(suffix) && !SyncConflictCopies.isCopy(name) }
}

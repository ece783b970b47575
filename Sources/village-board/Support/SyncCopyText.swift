import VillageBoardStore
import VillageBoardText

/// A file-sync engine's conflict copy, said in the user's language (`SyncConflictCopy.description` is the English
/// for logs and tests).
extension Catalog {
    func describe(_ copy: SyncConflictCopy) -> String {
        guard let laptop = copy.laptop else { return self("syncCopy.notJournal", copy.file, copy.original) }
        if copy.linesNotInOriginal.isEmpty { return self("syncCopy.nothingMissing", copy.file, copy.original, laptop) }
        let count = copy.linesNotInOriginal.count
        let lines = copy.linesNotInOriginal.prefix(10).map(String.init).joined(separator: self("hh.listSeparator"))
            + (count > 10 ? "…" : "")
        return self("syncCopy.linesMissing", copy.file, copy.original, laptop, count, lines)
    }
}

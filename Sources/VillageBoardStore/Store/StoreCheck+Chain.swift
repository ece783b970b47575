import VillageBoardCore

extension StoreCheck {
    /// The first break in one journal's hash chain, naming the line and the laptop; nil when the chain holds.
    static func chainProblem(path: String, file: String) -> Problem? {
        guard let bytes = try? FileIO.readWholeFile(path + "/" + file) else { return nil }
        guard let broken = JournalChain.verify(bytes).firstBreak else { return nil }
        return Problem(file: file, line: broken.line, .chainBroken(broken.problem, laptop: laptop(of: file)))
    }

    /// Journals whose first lines carry no hash (written before format 2 chained its lines): told, not a problem.
    public static func unchainedNotes(path: String) -> [Problem] {
        let folder = path + "/" + Journal.folder
        let names = ((try? FileIO.listFolder(folder)) ?? []).filter(Journal.isJournalFile).sorted()
        return names.compactMap { name -> Problem? in
            let file = Journal.folder + "/" + name
            guard let bytes = try? FileIO.readWholeFile(path + "/" + file) else { return nil }
            let v = JournalChain.verify(bytes)
            guard v.unchainedLines > 0, v.firstBreak?.problem != .unchained else { return nil }
            return Problem(file: file, line: nil, .unchained(lines: v.unchainedLines, of: v.lines, laptop: laptop(of: file)))
        }
    }

    /// The laptop a journal file belongs to (its name without `.jsonl`).
    static func laptop(of file: String) -> String {
        String(file.split(separator: "/").last?.dropLast(Journal.suffix.count) ?? "")
    }
}

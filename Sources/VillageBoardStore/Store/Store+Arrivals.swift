import VillageBoardCore

extension Store {
    /// Applies to the open board, in place, the journal lines that arrived since it was read (a merge's appends,
    /// `Sync.merge`), and returns true; or changes nothing and returns false when only reopening the store gives the
    /// right board.
    ///
    /// In place is right when every arrived operation sorts after the last one the board holds (its frontier, the
    /// greatest key applied): the merge order then puts them all after everything applied, so replaying them onto
    /// this board, signatures and conflicts judged as at open, gives the board an open would. That is the common
    /// case — the other laptop's work since the last exchange. It is refused (false) when an arrival sorts before the
    /// frontier (the board must be rebuilt from the base: docs/SYNC.md, "The merge order"), and, to leave the odd cases
    /// to the one path that handles them, when a journal got shorter or was replaced, ends in a torn line, or does not
    /// read.
    func replayArrivals() -> Bool {
        guard access == .writer, focus == nil else { return false }
        let folder = journalFolder
        guard let names = try? FileIO.listFolder(folder) else { return !FileIO.isFolder(folder) }
        var reads: [Journal.Read] = []
        var chains: [(file: String, device: DeviceID, verification: JournalChain.Verification)] = []
        for name in names.sorted() where Journal.isJournalFile(name) {
            let device = DeviceID(String(name.dropLast(Journal.suffix.count)))
            guard device.isValid else { continue }
            let file = Journal.folder + "/" + name
            let end = journalEnds[device] ?? 0
            // Journals the board has read to the end are not read again.
            let size = FileIO.size(path + "/" + file)
            if size == end { continue }
            guard size > end, let bytes = try? FileIO.readWholeFile(path + "/" + file),
                  bytes.count > end, end == 0 || bytes[end - 1] == 0x0A,
                  let read = try? Journal.read(bytes, device: device, file: file, from: end,
                                               after: board.seen[device] ?? 0),
                  read.torn == nil
            else { return false }
            // The whole chain, as an open checks it: a break anywhere is told the same way.
            chains.append((file, device, JournalChain.verify(bytes)))
            reads.append(read)
        }
        if StoreBase.snapshotIsStale(reads, frontier: board.frontier) { return false }

        // From here on this is what an open does with these journals, told the same way.
        for (file, device, verification) in chains {
            notices.removeAll { if case .chainBroken(file, _, _) = $0 { true } else { false } }
            guard let broken = verification.firstBreak else { continue }
            notices.append(.chainBroken(file: file, line: broken.line, problem: broken.problem))
            let mark = UnverifiedChanges.Break(laptop: device.raw, line: broken.line)
            if !unverified.breaks.contains(mark) { unverified.add(mark) }
            for r in reads where r.device == device {
                for entry in r.entries where entry.line >= broken.line { unverified.add(entry.op) }
            }
        }
        let told = live.modify { board in Store.replay(reads, onto: &board, partial: false) }
        for notice in told {
            if case .unsigned(let file, let lines) = notice { unsignedLines[file, default: 0] += lines } else { notices.append(notice) }
        }
        for r in reads { journalEnds[r.device] = r.end }
        return true
    }
}

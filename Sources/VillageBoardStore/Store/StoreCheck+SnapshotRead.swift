import VillageBoardCore

extension StoreCheck {
    /// The snapshot read as opening reads it (on both cores, `Snapshot.decode`), when that finds nothing wrong: the
    /// board, which `run` hands to the open so the snapshot is parsed once, and the facts the line-by-line scan
    /// gathers. Nil when the reading fails — a flaw anywhere, an older format, a household outside the run of
    /// households — and then `scanLines` reads every line on its own and lists each flaw with its line, as before.
    /// A line `scanLines` refuses is refused here too: the same readers, and the open's only add checks.
    static func readWhole(path: String, file: String, today: Day, facts: inout SnapshotFacts) -> Snapshot.Loaded? {
        guard let meta = try? Store.readMeta(inStore: path), meta.format == StoreMeta.currentFormat,
              let mapped = try? MappedFile.mapIfExists(path + "/" + file) else { return nil }
        // An empty first line is a header missing, which the line-by-line scan names.
        guard let first = mapped.bytes.first, first != 0x0A,
              let loaded = try? Snapshot.decode(mapped.bytes, file: file, today: meta.clock ?? today, numbered: true),
              let lines = loaded.householdLines, lines.count == loaded.board.households.count else { return nil }
        facts.covers = loaded.covers
        for unit in loaded.board.units.values { facts.note(unit) }
        facts.firstLine.reserveCapacity(lines.count)
        facts.villages.reserveCapacity(lines.count)
        for (household, line) in zip(loaded.board.households, lines) { facts.note(household, line: line) }
        return loaded
    }
}

import VillageBoardCore

/// What `check` gathers while it reads the snapshot and the journals line by line, for the problems no single line
/// shows: a household recorded twice, a household in a village that is not there, and a header whose `covers`
/// disagrees with the journals (operations would silently go missing from the board).
struct SnapshotFacts {
    var covers: [DeviceID: JournalMark] = [:]
    /// The highest sequence number each laptop's journal holds.
    var journalEnds: [DeviceID: Int] = [:]
    var levels: [DivisionCode: OrgLevel] = [:]
    /// Each household's first line, and every later line that records it again.
    var firstLine: [HouseholdID: Int] = [:]
    var repeats: [(id: HouseholdID, line: Int, first: Int)] = []
    var villages: [(id: HouseholdID, village: DivisionCode, line: Int)] = []

    mutating func note(_ unit: OrgUnit) { levels[unit.code] = unit.level }

    mutating func note(_ h: Household, line: Int) {
        if let first = firstLine[h.id] {
            repeats.append((h.id, line, first))
        } else {
            firstLine[h.id] = line
        }
        villages.append((h.id, h.village, line))
    }

    func problems(file: String) -> [StoreCheck.Problem] {
        var out: [StoreCheck.Problem] = []
        for r in repeats {
            out.append(StoreCheck.Problem(file: file, line: r.line,
                                          message: "household \(r.id) is recorded again (first at line \(r.first)): reports would count it twice"))
        }
        for v in villages {
            switch levels[v.village] {
            case .village?: continue
            case nil:
                out.append(StoreCheck.Problem(file: file, line: v.line, message: "household \(v.id): village \(v.village) does not exist"))
            case let level?:
                out.append(StoreCheck.Problem(file: file, line: v.line,
                                              message: "household \(v.id): \(v.village) is a \(level.rawValue), not a village"))
            }
        }
        return out
    }
}

extension StoreCheck {
    /// The snapshot header's `covers` against each journal: the byte mark must fall at a line end inside the file,
    /// and the line before it must be the operation numbered `seq`.
    static func coversProblems(path: String, facts: SnapshotFacts) -> [Problem] {
        var out: [Problem] = []
        let file = Snapshot.fileName
        for device in facts.covers.keys.sorted() {
            guard let mark = facts.covers[device] else { continue }
            let journal = Journal.folder + "/" + Journal.fileName(for: device)
            func problem(_ what: String) { out.append(Problem(file: file, line: 1, message: "field \"covers.\(device)\": \(what)")) }
            guard let bytes = try? FileIO.readWholeFile(path + "/" + journal) else {
                if mark.sequence > 0 { problem("the snapshot covers \(mark.sequence) operations of \(journal), which is missing") }
                continue
            }
            let last = facts.journalEnds[device] ?? 0
            if mark.sequence > last {
                problem("seq \(mark.sequence) is ahead of \(journal), whose last operation is \(last)")
            }
            if mark.bytes > bytes.count {
                problem("bytes \(mark.bytes) is beyond the end of \(journal) (\(bytes.count) bytes)")
                continue
            }
            guard mark.bytes > 0 else {
                if mark.sequence > 0 { problem("seq \(mark.sequence) with bytes 0") }
                continue
            }
            guard bytes[mark.bytes - 1] == 0x0A else {
                problem("bytes \(mark.bytes) does not fall at the end of a line of \(journal)")
                continue
            }
            // The line that ends at the mark must be the operation numbered `seq`.
            var start = mark.bytes - 1
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            let line = Array(bytes[start..<(mark.bytes - 1)])
            let seq = try? JSONScanner.decode(line) { (s: inout JSONScanner) throws(JSONError) in try s.readOperation().id.sequence }
            if let seq, seq != mark.sequence {
                problem("bytes \(mark.bytes) ends operation \(seq) of \(journal), not \(mark.sequence)")
            }
        }
        return out
    }
}

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
            out.append(StoreCheck.Problem(file: file, line: r.line, .recordedAgain(r.id, firstLine: r.first)))
        }
        for v in villages {
            switch levels[v.village] {
            case .village?: continue
            case nil:
                out.append(StoreCheck.Problem(file: file, line: v.line, .noSuchVillage(v.id, village: v.village)))
            case let level?:
                out.append(StoreCheck.Problem(file: file, line: v.line, .notAVillage(v.id, unit: v.village, level: level)))
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
            func problem(_ what: CheckFinding.CoversMismatch) { out.append(Problem(file: file, line: 1, .covers(device: device, what))) }
            guard let bytes = try? FileIO.readWholeFile(path + "/" + journal) else {
                if mark.sequence > 0 { problem(.journalMissing(sequence: mark.sequence, journal: journal)) }
                continue
            }
            let last = facts.journalEnds[device] ?? 0
            if mark.sequence > last {
                problem(.sequenceAhead(sequence: mark.sequence, journal: journal, last: last))
            }
            if mark.bytes > bytes.count {
                problem(.bytesBeyondEnd(bytes: mark.bytes, journal: journal, size: bytes.count))
                continue
            }
            guard mark.bytes > 0 else {
                if mark.sequence > 0 { problem(.sequenceWithoutBytes(sequence: mark.sequence)) }
                continue
            }
            guard bytes[mark.bytes - 1] == 0x0A else {
                problem(.notAtLineEnd(bytes: mark.bytes, journal: journal))
                continue
            }
            // The line that ends at the mark must be the operation numbered `seq`.
            var start = mark.bytes - 1
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            let line = Array(bytes[start..<(mark.bytes - 1)])
            let seq = try? JSONScanner.decode(line) { (s: inout JSONScanner) throws(JSONError) in try s.readOperation().id.sequence }
            if let seq, seq != mark.sequence {
                problem(.endsOtherOperation(bytes: mark.bytes, journal: journal, found: seq, expected: mark.sequence))
            }
        }
        return out
    }
}

import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// `check`'s findings, refused journal lines and the store reader's JSON errors in the user's language (the store
/// words them in English for logs and tests). Data (file names, ids, quoted values) stays as it is.
extension Catalog {
    /// One problem or note of `check`, with its file and line.
    func describe(_ problem: StoreCheck.Problem) -> String {
        let what = describe(problem.finding)
        return problem.line.map { self("findings.atLine", problem.file, $0, what) } ?? self("findings.atFile", problem.file, what)
    }

    func describe(_ finding: CheckFinding) -> String {
        switch finding {
        case .unreadable: self("findings.unreadable")
        case .cutOffLine: self("findings.cutOffLine")
        case .tornTail: self("findings.tornTail")
        case .malformed(let e): describeWithoutPlace(e)
        case .rule(let e): describe(e)
        case .unreadableLine(let why): self("findings.unreadableLine", why)
        case .sequence(let expected, let found): self("findings.sequence", expected, found)
        case .device(let expected, let found): self("findings.device", expected, found)
        case .recordedAgain(let id, let first): self("findings.recordedAgain", id, first)
        case .noSuchVillage(let id, let village): self("findings.noSuchVillage", id, village)
        case .notAVillage(let id, let unit, let level): self("findings.notAVillage", id, unit, name(level))
        case .covers(let device, let what): self("findings.covers", device, describe(what))
        case .chainBroken(let problem, let laptop): self("findings.chainBroken", describe(problem), laptop)
        case .unchained(let lines, let of, let laptop): self("findings.unchained", lines, of, laptop)
        case .unsigned(let lines): self("findings.unsigned", lines)
        case .refused(let why): self("findings.refused", describe(why))
        case .openFailed(let e): describe(e)
        case .cadreNotUser(let id, let cadre): self("findings.cadreNotUser", id, cadre)
        case .membersShareID(let id): self("findings.membersShareID", id)
        case .breach(let id, let breach): self("findings.breach", id, describe(breach))
        case .taskWithoutHousehold(let task, let id): self("findings.taskWithoutHousehold", task, id)
        case .rollupsDiffer: self("findings.rollupsDiffer")
        case .unmonitoredInRange(let id, let perCapita, let line): self("findings.unmonitoredInRange", id, perCapita, line)
        case .evidenceMissing(let name, let target): self("findings.evidenceMissing", name, describe(target))
        case .evidenceDamaged(let name, let target, let found):
            found.isEmpty ? self("findings.evidenceUnreadable", name, describe(target))
                          : self("findings.evidenceDamaged", name, describe(target), found)
        }
    }

    func describe(_ what: CheckFinding.CoversMismatch) -> String {
        switch what {
        case .journalMissing(let seq, let journal): self("findings.covers.journalMissing", seq, journal)
        case .sequenceAhead(let seq, let journal, let last): self("findings.covers.sequenceAhead", seq, journal, last)
        case .bytesBeyondEnd(let bytes, let journal, let size): self("findings.covers.bytesBeyondEnd", bytes, journal, size)
        case .sequenceWithoutBytes(let seq): self("findings.covers.sequenceWithoutBytes", seq)
        case .notAtLineEnd(let bytes, let journal): self("findings.covers.notAtLineEnd", bytes, journal)
        case .endsOtherOperation(let bytes, let journal, let found, let expected):
            self("findings.covers.endsOtherOperation", bytes, journal, found, expected)
        }
    }

    /// Why a journal line was not applied.
    func describe(_ refusal: LineRefusal) -> String {
        switch refusal {
        case .unsignedBySigner(let author): self("findings.refusal.unsignedBySigner", author)
        case .badSignature(let author): self("findings.refusal.badSignature", author)
        case .board(let e): describe(e)
        }
    }

    func describe(_ breach: StatusBreach) -> String {
        switch breach {
        case .registrationDoesNotFit(let status, let registered):
            registered ? self("findings.breach.registeredButNever", name(status)) : self("findings.breach.notRegistered", name(status))
        case .resolvedWithUnmetItems(let items):
            self("findings.breach.resolvedWithUnmet", items.map { name($0) }.joined(separator: self("hh.listSeparator")))
        case .safetyNetWithoutLabourEliminated: self("findings.breach.safetyNet")
        case .notApplicableNotAllowed(let items):
            self("findings.breach.notApplicable", items.map { name($0) }.joined(separator: self("hh.listSeparator")))
        }
    }

    func describe(_ target: EvidenceTarget) -> String {
        switch target {
        case .check(let h, let item): self("findings.target.check", h, name(item))
        case .task(let t): self("findings.target.task", t)
        case .visit(let h, let n): self("findings.target.visit", h, n + 1)
        }
    }

    /// A stored file that is not the JSON the store expects: where (file, line, column), which field, what was
    /// expected and what was found.
    func describe(_ e: JSONError) -> String {
        self("findings.atFile", self("findings.json.at", e.file ?? "", e.line, e.column), describeWithoutPlace(e))
    }

    /// The same without the place, for a finding that names its file and line already.
    func describeWithoutPlace(_ e: JSONError) -> String {
        let what = self("findings.json.expected", jsonExpected(e.expected), jsonFound(e.found))
        return e.path.isEmpty ? what : self("findings.json.field", e.field, what)
    }
}

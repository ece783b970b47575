import VillageBoardCore

extension JSONWriter {
    /// The village's proposal: the target mark, the democratic review and the notice.
    mutating func write(_ p: ExitProposal) {
        beginObject()
        key("from"); write(p.from)
        key("to"); write(p.target)
        field("reviewedOn", p.reviewedOn)
        optionalField("result", p.reviewResult)
        field("noticeFrom", p.noticeFrom)
        field("noticeUntil", p.noticeUntil)
        optionalField("note", p.note)
        endObject()
    }

    /// A household's pending exit, inside its snapshot record.
    mutating func write(_ c: ExitCase) {
        beginObject()
        key("proposal"); write(c.proposal)
        field("stage", c.stage.rawValue)
        field("proposedBy", c.proposedBy.raw)
        field("proposedOn", c.proposedOn)
        field("reviewedBy", c.reviewedBy)
        endObject()
    }

    /// The fields of the four steps of the exit procedure (the journal line's part after `kind`).
    mutating func writeExitFields(of change: Change) {
        switch change {
        case .proposeExit(let id, let p):
            field("household", id.raw)
            key("proposal"); write(p)
        case .reviewExit(let id, let approve, let note):
            field("household", id.raw)
            field("approve", approve)
            optionalField("note", note)
        case .decideExit(let id, let from, let to, let approve, let note):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
            field("approve", approve)
            optionalField("note", note)
        case .rollBackStatus(let id, let from, let to, let risk, let reason):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
            field("risk", risk.rawValue)
            field("reason", reason)
        default:
            break
        }
    }
}

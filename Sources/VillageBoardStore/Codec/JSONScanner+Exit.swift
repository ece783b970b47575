import VillageBoardCore

extension JSONScanner {
    /// The village's proposal, as `JSONWriter.write(_: ExitProposal)` writes it.
    mutating func readExitProposal() throws(JSONError) -> ExitProposal {
        var from: HouseholdMark?, target: HouseholdMark?, reviewedOn: Day?, noticeFrom: Day?, noticeUntil: Day?
        var result = "", note = ""
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "from": from = try readMark()
            case "to": target = try readMark()
            case "reviewedOn": reviewedOn = try readDay()
            case "result": result = try readString()
            case "noticeFrom": noticeFrom = try readDay()
            case "noticeUntil": noticeUntil = try readDay()
            case "note": note = try readString()
            default: try skipValue()
            }
        }
        guard let from else { throw missingField("from") }
        guard let target else { throw missingField("to") }
        guard let reviewedOn else { throw missingField("reviewedOn") }
        guard let noticeFrom else { throw missingField("noticeFrom") }
        guard let noticeUntil else { throw missingField("noticeUntil") }
        return ExitProposal(from: from, target: target, reviewedOn: reviewedOn, reviewResult: result, noticeFrom: noticeFrom,
                            noticeUntil: noticeUntil, note: note)
    }

    /// A household's pending exit in a snapshot record.
    mutating func readExitCase() throws(JSONError) -> ExitCase {
        var proposal: ExitProposal?, stage: ExitStage?, by: UserID?, on: Day?, reviewedBy: UserID?
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "proposal": proposal = try readExitProposal()
            case "stage": stage = try readEnum(ExitStage.self)
            case "proposedBy": by = try readUser()
            case "proposedOn": on = try readDay()
            case "reviewedBy": reviewedBy = try readOptionalUser()
            default: try skipValue()
            }
        }
        guard let proposal else { throw missingField("proposal") }
        guard let stage else { throw missingField("stage") }
        guard let by else { throw missingField("proposedBy") }
        guard let on else { throw missingField("proposedOn") }
        return ExitCase(proposal: proposal, stage: stage, proposedBy: by, proposedOn: on, reviewedBy: reviewedBy)
    }
}

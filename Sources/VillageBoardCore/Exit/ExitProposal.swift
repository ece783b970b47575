/// What the village puts forward after its democratic review (民主评议): where the household should stand once the
/// county decides, the review's date and result, and the public notice (公示) that followed.
public struct ExitProposal: Hashable, Sendable {
    /// The mark the household stood at when proposed (the decision moves it from here).
    public var from: HouseholdMark
    /// The mark the household takes when the county approves: out (脱贫退出) or risk eliminated (风险消除).
    public var target: HouseholdMark
    /// The day of the democratic review.
    public var reviewedOn: Day
    /// The review's result as the village recorded it (e.g. "38 人参加，同意 36").
    public var reviewResult: String
    /// The public notice's first and last day (typically 7 days).
    public var noticeFrom: Day
    public var noticeUntil: Day
    /// The proposer's note.
    public var note: String

    public init(from: HouseholdMark, target: HouseholdMark, reviewedOn: Day, reviewResult: String, noticeFrom: Day, noticeUntil: Day,
                note: String = "") {
        self.from = from
        self.target = target
        self.reviewedOn = reviewedOn
        self.reviewResult = reviewResult
        self.noticeFrom = noticeFrom
        self.noticeUntil = noticeUntil
        self.note = note
    }

    /// 脱贫退出 or 风险消除, as the status table calls the move.
    public var step: StatusStep { StatusTransition.step(from: from, to: target) }

    /// The dates run in the procedure's order: review, then notice from, then notice until.
    public var datesInOrder: Bool { reviewedOn <= noticeFrom && noticeFrom <= noticeUntil }
}

/// Where a pending exit or risk elimination stands between the village's proposal and the county's decision.
public enum ExitStage: String, CaseIterable, Hashable, Sendable {
    /// 拟退出: proposed by the village, awaiting the township's review (乡镇审核).
    case proposed
    /// 乡镇已审核: approved by the township, awaiting the county's decision (县级审定).
    case reviewed
}

/// A household's pending exit: the proposal, who made it, and how far it has come.
public struct ExitCase: Hashable, Sendable {
    public var proposal: ExitProposal
    public var stage: ExitStage
    public var proposedBy: UserID
    public var proposedOn: Day
    /// The township reviewer, once reviewed.
    public var reviewedBy: UserID?

    public init(proposal: ExitProposal, stage: ExitStage = .proposed, proposedBy: UserID, proposedOn: Day,
                reviewedBy: UserID? = nil) {
        self.proposal = proposal
        self.stage = stage
        self.proposedBy = proposedBy
        self.proposedOn = proposedOn
        self.reviewedBy = reviewedBy
    }

    /// Whether `user` had a hand in the case so far (nobody approves a proposal they made or reviewed).
    public func involves(_ user: UserID) -> Bool { proposedBy == user || reviewedBy == user }
}

import VillageBoardCore

extension Catalog {
    /// Why the board refused a change, in the user's language.
    public func describe(_ error: BoardError) -> String {
        switch error {
        case .alreadyApplied: self("error.alreadyApplied")
        case .unknownUnit(let c): self("error.unknownUnit", c)
        case .unknownParent(let u, let p): self("error.unknownParent", u, p)
        case .notAVillage(let c): self("error.notAVillage", c)
        case .unknownHousehold(let h): self("error.unknownHousehold", h)
        case .duplicateHousehold(let h): self("error.duplicateHousehold", h)
        case .unknownMember(_, let m): self("error.unknownMember", m)
        case .duplicateMember(_, let m): self("error.duplicateMember", m)
        case .unknownTask(let t): self("error.unknownTask", t)
        case .duplicateTask(let t): self("error.duplicateTask", t)
        case .unknownUser(let u): self("error.unknownUser", u)
        case .duplicateUser(let u): self("error.duplicateUser", u)
        case .wrongTaskState(_, let expected, let actual): self("error.wrongTaskState", name(actual), name(expected))
        case .selfVerification: self("error.selfVerification")
        case .reasonRequired: self("error.reasonRequired")
        case .pinPolicyOutOfRange(let role, let m):
            self("error.pinPolicyOutOfRange", name(role), PinPolicy.floor(for: role), PinPolicy.longest, m)
        case .exitBlocked(_, let unmet, let short):
            self("error.exitBlocked", (unmet.map { name($0) } + (short ? [self("error.incomeShort")] : [])).joined(separator: "、"))
        case .noStandard(let y): self("error.noStandard", y)
        case .transitionNotAllowed(_, let from, let to): self("error.transitionNotAllowed", name(from), name(to))
        case .staysMonitored(_, let why): self("error.staysMonitored", self(.reason(why)))
        case .notApplicableNotAllowed(_, let item): self("error.notApplicableNotAllowed", name(item))
        case .targetEvidenceRequired(_, let kind): self("error.targetEvidenceRequired", name(kind))
        case .negativeFigure(_, let kind): self("error.negativeFigure", name(kind))
        case .emptyTitle: self("cli.task.noTitle")
        case .notPermitted(_, let action, let denial):
            self("error.notPermitted", name(action), reason(denial))
        case .exitAlreadyPending: self("error.exitAlreadyPending")
        case .noExitPending: self("error.noExitPending")
        case .wrongExitStage(_, let expected, let actual):
            self("error.wrongExitStage", self(Self.stageKey(actual)), self(Self.stageKey(expected)))
        case .ownExitProposal: self("error.ownExitProposal")
        case .exitDatesOutOfOrder: self("error.exitDatesOutOfOrder")
        case .unknownVisit(_, let n): self("error.unknownVisit", n + 1)
        case .visitDate(_, .future(let d)): self("error.visitFuture", d.iso)
        case .visitDate(_, .beforeRegistration(let d, let r)): self("error.visitBeforeRegistration", d.iso, r.iso)
        case .visitChanged(_, let n): self("error.visitChanged", n + 1)
        case .unknownFinding(_, let n): self("error.unknownFinding", n + 1)
        case .findingAlreadyLookedAt(_, let n): self("error.findingLookedAt", n + 1)
        case .malformedFinding: self("error.malformedFinding")
        case .malformedAttachment(let why): self("error.malformedAttachment", why)
        case .duplicateAttachment: self("error.duplicateAttachment")
        case .duplicateRecheckSample(let id): self("error.duplicateRecheckSample", id)
        case .unknownRecheckSample(let id): self("error.unknownRecheckSample", id)
        case .notInRecheckSample(let id, _): self("error.notInRecheckSample", id)
        case .recheckRefused(_, .itemTwice(let item)): self("error.recheckItemTwice", name(item))
        case .recheckRefused(_, .disagreementWithoutNote(let item)): self("error.recheckNoteRequired", name(item))
        case .malformedRecheck(let why): self("error.malformedRecheck", why)
        }
    }
}

extension Catalog {
    /// 待乡镇审核 / 待县级审定: where a pending exit stands.
    public static func stageKey(_ stage: ExitStage) -> TextKey {
        switch stage {
        case .proposed: "exit.stage.proposed"
        case .reviewed: "exit.stage.reviewed"
        }
    }
}

/// Undo as a new operation: the change that puts back what a user's last change replaced.
/// History is never deleted; the undo is recorded like any other change.
public enum Undo {
    /// The change undoing `user`'s most recent operation made on `device` since the board was opened,
    /// or nil when there is none or it cannot be undone (a task's workflow step is answered by the
    /// workflow itself: a supervisor sends back, and a verification is reopened with a reason).
    /// Undoing twice puts the change back: each undo is itself a change.
    public static func change(undoingLastOf user: UserID, device: DeviceID, on board: Board) -> Change? {
        guard let last = board.log.last(where: { $0.author == user && $0.id.device == device }) else { return nil }
        return inverse(of: last.change, on: board)
    }

    /// The inverse of one change, judged against the board as it is now.
    public static func inverse(of change: Change, on board: Board) -> Change? {
        switch change {
        case .setStatus(let id, let from, let to, _):
            return .setStatus(id, from: to, to: from, reason: "undo")
        case .setCheck(let id, let item, let from, let to):
            return .setCheck(id, item, from: to, to: from)
        case .setIncome(let id, let from, let to):
            return .setIncome(id, from: to, to: from)
        case .setEnrolments(let id, let from, let to):
            return .setEnrolments(id, from: to, to: from)
        case .setCauses(let id, let from, let to):
            return .setCauses(id, from: to, to: from)
        case .setPlan(let id, let from, let to):
            return .setPlan(id, from: to, to: from)
        case .assignCadre(let id, let from, let to, _):
            return .assignCadre(id, from: to, to: from, reason: "undo")
        case .addMember(let id, let m):
            return .removeMember(id, m)
        case .removeMember(let id, let m):
            return .addMember(id, m)
        case .updateMember(let id, let from, let to):
            return .updateMember(id, from: to, to: from)
        case .updateUser(let from, let to):
            return .updateUser(from: to, to: from)
        case .moveMember(let from, let to, let member, let becomes):
            return .moveMember(from: to, to: from, member: becomes, becomes: member)
        case .setVillageTarget(let code, let kind, let from, let to):
            return .setVillageTarget(code, kind, from: to, to: from)
        case .editTask(let id, let from, let to, _):
            return .editTask(id, from: to, to: from, reason: "undo")
        case .setPinPolicy(let from, let to):
            return .setPinPolicy(from: to, to: from)
        case .correctVisit(let id, let n, let from, let to, _):
            // The correction corrected back (a voided visit counts again); history keeps both.
            return .correctVisit(id, visit: n, from: to, to: from, reason: "undo")
        case .addOrgUnit, .registerHousehold, .addVisit, .addTask, .addUser, .setStandard:
            // Adding a place, a household, a visit, a task or an account is never taken back: history keeps it.
            return nil
        case .markTaskDone, .verifyTask, .sendBackTask, .reopenTask, .proposeExit, .reviewExit, .decideExit,
             .rollBackStatus:
            // The workflow answers its own steps (send back, reopen with a reason; an exit is sent back, and a
            // decided one rolled back with a reason and a risk).
            return nil
        case .setPin:
            // A PIN is set again by its owner, never restored to an old hash.
            return nil
        case .drawRecheckSample, .recordRecheck:
            // A 回头看 is a record of what was drawn and found: a wrong finding is re-checked again (the latest counts).
            return nil
        case .recordFinding, .lookAtFinding:
            // What a department said, and that someone looked at it, stay: a second look is a new note, not an undo.
            return nil
        case .attachEvidence:
            // Evidence is never removed (issue 21): a wrong file stays in history, and the right one is attached too.
            return nil
        }
    }
}

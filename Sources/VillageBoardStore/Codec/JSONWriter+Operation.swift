import VillageBoardCore

extension JSONWriter {
    /// One journal line's object (without the newline): id, time, author, kind, then the kind's fields.
    public mutating func write(_ op: Operation) {
        beginObject()
        writeOperationFields(op)
        endObject()
    }

    /// The operation's fields inside an object already begun (a journal line adds its chain fields after them).
    mutating func writeOperationFields(_ op: Operation) {
        field("dev", op.id.device.raw)
        field("seq", op.id.sequence)
        field("time", op.time.iso)
        field("author", op.author.raw)
        field("kind", op.change.kind.rawValue)
        writeFields(of: op.change)
    }

    private mutating func writeFields(of change: Change) {
        switch change {
        case .addOrgUnit(let u):
            key("unit"); write(u)
        case .registerHousehold(let h):
            key("household"); write(h)
        case .setStatus(let id, let from, let to, let reason):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
            optionalField("reason", reason)
        case .setCheck(let id, let item, let from, let to):
            field("household", id.raw)
            field("item", item.key)
            key("from"); write(from)
            key("to"); write(to)
        case .setIncome(let id, let from, let to):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
        case .setEnrolments(let id, let from, let to):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
        case .setCauses(let id, let from, let to):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
        case .setPlan(let id, let from, let to):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
        case .assignCadre(let id, let from, let to, let reason):
            field("household", id.raw)
            field("from", from)
            field("to", to)
            optionalField("reason", reason)
        case .addMember(let id, let m), .removeMember(let id, let m):
            field("household", id.raw)
            key("member"); write(m)
        case .updateMember(let id, let from, let to):
            field("household", id.raw)
            key("from"); write(from)
            key("to"); write(to)
        case .addVisit(let id, let v):
            field("household", id.raw)
            key("visit"); write(v)
        case .recordFinding(let id, let f):
            field("household", id.raw)
            key("finding"); write(f)
        case .drawRecheckSample(let s):
            key("sample"); write(s)
        case .recordRecheck(let r):
            key("recheck"); write(r)
        case .lookAtFinding(let id, let n, let look):
            field("household", id.raw)
            field("number", n + 1)
            key("look"); write(look)
        case .correctVisit(let id, let n, let from, let to, let reason):
            field("household", id.raw)
            // Counted from 1 in the file, as people count visits on the screen and on the command line.
            field("number", n + 1)
            key("from"); write(from)
            key("to"); write(to)
            field("reason", reason)
        case .addTask(let t):
            key("task"); write(t)
        case .markTaskDone(let id, let note):
            field("task", id.raw)
            optionalField("note", note)
        case .editTask(let id, let from, let to, let reason):
            field("task", id.raw)
            key("from"); write(from)
            key("to"); write(to)
            field("reason", reason)
        case .setVillageTarget(let code, let kind, let from, let to):
            field("village", code.description)
            field("target", kind.rawValue)
            key("from"); write(from)
            key("to"); write(to)
        case .verifyTask(let id, let note):
            field("task", id.raw)
            // Only when something was noted, so a verification without a note is written as it always was.
            optionalField("note", note)
        case .sendBackTask(let id, let reason), .reopenTask(let id, let reason):
            field("task", id.raw)
            field("reason", reason)
        case .addUser(let u):
            key("user"); write(u)
        case .updateUser(let from, let to):
            key("from"); write(from)
            key("to"); write(to)
        case .setPin(let id, let from, let to):
            field("user", id.raw)
            if let from { key("from"); write(from) }
            key("to"); write(to)
        case .setStandard(let s):
            key("standard"); write(s)
        case .moveMember(let from, let to, let member, let becomes):
            field("household", from.raw)
            field("into", to.raw)
            key("member"); write(member)
            key("becomes"); write(becomes)
        case .proposeExit, .reviewExit, .decideExit, .rollBackStatus:
            writeExitFields(of: change)
        case .setPinPolicy(let from, let to):
            key("from"); write(from)
            key("to"); write(to)
        case .attachEvidence(let a):
            key("attachment"); write(a)
        }
    }
}

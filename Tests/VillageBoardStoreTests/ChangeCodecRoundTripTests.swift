import Testing
import VillageBoardCore
@testable import VillageBoardStore

/// Every change kind written to a journal line and read back: equal values, and identical bytes when written
/// again. `example(of:)` switches over `ChangeKind` exhaustively, so a new kind does not compile until it has an
/// example here, and then this test fails until the codec reads and writes it.
/// Swift Testing has an `Attachment` of its own.
typealias Attachment = VillageBoardCore.Attachment

@Suite struct ChangeCodecRoundTripTests {
    /// Awkward texts: empty, Chinese, quotes, backslashes, control characters, and characters outside the BMP.
    static let texts = ["", "房屋鉴定D级危房", "say \"hi\" \\ back\\slash", "line\nbreak\ttab\u{1}", "𠀀𪚥 emoji 🏠"]
    static let day = Day(year: 2020, month: 6, day: 30)!
    static let village = DivisionCode("220622103201")!
    static let township = DivisionCode("220622103000")!

    static func text(_ i: Int) -> String { texts[i % texts.count] }

    static func member(_ i: Int) -> Member {
        Member(id: MemberID("m-\(i)-\(text(i))"), name: text(i + 1), relation: Relation.allCases[i % Relation.allCases.count],
               birthYear: i.isMultiple(of: 2) ? 1 : 9999, idNumber: ResidentID("220622198001011234").flatMap { _ in nil }
                   ?? ResidentID(bodyDigits: 22062219800101123),
               health: Health.allCases[i % Health.allCases.count], labour: LabourCapacity.allCases[i % LabourCapacity.allCases.count],
               schooling: Schooling.allCases[i % Schooling.allCases.count], medicalInsured: i.isMultiple(of: 2))
    }

    static let maxIncome = Income(wages: Int.max, business: 0, property: Int.max, transfer: 1, productionCosts: Int.max, year: 2019)

    static func household() -> Household {
        var checks: [ChecklistItem: ItemCheck] = [:]
        for (i, item) in ChecklistItem.allCases.enumerated() {
            checks[item] = ItemCheck(state: ItemState.allCases[i % ItemState.allCases.count], note: text(i),
                                     checkedBy: i.isMultiple(of: 2) ? UserID("张\"林") : nil, checkedOn: i.isMultiple(of: 3) ? day : nil)
        }
        return Household(
            id: HouseholdID("220622103201-0001"), village: village, hamlet: text(3), registered: false,
            mark: HouseholdMark(.edge, riskEliminated: true), identifiedOn: day, riskTypes: RiskType.allCases,
            mainCause: .illness, secondaryCauses: [.disability, .lackOfDrive], members: [member(0), member(1)],
            income: maxIncome, enrolments: Enrolments(dibao: true, tekun: false, pensionInsurance: true, familyDoctor: true),
            checklist: Checklist(checks), plan: plan(),
            cadre: UserID("cadre-1"), cadreHistory: [CadreAssignment(cadre: UserID("cadre-1"), from: day, reason: text(4))],
            visits: [Visit(day: day, by: UserID("cadre-1"), found: text(2), done: text(1))],
            // A pending exit rides in the household's record (a snapshot keeps it).
            exitCase: ExitCase(proposal: ExitProposal(from: HouseholdMark(.edge), target: HouseholdMark(.edge, riskEliminated: true),
                                                      reviewedOn: day, reviewResult: text(3), noticeFrom: day, noticeUntil: day,
                                                      note: text(4)),
                               stage: .reviewed, proposedBy: UserID("村\"1"), proposedOn: day, reviewedBy: UserID("镇")))
    }

    static func plan() -> Plan {
        Plan(needs: text(2), measures: MeasureKind.allCases.enumerated().map { Measure(kind: $1, detail: text($0)) })
    }

    static func user(_ name: String, pin: PinHash?) -> User {
        User(id: UserID("u-\(name)"), name: name, role: .townshipSupervisor, scope: township, disabled: true, pin: pin)
    }

    static let pin = PinHash(kdf: "scrypt", cost: 1 << 15, blockSize: 8, parallelism: 1,
                             salt: Array(0...15), hash: Array(repeating: 0xFF, count: 32),
                             signingKey: SigningKeyRecord(publicKey: Array(repeating: 7, count: 32), sealedPrivateKey: Array(0...59)))

    /// An initial PIN from an imported roster, which its user must change.
    static let initialPin = PinHash(kdf: "scrypt", cost: 1 << 15, blockSize: 8, parallelism: 1, salt: [9], hash: [8],
                                    mustChange: true)

    static func task() -> WorkTask {
        var t = WorkTask(id: TaskID("t-\"1\""), subject: .village(village), title: text(1), owner: UserID("owner"), due: day,
                         state: .verified, createdBy: UserID("maker"), createdOn: day, doneBy: UserID("doer"), doneOn: day,
                         doneNote: text(3), verifiedBy: UserID("checker"), verifiedOn: day, returnReason: text(2),
                         returnedBy: UserID("checker"), sendBacks: Int.max)
        t.verifyNote = text(4)
        // The links a task may carry (issue 13): what it works toward on a household or a village.
        t.item = .housing
        t.target = .collectiveIncome
        return t
    }

    /// One example of each kind, with the awkward values above.
    static func example(of kind: ChangeKind) -> Change {
        let h = HouseholdID("220622103201-0001")
        switch kind {
        case .addOrgUnit:
            // With targets, so the unit record's "targets" is read and written too.
            var unit = OrgUnit(code: village, name: "太平村 \"新\"", level: .village, parent: township,
                               coordinate: Coordinate(latitude: 41.943, longitude: 126.4235), isPoorVillage: true,
                               ruralPopulation: Int.max, deadline: day)
            unit.targets = [.road: VillageTarget(state: .notMet, figure: 0, evidence: text(1)), .clinic: VillageTarget(state: .met)]
            return .addOrgUnit(unit)
        case .registerHousehold: return .registerHousehold(household())
        case .setStatus: return .setStatus(h, from: HouseholdMark(.sudden), to: HouseholdMark(.sudden, riskEliminated: true), reason: text(1))
        case .setCheck:
            return .setCheck(h, .housing, from: ItemCheck(state: .notMet, note: text(1), checkedBy: UserID("a"), checkedOn: day),
                             to: ItemCheck(state: .notApplicable, note: ""))
        case .setIncome: return .setIncome(h, from: Income(), to: maxIncome)
        case .setEnrolments: return .setEnrolments(h, from: Enrolments(), to: Enrolments(dibao: true, tekun: true))
        case .setCauses: return .setCauses(h, from: CauseSet(main: nil), to: CauseSet(main: .lackOfFunds, secondary: PovertyCause.allCases))
        case .setPlan: return .setPlan(h, from: Plan(), to: plan())
        case .assignCadre: return .assignCadre(h, from: nil, to: UserID("新干部"), reason: "")
        case .addMember: return .addMember(h, member(2))
        case .updateMember: return .updateMember(h, from: member(3), to: member(4))
        case .removeMember: return .removeMember(h, member(5))
        case .addVisit: return .addVisit(h, Visit(day: Day(daysSinceEpoch: 0), by: UserID("v"), found: text(4), done: ""))
        case .addTask: return .addTask(task())
        case .markTaskDone: return .markTaskDone(TaskID("t1"), note: text(4))
        case .verifyTask: return .verifyTask(TaskID("任务-1"), note: text(3))
        case .sendBackTask: return .sendBackTask(TaskID("t1"), reason: text(1))
        case .reopenTask: return .reopenTask(TaskID("t1"), reason: text(2))
        case .addUser: return .addUser(user("赵刚", pin: pin))
        case .updateUser: return .updateUser(from: user("a", pin: nil), to: user("b \"q\"", pin: pin))
        case .setPin: return .setPin(UserID("u-1"), from: initialPin, to: pin)
        case .setStandard:
            return .setStandard(YearStandard(year: 2020, incomeLine: 4000, monitoringLine: Int.max, dibaoStandard: 0,
                                             schoolAgeFrom: 0, schoolAgeTo: Int.max, riskEliminationNeedsMonitoringLine: false,
                                             notApplicable: [.housing: .always, .education: .never],
                                             visitDaysWatched: 7, visitDaysStable: Int.max))
        case .moveMember:
            return .moveMember(from: h, to: HouseholdID("户 \"2\" \\"), member: member(6), becomes: member(7))
        case .proposeExit:
            return .proposeExit(h, ExitProposal(from: HouseholdMark(.sudden), target: HouseholdMark(.sudden, riskEliminated: true),
                                                reviewedOn: Day(daysSinceEpoch: 0), reviewResult: text(1), noticeFrom: day,
                                                noticeUntil: day, note: text(2)))
        case .reviewExit: return .reviewExit(h, approve: false, note: text(3))
        case .decideExit:
            return .decideExit(h, from: HouseholdMark(.notOut), to: HouseholdMark(.out), approve: true, note: "")
        case .rollBackStatus:
            return .rollBackStatus(h, from: HouseholdMark(.edge, riskEliminated: true), to: HouseholdMark(.edge),
                                   risk: .unstableEmployment, reason: text(4))
        case .editTask:
            return .editTask(TaskID("t1"), from: TaskTerms(title: text(1), owner: UserID("a"), due: day),
                             to: TaskTerms(title: text(2), owner: UserID("新 \"b\""), due: Day(daysSinceEpoch: 0)), reason: text(3))
        case .setVillageTarget:
            return .setVillageTarget(village, .collectiveIncome, from: VillageTarget(),
                                     to: VillageTarget(state: .met, figure: Int.max, evidence: text(2), checkedBy: UserID("书记"),
                                                       checkedOn: day))
        case .setPinPolicy:
            return .setPinPolicy(from: .standard, to: PinPolicy(minimums: [.admin: 12, .villageCadre: 6, .townshipSupervisor: 6]))
        case .attachEvidence:
            return .attachEvidence(attachment(.check(h, .medical), name: text(4)))
        case .correctVisit:
            // A large visit number, the voided flag and every field changed, so each is read and written.
            return .correctVisit(h, visit: Int.max - 1, from: Visit(day: day, by: UserID("书记"), found: text(1), done: text(2)),
                                 to: Visit(day: Day(daysSinceEpoch: 0), by: UserID("书记"), found: text(3), done: "", voided: true),
                                 reason: text(4))
        case .recordFinding:
            return .recordFinding(h, DepartmentFinding(department: .insurance, says: text(1), foundOn: day))
        case .lookAtFinding:
            return .lookAtFinding(h, finding: 2, look: FindingLook(by: UserID("书记"), on: day, note: text(2)))
        case .drawRecheckSample:
            // The largest seed, a period and stratification, so each field is read and written.
            return .drawRecheckSample(RecheckSample(id: text(2), frame: RecheckFrame(scope: township, period: day...day, stratified: true),
                                                    rule: .percent(100), seed: UInt64.max, households: [h, HouseholdID(text(4))],
                                                    drawnBy: UserID("督导 \"x\""), drawnOn: day))
        case .recordRecheck:
            let findings = ChecklistItem.allCases.enumerated().map { i, item in
                RecheckFinding(item: item, original: ItemState.allCases[i % ItemState.allCases.count],
                               markedBy: i.isMultiple(of: 2) ? UserID("张\"林") : nil, markedOn: i.isMultiple(of: 3) ? day : nil,
                               agrees: i != 1, note: i == 1 ? text(i + 1) : "")
            }
            return .recordRecheck(RecheckRecord(sample: text(1), household: h, village: village,
                                                markSeen: HouseholdMark(.edge, riskEliminated: true), cadre: UserID("干部"),
                                                findings: findings, satisfied: false, shouldMonitor: true, addedAsMissed: true,
                                                by: UserID("督导"), on: day))
        }
    }

    static func attachment(_ target: EvidenceTarget, name: String) -> Attachment {
        Attachment(hash: String(repeating: "0123456789abcdef", count: 4), name: name, size: Int.max, type: .heic,
                   target: target, by: UserID("作者 \"x\""), on: day)
    }

    /// Every target an attachment can have, and the same object as a snapshot record.
    @Test func everyEvidenceTargetRoundTrips() throws {
        let targets: [EvidenceTarget] = [.check(HouseholdID("户 \"1\""), .income), .task(TaskID("t \\ 1")),
                                         .visit(HouseholdID("h-1"), 0), .visit(HouseholdID("h-1"), Int.max)]
        for (i, target) in targets.enumerated() {
            let op = Self.operation(.attachEvidence(Self.attachment(target, name: Self.text(i + 1))), sequence: 1)
            let written = Self.bytes(op)
            #expect(try Self.read(written) == op)
            var w = JSONWriter()
            w.write(Self.attachment(target, name: Self.text(i)), type: "attachment")
            let record = try JSONScanner.decode(w.bytes) { (s: inout JSONScanner) throws(JSONError) in try s.readAttachment() }
            #expect(record == Self.attachment(target, name: Self.text(i)))
        }
    }

    /// A hash that is not one, a negative size, an unknown type or no target: named, never read as something else.
    @Test func aHostileAttachmentIsRefusedByField() throws {
        let good = #""sha256":"\#(String(repeating: "ab", count: 32))","name":"a.jpg","size":1,"ftype":"jpg","task":"t","by":"u","on":"2020-06-30""#
        let bad = [
            good.replacingOccurrences(of: String(repeating: "ab", count: 32), with: "../../etc/passwd"),
            good.replacingOccurrences(of: #""size":1"#, with: #""size":-1"#),
            good.replacingOccurrences(of: #""ftype":"jpg""#, with: #""ftype":"exe""#),
            good.replacingOccurrences(of: #""task":"t","#, with: ""),
        ]
        _ = try JSONScanner.decode(Array(("{" + good + "}").utf8)) { (s: inout JSONScanner) throws(JSONError) in try s.readAttachment() }
        for line in bad {
            #expect(jsonError("{" + line + "}") { (s: inout JSONScanner) throws in _ = try s.readAttachment() } != nil, "\(line)")
        }
    }

    static func operation(_ change: Change, sequence: Int) -> VillageBoardCore.Operation {
        VillageBoardCore.Operation(id: OperationID(device: DeviceID("laptop-a.1_x"), sequence: sequence),
                                   time: Timestamp(day: day, hour: 23, minute: 59, second: 59, millisecond: 999),
                                   author: UserID("作者 \"x\""), change: change)
    }

    static func bytes(_ op: VillageBoardCore.Operation) -> [UInt8] {
        var w = JSONWriter()
        w.write(op)
        return w.bytes
    }

    static func read(_ bytes: [UInt8]) throws -> VillageBoardCore.Operation {
        try JSONScanner.decode(bytes) { (s: inout JSONScanner) throws(JSONError) in try s.readOperation() }
    }

    @Test(arguments: ChangeKind.allCases)
    func everyKindRoundTrips(_ kind: ChangeKind) throws {
        let change = Self.example(of: kind)
        #expect(change.kind == kind)
        for sequence in [1, OperationID.maxSequence] {
            let op = Self.operation(change, sequence: sequence)
            let written = Self.bytes(op)
            let back = try Self.read(written)
            #expect(back == op, "\(kind.rawValue) read back differently: \(String(decoding: written, as: UTF8.self))")
            #expect(Self.bytes(back) == written, "\(kind.rawValue) written again differs")
        }
    }

    @Test func kindNamesAreTheStableNamesInFiles() throws {
        // The raw value is what journals hold: renaming a case would orphan every journal written before.
        #expect(ChangeKind.allCases.count == Set(ChangeKind.allCases.map(\.rawValue)).count)
        for kind in ChangeKind.allCases {
            let text = String(decoding: Self.bytes(Self.operation(Self.example(of: kind), sequence: 1)), as: UTF8.self)
            #expect(text.contains("\"kind\":\"\(kind.rawValue)\""))
        }
    }

    @Test func anUnknownKindIsNamedNeverReadAsAnother() throws {
        let line = #"{"dev":"a","seq":1,"time":"2020-06-30T00:00:00.000Z","author":"x","kind":"mergeHouseholds","standard":{}}"#
        let error = jsonError(line) { (s: inout JSONScanner) throws in _ = try s.readOperation() }
        #expect(error?.found.contains("mergeHouseholds") == true)
        #expect(error?.expected.contains("newer") == true)
        #expect(error?.field == "kind")
    }
}

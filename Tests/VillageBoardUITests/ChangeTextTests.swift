import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// Every change kind has words in the log and in history, in both languages: never the kind's stable name, never a
/// missing key, and in Chinese no English word but the data's. The switch over `ChangeKind` is exhaustive, so a
/// new kind does not compile until it has an example here.
@Suite struct ChangeTextTests {
    static let fixture = HouseholdFixture()
    typealias F = HouseholdFixture

    static func example(of kind: ChangeKind, on board: Board) -> Change {
        let h = F.zhang
        let hh = board.household(h)!
        let secretary = board.user(F.secretary)!
        switch kind {
        case .addOrgUnit:
            return .addOrgUnit(OrgUnit(code: DivisionCode(value: F.township.value + 202)!, name: "新立村", level: .village,
                                       parent: F.township))
        case .registerHousehold:
            var new = hh
            new.id = HouseholdID(F.village.description + "-0099")
            return .registerHousehold(new)
        case .setStatus: return .setStatus(h, from: hh.mark, to: HouseholdMark(.out), reason: "验收合格")
        case .setCheck: return .setCheck(h, .housing, from: hh.checklist[.housing], to: ItemCheck(state: .met, note: "改造完成"))
        case .setIncome: return .setIncome(h, from: hh.income, to: Income(wages: 20_000))
        case .setEnrolments: return .setEnrolments(h, from: hh.enrolments, to: Enrolments(familyDoctor: true))
        case .setCauses:
            return .setCauses(h, from: CauseSet(main: hh.mainCause, secondary: hh.secondaryCauses), to: CauseSet(main: .disability))
        case .setPlan: return .setPlan(h, from: hh.plan, to: Plan(needs: "就业", measures: [Measure(kind: .employment)]))
        case .assignCadre: return .assignCadre(h, from: hh.cadre, to: F.supervisor, reason: "调整")
        case .addMember:
            return .addMember(h, Member(id: MemberID("\(h.raw)-9"), name: "张小红", relation: .daughter, birthYear: 2015))
        case .updateMember:
            var m = hh.members[2]
            m.labour = .partial
            return .updateMember(h, from: hh.members[2], to: m)
        case .removeMember: return .removeMember(h, hh.members[3])
        case .addVisit: return .addVisit(h, Visit(day: F.today, by: F.secretary, found: "正常", done: "宣讲政策"))
        case .addTask:
            return .addTask(WorkTask(id: TaskID("T-9"), subject: .household(h), title: "办理慢病卡", owner: F.secretary,
                                     due: F.today, createdBy: F.supervisor, createdOn: F.today))
        case .markTaskDone: return .markTaskDone(F.renovate, note: "已完成")
        case .verifyTask: return .verifyTask(F.doctor)
        case .sendBackTask: return .sendBackTask(F.doctor, reason: "材料不全")
        case .reopenTask: return .reopenTask(F.doctor, reason: "回头看")
        case .addUser:
            return .addUser(User(id: UserID("u7"), name: "孙干部", role: .villageCadre, scope: F.village))
        case .updateUser:
            var renamed = secretary
            renamed.role = .responsibleCadre
            return .updateUser(from: secretary, to: renamed)
        case .setPin:
            return .setPin(F.secretary, from: nil, to: PinHash(kdf: "scrypt", cost: 16, blockSize: 8, parallelism: 1, salt: [1], hash: [2]))
        case .setStandard:
            return .setStandard(YearStandard(year: 2021, incomeLine: 4100, monitoringLine: 6150, dibaoStandard: 4200))
        case .moveMember:
            var becomes = hh.members[3]
            becomes.id = MemberID("\(F.li.raw)-9")
            becomes.relation = .daughterInLaw
            return .moveMember(from: h, to: F.li, member: hh.members[3], becomes: becomes)
        case .proposeExit:
            return .proposeExit(h, ExitProposal(from: hh.mark, target: HouseholdMark(.out), reviewedOn: F.today,
                                                reviewResult: "同意 30 人", noticeFrom: F.today, noticeUntil: F.today,
                                                note: "材料齐全"))
        case .reviewExit: return .reviewExit(h, approve: false, note: "公示期不足")
        case .decideExit: return .decideExit(h, from: hh.mark, to: HouseholdMark(.out), approve: true, note: "")
        case .rollBackStatus:
            return .rollBackStatus(h, from: HouseholdMark(.out), to: HouseholdMark(.notOut), risk: .illness, reason: "大病返贫")
        case .editTask:
            let terms = board.task(F.renovate)?.terms ?? TaskTerms(title: "危房改造", owner: F.secretary, due: F.today)
            return .editTask(F.renovate, from: terms, to: TaskTerms(title: terms.title, owner: F.supervisor, due: F.today),
                             reason: "延期")
        case .setVillageTarget:
            return .setVillageTarget(F.village, .road, from: VillageTarget(state: .notMet, figure: 3, evidence: "未硬化"),
                                     to: VillageTarget(state: .met, figure: 3, evidence: "已硬化，通客车"))
        case .setPinPolicy:
            return .setPinPolicy(from: .standard, to: PinPolicy(minimums: [.townshipSupervisor: 8]))
        case .attachEvidence:
            return .attachEvidence(VillageBoardCore.Attachment(
                hash: String(repeating: "ab", count: 32), name: "改造后照片", size: 2_345_678, type: .jpg,
                target: .task(F.renovate), by: F.secretary, on: F.today))
        case .correctVisit:
            let v = Visit(day: F.today, by: F.secretary, found: "房屋漏雨", done: "联系危改")
            var to = v
            to.day = F.today.adding(days: -10)
            to.done = "已报危房改造"
            return .correctVisit(h, visit: 0, from: v, to: to, reason: "日期录错")
        case .recordFinding:
            return .recordFinding(h, DepartmentFinding(department: .school, says: "张欣 不在学籍名单", foundOn: F.today))
        case .lookAtFinding:
            return .lookAtFinding(h, finding: 0, look: FindingLook(by: F.secretary, on: F.today, note: "已转学，学籍在县城"))
        case .drawRecheckSample:
            return .drawRecheckSample(RecheckSample(id: "RC1", frame: RecheckFrame(scope: F.township, stratified: true),
                                                    rule: .percent(10), seed: 7, households: [h], drawnBy: F.supervisor,
                                                    drawnOn: F.today))
        case .recordRecheck:
            var findings = RecheckRecord.blankFindings(for: hh)
            findings[1].agrees = false
            findings[1].note = "饮水不稳定"
            return .recordRecheck(RecheckRecord(sample: "RC1", household: h, village: hh.village, markSeen: hh.mark,
                                                cadre: hh.cadre, findings: findings, satisfied: true, shouldMonitor: true,
                                                by: F.supervisor, on: F.today))
        }
    }

    /// An ASCII word of three or more letters: English that should have been a catalogue's ("PIN" is how Chinese
    /// says it too).
    static func englishWords(_ text: String) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 3 && $0 != "PIN" }
    }

    @Test(arguments: ChangeKind.allCases)
    func everyKindIsSaidInBothLanguages(_ kind: ChangeKind) {
        let board = Self.fixture.board
        let change = Self.example(of: kind, on: board)
        #expect(change.kind == kind)
        for language in Language.allCases {
            let ctx = Self.fixture.ctx(language)
            let said = LogText.describe(change, ctx: ctx)
            let subject = LogText.subject(change, board)
            #expect(!said.isEmpty && !said.contains("⟨"), "\(kind) in \(language): \(said)")
            #expect(!said.contains(kind.rawValue), "\(kind) in \(language) names the kind: \(said)")
            #expect(!subject.isEmpty, "\(kind) has no subject")
            if language == .zh {
                #expect(Self.englishWords(said).isEmpty, "\(kind) in Chinese: \(said)")
            }
        }
    }
}

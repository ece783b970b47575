import Testing
import TerminalKit
import VillageBoardCore
import VillageBoardText
@testable import VillageBoardUI

/// The evidence list (issue 21) as 三道湖镇's supervisor sees it: a task's files with name, size, who and when; Enter
/// asks to open the file, `a` asks for a path and attaches it; a household's medical papers are masked for a role
/// that may not see health; the verify prompt counts the files. Snapshots in both languages at 80×24.
@Suite struct EvidenceScreenTests {
    /// A task of 三道湖镇 awaiting verification, about a household.
    static let task: WorkTask = ListsFixture.demo.tasks.first { t in
        guard t.state == .done, case .household = t.subject, let v = ListsFixture.demo.village(of: t) else { return false }
        return ListsFixture.demo.isInside(v, scope: DivisionCode("220622101000")!)
    }!

    static var household: HouseholdID {
        if case .household(let id) = task.subject { return id }
        return HouseholdID("")
    }

    static func attachment(_ target: EvidenceTarget, _ name: String, size: Int, hash: String) -> VillageBoardCore.Attachment {
        VillageBoardCore.Attachment(hash: String(repeating: hash, count: 32), name: name, size: size, type: .jpg,
                                    target: target, by: UserID("admin"), on: ListsFixture.demo.today)
    }

    static let photo = attachment(.task(task.id), "改造后正面.jpg", size: 2_345_678, hash: "ab")
    static let contract = attachment(.task(task.id), "signed-contract-scan-with-a-very-long-name.pdf", size: 812, hash: "cd")
    static let diagnosis = attachment(.check(household, .medical), "诊断证明.jpg", size: 20 * 1024 * 1024, hash: "ef")

    static let board: Board = {
        var b = ListsFixture.demo
        for a in [photo, contract, diagnosis] { b = ListsFixture.applying(.attachEvidence(a), to: b) }
        return b
    }()

    static func app(_ subject: EvidenceScreen.Subject, _ language: Language = .zh, size: Size = Size(width: 80, height: 24)) -> AppModel {
        let ctx = ListsFixture.ctx(language, user: "sandaohu-sup", board: board)
        return AppModel(ctx: ctx, home: HomeScreenSet.make(), first: EvidenceScreen(subject, ctx: ctx), size: size)
    }

    @Test func enterAsksToOpenTheSelectedFile() {
        var app = Self.app(.task(Self.task.id))
        #expect(DemoScreens.press(&app, "Enter") == [.openEvidence(hash: Self.photo.hash)])
        #expect(DemoScreens.press(&app, "j", "Enter") == [.openEvidence(hash: Self.contract.hash)])
    }

    @Test func aHouseholdsMedicalPapersAreMaskedAndNotOpenedForASupervisor() {
        var app = Self.app(.household(Self.household))
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(!frame.contains("诊断证明"), "the name says what the paper is")
        #expect(frame.contains("改造后正面.jpg"))
        // The medical item's file is listed first (checks and visits, then tasks); Enter refuses it, saying why.
        #expect(DemoScreens.press(&app, "Enter").isEmpty)
        #expect(app.status?.text == Catalog(.zh)("evidence.denied.open"))
    }

    @Test func aAttachesATypedPathToTheTask() {
        var app = Self.app(.task(Self.task.id))
        _ = DemoScreens.press(&app, "a")
        #expect(app.prompt?.question == .attachPath(.task(Self.task.id)))
        #expect(ListsFixture.type("/media/usb/合同.pdf", into: &app) == [.attachEvidence(path: "/media/usb/合同.pdf", to: .task(Self.task.id))])
    }

    @Test func theVerifyPromptCountsTheFiles() {
        let ctx = ListsFixture.ctx(.en, user: "sandaohu-sup", board: Self.board)
        var app = ListsFixture.app("3", ctx)
        _ = app.handle(.tab)
        for _ in 0..<400 {
            guard let board = app.top as? TaskBoardScreen, board.selectedTask(app.ctx)?.id != Self.task.id else { break }
            _ = app.handle(.char("j"))
        }
        _ = app.handle(.char("v"))
        #expect(app.prompt?.label.contains("2 attachment(s)") == true, "\(app.prompt?.label ?? "no prompt")")
        let frame = DemoScreens.frame(app, size: Size(width: 80, height: 24)).joined(separator: "\n")
        #expect(frame.contains("2 attachment(s)"))
    }

    @Test func aSmallWindowHolds() {
        for size in [Size(width: 60, height: 16), Size(width: 40, height: 10)] {
            DemoScreens.expectSmallWindowHolds(Self.app(.household(Self.household), size: size), size: size)
        }
    }

    @Test(arguments: Language.allCases)
    func snapshot(language: Language) {
        let size = Size(width: 80, height: 24)
        SnapshotAssertion.check(DemoScreens.frame(Self.app(.household(Self.household), language, size: size), size: size),
                                screen: "Evidence", name: "household-\(language)-80x24")
        SnapshotAssertion.check(DemoScreens.frame(Self.app(.task(Self.task.id), language, size: size), size: size),
                                screen: "Evidence", name: "task-\(language)-80x24")
    }
}

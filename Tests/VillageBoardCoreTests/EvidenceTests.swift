import Testing
@testable import VillageBoardCore

/// Evidence files on the board (issue 21): an attachment is added by `attachEvidence`, found by what it proves, refused
/// when it names nothing or is malformed, never undone; the limits on files are data.
/// Swift Testing has an `Attachment` of its own.
typealias Attachment = VillageBoardCore.Attachment

@Suite struct EvidenceTests {
    static let h = HouseholdID("220622101201-0001")
    static let hash = String(repeating: "0f", count: 32)

    static func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(h.raw)), by: Fixture.admin)
        b.must(.addTask(Fixture.task("t1", about: .household(h))), by: Fixture.admin)
        b.must(.addVisit(h, Visit(day: Fixture.today, by: Fixture.secretary, found: "看了房子")))
        return b
    }

    static func attachment(_ target: EvidenceTarget, hash: String = hash, by: UserID = Fixture.secretary) -> Attachment {
        Attachment(hash: hash, name: "房屋照片.jpg", size: 2_000_000, type: .jpg, target: target, by: by, on: Fixture.today)
    }

    @Test func attachmentsAreFoundByTargetAndHousehold() {
        var b = Self.board()
        let onCheck = Self.attachment(.check(Self.h, .housing))
        let onTask = Self.attachment(.task(TaskID("t1")), hash: String(repeating: "1a", count: 32))
        let onVisit = Self.attachment(.visit(Self.h, 0), hash: String(repeating: "2b", count: 32))
        for a in [onCheck, onTask, onVisit] { b.must(.attachEvidence(a)) }
        #expect(b.attachments(of: .check(Self.h, .housing)) == [onCheck])
        #expect(b.attachmentCount(ofTask: TaskID("t1")) == 1)
        #expect(b.attachments(ofHousehold: Self.h) == [onCheck, onVisit, onTask])
        #expect(b.household(of: .task(TaskID("t1"))) == Self.h)
        // In the household's and the task's history.
        #expect(b.history(ofHousehold: Self.h).contains { $0.change == .attachEvidence(onCheck) })
        #expect(b.history(ofTask: TaskID("t1")).contains { $0.change == .attachEvidence(onTask) })
        // The same file on another target is another attachment.
        b.must(.attachEvidence(Self.attachment(.check(Self.h, .water))))
        #expect(b.attachments.count == 4)
    }

    @Test func refusedAttachmentsChangeNothing() {
        var b = Self.board()
        b.mustRefuse(.attachEvidence(Self.attachment(.task(TaskID("nope")))), .unknownTask(TaskID("nope")))
        b.mustRefuse(.attachEvidence(Self.attachment(.visit(Self.h, 1))), .unknownVisit(Self.h, 1))
        b.mustRefuse(.attachEvidence(Self.attachment(.check(HouseholdID("x"), .food))), .unknownHousehold(HouseholdID("x")))
        b.mustRefuse(.attachEvidence(Self.attachment(.check(Self.h, .food), hash: "../../etc/passwd")),
                     .malformedAttachment("not a SHA-256: ../../etc/passwd"))
        b.mustRefuse(.attachEvidence(Self.attachment(.check(Self.h, .food), by: Fixture.supervisor)),
                     .malformedAttachment("attached by \(Fixture.supervisor), saved by \(Fixture.secretary)"))
        var negative = Self.attachment(.check(Self.h, .food))
        negative.size = -1
        b.mustRefuse(.attachEvidence(negative), .malformedAttachment("size -1"))
        b.must(.attachEvidence(Self.attachment(.check(Self.h, .food))))
        b.mustRefuse(.attachEvidence(Self.attachment(.check(Self.h, .food))), .duplicateAttachment(Self.hash))
    }

    @Test func anAttachmentIsNeverUndone() {
        var b = Self.board()
        b.must(.attachEvidence(Self.attachment(.check(Self.h, .housing))))
        #expect(Undo.change(undoingLastOf: Fixture.secretary, device: Fixture.laptop, on: b) == nil)
    }

    /// The limits are data: exactly 20 MB is taken, a byte more is not; types by extension, checked by first bytes.
    @Test func limitsAndTypes() {
        let rules = EvidenceRules.standard
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0]
        #expect(rules.check(name: "a.JPEG", size: 20 * 1024 * 1024, head: jpeg) == .success(.jpg))
        #expect(rules.check(name: "a.jpg", size: 20 * 1024 * 1024 + 1, head: jpeg)
                    == .failure(.tooLarge(name: "a.jpg", size: 20 * 1024 * 1024 + 1, limit: 20 * 1024 * 1024)))
        #expect(rules.check(name: "run.exe", size: 10, head: jpeg) == .failure(.typeNotAllowed(name: "run.exe")))
        #expect(rules.check(name: "noextension", size: 10, head: jpeg) == .failure(.typeNotAllowed(name: "noextension")))
        #expect(rules.check(name: "fake.pdf", size: 10, head: jpeg) == .failure(.contentMismatch(name: "fake.pdf", type: .pdf)))
        #expect(rules.check(name: "empty.png", size: 0, head: []) == .failure(.empty(name: "empty.png")))
        #expect(rules.check(name: "合同.pdf", size: 9, head: Array("%PDF-1.7\n".utf8)) == .success(.pdf))
        #expect(rules.check(name: "x.docx", size: 9, head: [0x50, 0x4B, 0x03, 0x04, 0]) == .success(.docx))
        #expect(rules.check(name: "x.xls", size: 9, head: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .success(.xls))
        #expect(rules.check(name: "x.heic", size: 12, head: [0, 0, 0, 0x18] + Array("ftypheic".utf8)) == .success(.heic))
        let photosOnly = EvidenceRules(maxBytes: 100, allowed: [.jpg])
        #expect(photosOnly.check(name: "a.pdf", size: 9, head: Array("%PDF-".utf8)) == .failure(.typeNotAllowed(name: "a.pdf")))
    }
}

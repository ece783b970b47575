import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// Evidence files in the store (issue 21): attached whole under their SHA-256, owner-only, found again after a reopen;
/// `check` names a file edited by hand or gone; the limits refuse before anything is written; a crash before the
/// rename leaves nothing referenced; bundles and folders carry the files the receiver lacks, hash-checked.
@Suite struct EvidenceStoreTests {
    typealias F = StoreFixtures

    /// A file of `bytes` in a fresh folder, named `name`.
    static func file(_ name: String, _ bytes: [UInt8], in folder: String = F.folder("evidence-files")) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array("a photo of the renovated house".utf8)

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
    }

    @Test func attachSaveReopenFindsTheFileWithItsHash() throws {
        let store = try F.store()
        let path = store.path
        let source = try Self.file("房屋照片.jpg", Self.jpeg)
        let op = try store.attach(fileAt: source, to: .task(TaskID("T1")), author: F.cadre, at: F.now)
        store.close()

        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        defer { reopened.close() }
        let a = try #require(reopened.board.attachments(of: .task(TaskID("T1"))).first)
        #expect(op.change == .attachEvidence(a))
        #expect(a.hash == EvidenceFiles.hash(Self.jpeg))
        #expect(a.name == "房屋照片.jpg" && a.size == Self.jpeg.count && a.type == .jpg && a.by == F.cadre && a.on == F.today)
        let stored = EvidenceFiles.path(of: a.hash, inStore: path)
        #expect(stored.hasSuffix("/evidence/" + a.hash.prefix(2) + "/" + a.hash.dropFirst(2)))
        #expect(FileManager.default.contents(atPath: stored) == Data(Self.jpeg))
        #expect(EvidenceFiles.state(of: a.hash, inStore: path) == .present)
        #expect(Self.mode(stored) == 0o600 && Self.mode(path + "/evidence") == 0o700)
        // Compacted into the snapshot, it is still there.
        try reopened.compact()
        let again = try Store.open(at: path, device: F.device, readOnly: true, today: F.today)
        defer { again.close() }
        #expect(again.board.attachments == [a])
    }

    @Test func checkNamesAFileEditedByHandOrGone() throws {
        let store = try F.store()
        let path = store.path
        try store.attach(fileAt: try Self.file("a.jpg", Self.jpeg), to: .check(HouseholdID("220622103201-0001"), .housing),
                         author: F.cadre, at: F.now)
        store.close()
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
        let hash = EvidenceFiles.hash(Self.jpeg)
        let stored = EvidenceFiles.path(of: hash, inStore: path)
        try Data(Self.jpeg + [0x00]).write(to: URL(fileURLWithPath: stored))
        let edited = StoreCheck.run(path: path, device: F.device, today: F.today)
        #expect(edited.count == 1)
        #expect(edited.first?.file == EvidenceFiles.relativePath(of: hash))
        #expect(edited.first?.message.hasPrefix("damaged: \"a.jpg\", attached to household 220622103201-0001 item housing") == true)
        try FileManager.default.removeItem(atPath: stored)
        let gone = StoreCheck.run(path: path, device: F.device, today: F.today)
        #expect(gone.first?.message.hasPrefix("missing: \"a.jpg\"") == true)
    }

    /// Exactly 20 MB is taken; a byte more, a refused type, or a renamed file is refused, and nothing is written.
    @Test func twentyMegabytesAndARefusedType() throws {
        let store = try F.store()
        defer { store.close() }
        let limit = EvidenceRules.standard.maxBytes
        var big = [UInt8](repeating: 0x20, count: limit)
        big.replaceSubrange(0..<5, with: Array("%PDF-".utf8))
        let task = EvidenceTarget.task(TaskID("T2"))
        try store.attach(fileAt: try Self.file("scan.pdf", big), to: task, author: F.cadre, at: F.now)
        #expect(store.board.attachments(of: task).first?.size == limit)
        let before = F.contents(of: store.path)
        big.append(0x20)
        let refusals: [(String, [UInt8], EvidenceRefusal)] = [
            ("bigger.pdf", big, .tooLarge(name: "bigger.pdf", size: limit + 1, limit: limit)),
            ("notes.txt", Array("hello".utf8), .typeNotAllowed(name: "notes.txt")),
            ("renamed.png", Array("MZ not a picture".utf8), .contentMismatch(name: "renamed.png", type: .png)),
        ]
        for (name, bytes, want) in refusals {
            #expect {
                try store.attach(fileAt: try Self.file(name, bytes), to: task, author: F.cadre, at: F.now)
            } throws: { error in
                guard case .refused(let why) = error as? EvidenceError else { return false }
                return why == want
            }
        }
        #expect(F.contents(of: store.path) == before, "a refused file leaves no trace in the store")
        #expect(store.board.attachments.count == 1)
    }

    /// Someone outside the scope is refused by the table before the file is copied.
    @Test func aRefusedAuthorLeavesNoFile() throws {
        let store = try F.store()
        defer { store.close() }
        var outsider = User(id: UserID("far"), name: "外县", role: .villageCadre, scope: DivisionCode("220621100201")!)
        outsider.disabled = false
        #expect(throws: EvidenceError.self) {
            try store.attach(fileAt: try Self.file("a.jpg", Self.jpeg), to: .task(TaskID("T1")), author: outsider.id, at: F.now)
        }
        #expect(!FileManager.default.fileExists(atPath: store.path + "/evidence"))
    }

    /// The crash-safety seam: a failure (a crash) after the copy was synced but before its rename leaves no file under
    /// the hash's name and no operation; a crash after the rename but before the save leaves a file nobody names,
    /// which `check` does not count as a problem.
    @Test func aCrashMidAttachLeavesNothingHalfReferenced() throws {
        let store = try F.store()
        let path = store.path
        struct Crash: Error {}
        var temporary = ""
        #expect(throws: EvidenceError.self) {
            try store.attach(fileAt: try Self.file("a.jpg", Self.jpeg), name: nil, to: .task(TaskID("T1")), author: F.cadre,
                             at: F.now, rules: .standard, beforeRename: { tmp throws(FileError) in
                                 temporary = tmp
                                 throw FileError(.rename, path: tmp, code: 5)
                             })
        }
        #expect(!temporary.isEmpty && !FileManager.default.fileExists(atPath: temporary), "the temporary copy is removed")
        #expect(!EvidenceFiles.has(EvidenceFiles.hash(Self.jpeg), inStore: path))
        #expect(store.board.attachments.isEmpty)
        // The file landed, the operation did not (killed in between): harmless.
        try EvidenceFiles.put(Self.jpeg, hash: EvidenceFiles.hash(Self.jpeg), inStore: path)
        store.close()
        #expect(StoreCheck.run(path: path, device: F.device, today: F.today).isEmpty)
        // Attaching again finds the file there and only saves the operation.
        let reopened = try Store.open(at: path, device: F.device, today: F.today)
        defer { reopened.close() }
        try reopened.attach(fileAt: try Self.file("a.jpg", Self.jpeg), to: .task(TaskID("T1")), author: F.cadre, at: F.now)
        #expect(reopened.board.attachments.count == 1)
    }

    /// Two laptops exchange a bundle: the files travel with the lines that attach them, arrive only where missing, and
    /// a bundle made without them still merges, naming what is missing.
    @Test func twoLaptopsExchangeABundle() throws {
        let (_, paths) = try SyncLab.laptops(2)
        let a = try Store.open(at: paths[0], device: SyncLab.device(0), today: F.today)
        let photo = try Self.file("照片.jpg", Self.jpeg)
        let scanBytes = Array("%PDF-1.4 contract".utf8)
        let scan = try Self.file("合同.pdf", scanBytes)
        try a.attach(fileAt: photo, to: .task(TaskID("T1")), author: F.cadre, at: F.now)
        try a.attach(fileAt: scan, to: .check(HouseholdID("220622103201-0002"), .medical), author: F.cadre, at: F.now)
        a.close()
        let withFiles = try Sync.bundle(ofStore: paths[0], device: SyncLab.device(0), since: .everything, now: F.now)
        #expect(withFiles.evidence.count == 2 && withFiles.evidenceLeftOut.isEmpty)
        let withoutFiles = try Sync.bundle(ofStore: paths[0], device: SyncLab.device(0), since: .everything,
                                           withEvidence: false, now: F.now)
        let bytes = withoutFiles.encoded()
        #expect(String(decoding: bytes.prefix(80), as: UTF8.self).contains("\"format\":1"), "no files: the old format")

        // Without the files: operations merged, both files named as missing.
        let (first, b1) = try Sync.merge(into: paths[1], from: try SyncBundle.decode(bytes, file: "x.vbb"),
                                         device: SyncLab.device(1), today: F.today)
        b1.close()
        #expect(first.total == 2 && first.filesAdded == 0)
        #expect(Set(first.filesMissing.map(\.name)) == ["照片.jpg", "合同.pdf"])
        #expect(StoreCheck.run(path: paths[1], device: SyncLab.device(1), today: F.today).count == 2)

        // With them: no new line, both files arrive, hash-checked.
        let sealed = withFiles.encoded()
        let (second, b2) = try Sync.merge(into: paths[1], from: try SyncBundle.decode(sealed, file: "y.vbb"),
                                          device: SyncLab.device(1), today: F.today)
        b2.close()
        #expect(second.total == 0 && second.filesAdded == 2 && second.filesMissing.isEmpty)
        #expect(StoreCheck.run(path: paths[1], device: SyncLab.device(1), today: F.today).isEmpty)
        let stored = EvidenceFiles.path(of: EvidenceFiles.hash(Self.jpeg), inStore: paths[1])
        let inode = try FileManager.default.attributesOfItem(atPath: stored)[.systemFileNumber] as? NSNumber

        // Again: the files are there, so none is written.
        let (third, b3) = try Sync.merge(into: paths[1], from: try SyncBundle.decode(sealed, file: "y.vbb"),
                                         device: SyncLab.device(1), today: F.today)
        b3.close()
        #expect(third.filesAdded == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: stored)[.systemFileNumber] as? NSNumber == inode)

        // A bundle from B back to A (which has the files): nothing new, nothing written.
        let back = try Sync.bundle(ofStore: paths[1], device: SyncLab.device(1), since: .everything, now: F.now)
        let (fourth, a2) = try Sync.merge(into: paths[0], from: back, device: SyncLab.device(0), today: F.today)
        a2.close()
        #expect(fourth.total == 0 && fourth.filesAdded == 0 && fourth.filesDamaged.isEmpty)
    }

    /// A file whose bytes do not hash to its name (damaged in a bundle whose seal was made after): named, not kept.
    @Test func aDamagedFileIsNamedNotKept() throws {
        let (_, paths) = try SyncLab.laptops(2)
        let a = try Store.open(at: paths[0], device: SyncLab.device(0), today: F.today)
        try a.attach(fileAt: try Self.file("照片.jpg", Self.jpeg), to: .task(TaskID("T1")), author: F.cadre, at: F.now)
        a.close()
        var bundle = try Sync.bundle(ofStore: paths[0], device: SyncLab.device(0), since: .everything, now: F.now)
        bundle.evidence[0].bytes[5] ^= 0xFF
        let (report, b) = try Sync.merge(into: paths[1], from: try SyncBundle.decode(bundle.encoded(), file: "d.vbb"),
                                         device: SyncLab.device(1), today: F.today)
        b.close()
        #expect(report.total == 1)
        #expect(report.filesDamaged.map(\.name) == ["照片.jpg"])
        #expect(report.filesMissing.map(\.name) == ["照片.jpg"])
        #expect(!EvidenceFiles.has(EvidenceFiles.hash(Self.jpeg), inStore: paths[1]))
    }

    /// Merging another store folder takes its files, only those this store lacks.
    @Test func aStoreFolderGivesTheFilesThisStoreLacks() throws {
        let (_, paths) = try SyncLab.laptops(2)
        let a = try Store.open(at: paths[0], device: SyncLab.device(0), today: F.today)
        try a.attach(fileAt: try Self.file("照片.jpg", Self.jpeg), to: .task(TaskID("T1")), author: F.cadre, at: F.now)
        a.close()
        let source = try Sync.source(at: paths[0], now: F.now)
        #expect(source.evidence.isEmpty, "a folder's files are not read up front")
        let (report, b) = try Sync.merge(into: paths[1], from: source, device: SyncLab.device(1), today: F.today)
        b.close()
        #expect(report.filesAdded == 1 && report.filesMissing.isEmpty)
        #expect(EvidenceFiles.state(of: EvidenceFiles.hash(Self.jpeg), inStore: paths[1]) == .present)
    }
}

import Foundation
import Testing
import VillageBoardStore

/// The read-only check: a failed open must be able to prove it changed nothing.
@Suite struct FilesFingerprintTests {
    private func store() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileIO.createFolder(folder.file("journal"))
        try FileIO.replaceAtomically(folder.file("snapshot.jsonl"), with: bytes("{\"households\":[]}\n"))
        try FileIO.appendDurably(bytes("{\"seq\":1}\n"), to: folder.file("journal/laptop-a.jsonl"))
        return folder
    }

    @Test func nothingChangedMeansNoChanges() throws {
        let folder = try store()
        let before = try FolderFingerprint.capture(folder.path)
        _ = try FileIO.readWholeFile(folder.file("snapshot.jsonl"))
        let after = try FolderFingerprint.capture(folder.path)
        #expect(after == before)
        #expect(after.changes(since: before).isEmpty)
        #expect(Set(before.entries.keys) == ["journal", "journal/laptop-a.jsonl", "snapshot.jsonl"])
    }

    @Test func everyKindOfChangeIsNamed() throws {
        let folder = try store()
        let before = try FolderFingerprint.capture(folder.path)
        try FileIO.appendDurably(bytes("{\"seq\":2}\n"), to: folder.file("journal/laptop-a.jsonl"))
        try FileIO.replaceAtomically(folder.file("snapshot.jsonl"), with: bytes("{\"households\":[]}\n"))
        try FileIO.replaceAtomically(folder.file("new.json"), with: [])
        let changes = try FolderFingerprint.capture(folder.path).changes(since: before)
        #expect(changes.contains("new.json: created"))
        #expect(changes.contains { $0.hasPrefix("journal/laptop-a.jsonl: content") })
        // Same bytes, but a different file: an atomic replace happened.
        #expect(changes.contains { $0.hasPrefix("snapshot.jsonl:") && $0.contains("identity") && !$0.contains("content") })
    }

    @Test func touchingAndChmodAndRemovingShow() throws {
        let folder = try store()
        let before = try FolderFingerprint.capture(folder.path)
        var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, folder.file("snapshot.jsonl"), &times, 0) == 0)
        #expect(chmod(folder.file("journal/laptop-a.jsonl"), 0o644) == 0)
        try FileIO.removeFile(folder.file("journal/laptop-a.jsonl"))
        let changes = try FolderFingerprint.capture(folder.path).changes(since: before)
        #expect(changes.contains("snapshot.jsonl: modification time changed"))
        #expect(changes.contains("journal/laptop-a.jsonl: removed"))
        #expect(changes.contains { $0.hasPrefix("journal: ") })
    }

    @Test func excludedPathsAreNotCompared() throws {
        let folder = try store()
        let before = try FolderFingerprint.capture(folder.path, excluding: ["lock"])
        if case .acquired(let lock) = try StoreLock.acquire(inFolder: folder.path) { lock.release() }
        #expect(try FolderFingerprint.capture(folder.path, excluding: ["lock"]).changes(since: before).isEmpty)
    }
}

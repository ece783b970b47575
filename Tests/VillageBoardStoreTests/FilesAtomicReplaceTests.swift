import Foundation
import Testing
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore

@Suite struct FilesAtomicReplaceTests {
    @Test func replaceWritesTheNewContent() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("snapshot.jsonl")
        try FileIO.replaceAtomically(path, with: bytes("old\n"))
        try FileIO.replaceAtomically(path, with: bytes("new\n"))
        #expect(try FileIO.readWholeFile(path) == bytes("new\n"))
        #expect(try FileIO.listFolder(folder.path) == ["snapshot.jsonl"])
    }

    @Test func aCrashBeforeTheRenameLeavesTheOldContentWhole() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("snapshot.jsonl")
        let old = bytes("{\"version\":1}\n")
        try FileIO.replaceAtomically(path, with: old)
        let before = try FolderFingerprint.capture(folder.path)
        let new = Array(repeating: UInt8(ascii: "x"), count: 1_000_000)
        var temporaryContent: [UInt8] = []
        struct PowerCut: Error {}
        do {
            try new.withUnsafeBytes { buffer in
                try FileIO.replaceAtomically(path, with: buffer) { (temporary) throws(FileError) in
                    // The new content is complete and synced in the temporary file before anything is renamed.
                    temporaryContent = (try? FileIO.readWholeFile(temporary)) ?? []
                    throw FileError(.rename, path: temporary, otherPath: path, code: EIO)
                }
            }
            Issue.record("expected the simulated failure")
        } catch let error as FileError {
            #expect(error.operation == .rename)
        }
        #expect(temporaryContent == new)
        #expect(try FileIO.readWholeFile(path) == old)
        #expect(try FolderFingerprint.capture(folder.path).changes(since: before).isEmpty)
    }

    @Test func aFailedRenameRemovesTheTemporaryFile() throws {
        let folder = try TemporaryFolder()
        // A non-empty folder where the file should go: rename(2) refuses to replace it.
        try FileIO.createFolder(folder.file("snapshot.jsonl/inside"))
        #expect(throws: FileError.self) { try FileIO.replaceAtomically(folder.file("snapshot.jsonl"), with: bytes("x")) }
        #expect(try FileIO.listFolder(folder.path) == ["snapshot.jsonl"])
    }

    @Test func temporaryNamesAreRecognisable() {
        #expect(FileIO.isTemporaryFileName(".snapshot.jsonl.tmp-123-456"))
        #expect(!FileIO.isTemporaryFileName("snapshot.jsonl"))
    }

    @Test func emptyAndLargeFilesReadBackExactly() throws {
        let folder = try TemporaryFolder()
        try FileIO.replaceAtomically(folder.file("empty"), with: [])
        #expect(try FileIO.readWholeFile(folder.file("empty")) == [])
        var random = SplitMix64(seed: 7)
        let large = (0..<3_000_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        try FileIO.replaceAtomically(folder.file("large"), with: large)
        #expect(try FileIO.readWholeFile(folder.file("large")) == large)
        #expect(try FileIO.readWholeFileIfExists(folder.file("absent")) == nil)
        #expect(throws: FileError.self) { try FileIO.readWholeFile(folder.file("absent")) }
    }

    @Test func listingAndRemoving() throws {
        let folder = try TemporaryFolder()
        for name in ["b.jsonl", "a.jsonl", "张.jsonl"] { try FileIO.replaceAtomically(folder.file(name), with: []) }
        try FileIO.createFolder(folder.file("journal"))
        #expect(try FileIO.listFolder(folder.path) == ["a.jsonl", "b.jsonl", "journal", "张.jsonl"])
        #expect(FileIO.isFolder(folder.file("journal")))
        #expect(!FileIO.isFolder(folder.file("a.jsonl")))
        try FileIO.removeFile(folder.file("a.jsonl"))
        #expect(!FileIO.exists(folder.file("a.jsonl")))
        #expect(throws: FileError.self) { try FileIO.listFolder(folder.file("nowhere")) }
    }
}

import Foundation
import Testing
import VillageBoardStore

/// Everything the store creates is owner-only, even under a umask that would let others read it.
@Suite struct FilesPermissionsTests {
    @Test func foldersAre0700AndFiles0600UnderAPermissiveUmask() throws {
        let folder = try TemporaryFolder()
        let store = folder.file("a/b/store")
        try withUmask(0) {
            #expect(try FileIO.createFolder(store) == true)
            try FileIO.createFolder(store + "/journal")
            try FileIO.replaceAtomically(store + "/snapshot.jsonl", with: bytes("{}\n"))
            try FileIO.appendDurably(bytes("{\"op\":1}\n"), to: store + "/journal/laptop-a.jsonl")
            let handle = try AppendOnlyFile(path: store + "/journal/laptop-b.jsonl")
            handle.close()
            if case .acquired(let lock) = try StoreLock.acquire(inFolder: store) { lock.release() }
        }
        for created in ["a", "a/b", "a/b/store", "a/b/store/journal"] {
            #expect(permissions(folder.file(created)) == 0o700, "\(created)")
        }
        for created in ["snapshot.jsonl", "journal/laptop-a.jsonl", "journal/laptop-b.jsonl", "lock"] {
            #expect(permissions(store + "/" + created) == 0o600, "\(created)")
        }
    }

    @Test func replacingAWorldReadableFileMakesItOwnerOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("meta.json")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        try FileIO.replaceAtomically(path, with: bytes("new"))
        #expect(permissions(path) == 0o600)
        #expect(try FileIO.readWholeFile(path) == bytes("new"))
    }

    @Test func existingFoldersAreLeftAlone() throws {
        let folder = try TemporaryFolder()
        chmod(folder.path, 0o750)
        #expect(try FileIO.createFolder(folder.path) == false)
        #expect(permissions(folder.path) == 0o750)
    }

    @Test func aFileWhereAFolderShouldBeIsAnError() throws {
        let folder = try TemporaryFolder()
        try FileIO.replaceAtomically(folder.file("taken"), with: [])
        #expect(throws: FileError.self) { try FileIO.createFolder(folder.file("taken/inside")) }
        do {
            try FileIO.createFolder(folder.file("taken"))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == ENOTDIR)
            #expect(error.description.contains("taken"))
        }
    }
}

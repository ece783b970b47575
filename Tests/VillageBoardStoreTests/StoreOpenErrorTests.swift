import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// Each way an open can fail is reported under the case that says what is wrong, and leaves the lock free.
@Suite("Store: why an open failed")
struct StoreOpenErrorTests {
    typealias F = StoreFixtures

    /// Opens `path` expecting a failure, and hands back the error.
    private func failure(opening path: String) -> StoreError? {
        do {
            _ = try Store.open(at: path, device: F.device, today: F.today)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFolderWithoutStoreJSONIsNotAStore() throws {
        let path = F.folder()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard case .notAStore(let named) = failure(opening: path) else { Issue.record("not notAStore"); return }
        #expect(named == path)
    }

    // Was `.file`: "cannot open …/store.json: Not a directory", which sent the user looking at file permissions.
    @Test func aPlainFileGivenAsTheStoreIsNotAStore() throws {
        let path = F.folder()
        #expect(FileManager.default.createFile(atPath: path, contents: Data("hello\n".utf8)))
        guard case .notAStore(let named) = failure(opening: path) else { Issue.record("not notAStore"); return }
        #expect(named == path)
    }

    @Test func anUnreadableJournalIsAFileErrorNamingIt() throws {
        let store = try F.store()
        let path = store.path
        store.close()
        // A folder where a journal file should be: listing works, reading it does not.
        try FileManager.default.createDirectory(atPath: path + "/journal/laptop-b.jsonl", withIntermediateDirectories: true)
        guard case .file(let error) = failure(opening: path) else { Issue.record("not a file error"); return }
        #expect(error.path.hasSuffix("journal/laptop-b.jsonl"))
        // The failed open let go of the lock: the next one is the writer.
        try FileManager.default.removeItem(atPath: path + "/journal/laptop-b.jsonl")
        #expect(try Store.open(at: path, device: F.device, today: F.today).access == .writer)
    }

    @Test func aMissingSnapshotAndBaseIsAFileErrorNamingTheSnapshot() throws {
        let store = try F.store()
        let path = store.path
        store.close()
        try FileManager.default.removeItem(atPath: path + "/snapshot.jsonl")
        try FileManager.default.removeItem(atPath: path + "/base.jsonl")
        guard case .file(let error) = failure(opening: path) else { Issue.record("not a file error"); return }
        #expect(error.path.hasSuffix("snapshot.jsonl"))
    }
}

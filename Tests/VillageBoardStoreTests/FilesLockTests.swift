import Foundation
import Testing
import VillageBoardStore

@Suite struct FilesLockTests {
    @Test func aSecondLockOnTheSameStoreIsRefusedUntilTheFirstIsReleased() throws {
        let folder = try TemporaryFolder()
        guard case .acquired(let first) = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("the first lock should be free")
            return
        }
        #expect(first.isHeld)
        // flock belongs to the open file description: a second open in this same process conflicts.
        guard case .heldElsewhere = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("the second lock should be refused")
            return
        }
        first.release()
        #expect(!first.isHeld)
        guard case .acquired(let second) = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("the lock should be free again")
            return
        }
        second.release()
    }

    /// The lock file can be deleted and made again under its holder; the folder's lock still keeps a second writer
    /// out (before, both wrote the same sequence numbers and the store refused to open).
    @Test func deletingTheLockFileDoesNotLetASecondWriterIn() throws {
        let folder = try TemporaryFolder()
        guard case .acquired(let first) = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("the first lock should be free")
            return
        }
        try FileManager.default.removeItem(atPath: folder.path + "/" + StoreLock.fileName)
        guard case .heldElsewhere = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("a second writer got in after the lock file was deleted")
            return
        }
        first.release()
        guard case .acquired(let second) = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("the lock should be free again")
            return
        }
        second.release()
    }

    @Test func droppingTheLockReleasesIt() throws {
        let folder = try TemporaryFolder()
        do {
            guard case .acquired = try StoreLock.acquire(inFolder: folder.path) else {
                Issue.record("the first lock should be free")
                return
            }
        }
        guard case .acquired = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("a dropped lock should be free")
            return
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func aLockHeldByAnotherProcessIsSeenAndFreedWhenItDies() throws {
        let folder = try TemporaryFolder()
        let lockPath = folder.file(StoreLock.fileName)
        try FileIO.replaceAtomically(lockPath, with: [])
        // The shell opens the lock file, flock(1) locks that open file, then the shell becomes `sleep`: the
        // process to kill is the only one holding the lock.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "exec 9>>\"$1\" && /usr/bin/flock --exclusive 9 && exec sleep 60", "sh", lockPath]
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL) } }

        // Wait until the child has the lock. If this process wins the race instead, let go and try again.
        var seenHeld = false
        for _ in 0..<500 where !seenHeld {
            switch try StoreLock.acquire(inFolder: folder.path) {
            case .heldElsewhere: seenHeld = true
            case .acquired(let lock): lock.release()
            }
            if !seenHeld { usleep(10_000) }
        }
        #expect(seenHeld)

        // The system frees a killed holder's lock: a crash never leaves a store locked.
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        guard case .acquired(let lock) = try StoreLock.acquire(inFolder: folder.path) else {
            Issue.record("the lock of a killed process should be free")
            return
        }
        lock.release()
    }

    @Test func lockingAMissingFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileError.self) { _ = try StoreLock.acquire(inFolder: folder.file("missing")) }
    }
}

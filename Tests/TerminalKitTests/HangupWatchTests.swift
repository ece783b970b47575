import Testing
@testable import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal that went away without SIGHUP is told from a quiet one, and nothing makes the key loop spin.
@Suite struct HangupWatchTests {
    // MARK: Looking at the line

    @Test func aPtyIsOpenUntilItsMasterCloses() throws {
        let (master, slave) = try Self.openPty()
        defer { close(slave) }
        #expect(InputLine.state(slave) == .open)
        // Input waiting is not a hangup.
        _ = "x\n".withCString { write(master, $0, 2) }
        #expect(TerminalKitTestsWait.until { Self.readable(slave) })
        #expect(InputLine.state(slave) == .open)
        // The window, the pane or the connection closes: the kernel hangs the terminal up.
        close(master)
        #expect(InputLine.state(slave) == .hungUp)
    }

    @Test func aPipeWhoseWriterIsGoneAndAClosedDescriptorAreHungUp() {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        // Not a terminal at all (tcgetattr says ENOTTY): still not taken for a hangup while the writer is there.
        #expect(InputLine.state(ends[0]) == .open)
        close(ends[1])
        #expect(InputLine.state(ends[0]) == .hungUp)
        var spare: [Int32] = [-1, -1]
        #expect(pipe(&spare) == 0)
        close(spare[0])
        close(spare[1])
        #expect(InputLine.state(spare[0]) == .hungUp)
    }

    // MARK: Judging reads

    @Test func readsThatWaitTheirTimeAreAQuietTerminal() {
        var looked = 0
        var watch = HangupWatch(fd: 0) { _ in looked += 1; return .hungUp }
        for _ in 0..<100 { #expect(watch.readReturnedNothing(timeout: 100, elapsed: 100) == .carryOn) }
        #expect(watch.readReturnedNothing(timeout: 100, elapsed: 50) == .carryOn)
        // Short reads (Esc's follow-up, combining marks) are not meant to wait: never judged.
        #expect(watch.readReturnedNothing(timeout: 0, elapsed: 0) == .carryOn)
        #expect(watch.readReturnedNothing(timeout: 9, elapsed: 0) == .carryOn)
        #expect(looked == 0)
    }

    @Test func aQuickEmptyReadOnAHungUpLineIsAHangup() {
        var watch = HangupWatch(fd: 0) { _ in .hungUp }
        #expect(watch.readReturnedNothing(timeout: 100, elapsed: 0) == .hungUp)
        #expect(watch.readReturnedNothing(timeout: 10, elapsed: 4) == .hungUp)
    }

    @Test func quickEmptyReadsOnAnOpenLineAreNeverAHangupButPauseWhenTheyKeepComing() {
        var watch = HangupWatch(fd: 0) { _ in .open }
        for _ in 0..<HangupWatch.pauseAfter {
            #expect(watch.readReturnedNothing(timeout: 100, elapsed: 0) == .carryOn)
        }
        for _ in 0..<1000 {
            #expect(watch.readReturnedNothing(timeout: 100, elapsed: 1) == .pause(HangupWatch.pauseMilliseconds))
        }
        // Never longer than what is left of the read's time.
        #expect(watch.readReturnedNothing(timeout: 12, elapsed: 5) == .pause(7))
        // A key, or a read that waited, starts the count again.
        watch.readDelivered()
        #expect(watch.readReturnedNothing(timeout: 100, elapsed: 0) == .carryOn)
        for _ in 0..<HangupWatch.pauseAfter { _ = watch.readReturnedNothing(timeout: 100, elapsed: 0) }
        _ = watch.readReturnedNothing(timeout: 100, elapsed: 100)
        #expect(watch.quickEmptyReads == 0)
    }

    // MARK: Helpers

    static func readable(_ fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && Int32(entry.revents) & Int32(POLLIN) != 0
    }

    /// A new pseudo-terminal (master, slave). posix_openpt and friends are hidden from Swift's Glibc module (they need
    /// _XOPEN_SOURCE), so they are looked up at run time.
    static func openPty() throws -> (master: Int32, slave: Int32) {
        typealias Call = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        let libc = dlopen(nil, RTLD_NOW)
        let openMaster = unsafeBitCast(try #require(dlsym(libc, "posix_openpt")), to: Call.self)
        let grant = unsafeBitCast(try #require(dlsym(libc, "grantpt")), to: Call.self)
        let unlock = unsafeBitCast(try #require(dlsym(libc, "unlockpt")), to: Call.self)
        let name = unsafeBitCast(try #require(dlsym(libc, "ptsname_r")), to: Name.self)
        let master = openMaster(O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        var path = [CChar](repeating: 0, count: 128)
        try #require(grant(master) == 0 && unlock(master) == 0 && name(master, &path, path.count) == 0)
        let slave = open(path, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        return (master, slave)
    }
}

enum TerminalKitTestsWait {
    /// Polls `condition` every 10 ms for up to two seconds.
    static func until(_ condition: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}

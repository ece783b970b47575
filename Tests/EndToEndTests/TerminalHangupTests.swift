import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A terminal that goes away without a SIGHUP reaching the program: the program must notice on its own, save
/// and leave as on SIGHUP, not spin in its key loop (reads fail at once on a hung-up terminal).
///
/// Two ways to lose the signal: the board in a tmux server whose panes start with SIGHUP blocked (it stays
/// pending for ever), the server then killed; and the terminal probe on a pty the test owns, which is not the
/// probe's controlling terminal, so closing the master hangs the terminal up with no signal at all.
@Suite(.serialized)
struct TerminalHangupTests {
    /// How long the program may take to leave once its terminal is gone.
    static let leaveWithin = 5.0
    /// CPU time it may use meanwhile (saving and giving the terminal back take a small part of this; spinning for
    /// `leaveWithin` seconds takes several times more).
    static let cpuAllowed = 1.0

    @Test(.enabled(if: BoardTmux.hasTmux, "tmux is not installed"))
    func boardSavesAndLeavesWhenItsTmuxServerDiesWithSIGHUPBlocked() throws {
        let tmux = try BoardTmux()
        var programPid: pid_t?
        defer {
            // Without the fix the program outlives its server, spinning: end it here.
            if let programPid, HangupProcess.isRunning(programPid) { kill(programPid, SIGKILL) }
            tmux.kill()
        }
        try tmux.initDemo()
        let env = tmux.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(BoardTmux.quoted($0.value))" }
            .joined(separator: " ")
        let board = [try BoardTmux.binary(), "--store", tmux.store, "--as", BoardTests.secretary].map(BoardTmux.quoted)
            .joined(separator: " ")
        // sh records the program's pid (the inner sh execs it) and, once it ends, its exit status.
        let command = "cd \(BoardTmux.quoted(tmux.folder)) && env \(env) sh -c 'echo $$ > pid; exec \"$@\"' board \(board)"
            + "; echo $? > status.tmp; mv status.tmp status"
        // The server, and so every pane it starts, has SIGHUP blocked: closing the pane sends one that never arrives.
        let started = try HangupProcess.spawnTmux(["-L", tmux.socket, "-f", "/dev/null", "new-session", "-d", "-s", tmux.session,
                                                   "-x", "100", "-y", "30", command], blocking: [SIGHUP])
        try #require(started == 0, "tmux new-session failed (\(started))")

        try tmux.wait(for: "太平村")
        let pid = try HangupProcess.readNumber(tmux.folder + "/pid")
        programPid = pid
        try #require(HangupProcess.blocksSIGHUP(pid), "the board must run with SIGHUP blocked for this test to mean anything")

        // Something typed just before the terminal goes: a task marked done, with a note.
        try tmux.press("3")
        try tmux.wait("the task board") { BoardTests.awaitingCount($0) != nil }
        try tmux.press("d")
        try tmux.wait(for: "完成情况")
        try tmux.type("e2e 挂断前")
        try tmux.press("Enter")
        try tmux.wait(for: "已保存")

        // The terminal goes: the server closes the pane's pty; the SIGHUP the kernel sends stays blocked.
        _ = try tmux.tmux(["kill-server"])
        let ending = HangupProcess.waitForExit(pid, seconds: Self.leaveWithin)
        #expect(ending.exited, "the board was still running \(Self.leaveWithin) s after its terminal went, using \(ending.cpuPercent)% of a core")
        #expect(ending.cpuSeconds < Self.cpuAllowed, "it spun: \(ending.cpuSeconds) s of CPU after its terminal went")
        guard ending.exited else { return }
        let status = try HangupProcess.readNumber(tmux.folder + "/status")
        #expect(status == 0, "the board left as on SIGHUP (saved, terminal given back), exit status \(status)")

        // What was typed is in the journal, and the store was closed: the lock is free for the next program.
        let journal = try String(contentsOfFile: tmux.store + "/journal/e2e.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").contains { $0.contains("\"kind\":\"markTaskDone\"") && $0.contains("e2e 挂断前") })
        let check = try BoardTmux.run([try BoardTmux.binary(), "check", "--store", tmux.store], environment: tmux.environment)
        #expect(check.status == 0, "check after the hangup: \(check.output)\(check.error)")
    }

    @Test func probeLeavesWhenItsPtyIsClosedWithoutAnySignal() throws {
        let pty = try HangupPty()
        defer { pty.closeMaster() }
        let child = try pty.spawn(
            ["/bin/sh", "-c", "stty rows 24 cols 80; exec \"$@\"", "probe", try TerminalHarness.binary(), "terminal-probe"],
            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"])
        defer { if HangupProcess.isRunning(child) { kill(child, SIGKILL) }; HangupProcess.reap(child) }
        // The footer is the last thing drawn; the probe then waits for keys.
        try pty.readUntil("Quit", seconds: 20)
        // Hang up while it waits for a key (asleep in the kernel), not while it is still drawing.
        #expect(TerminalHarness.waitUntil(seconds: 10) { HangupProcess.isAsleep(child) }, "the probe never waited for a key")

        pty.closeMaster()
        let ending = HangupProcess.waitForExit(child, seconds: Self.leaveWithin, reap: true)
        #expect(ending.exited, "the probe was still running \(Self.leaveWithin) s after its pty was closed, using \(ending.cpuPercent)% of a core")
        #expect(ending.cpuSeconds < Self.cpuAllowed, "it spun: \(ending.cpuSeconds) s of CPU after its pty was closed")
        // The probe exits with 128 + the signal that ended it: a hangup.
        if ending.exited { #expect(ending.status == 128 + SIGHUP, "exit status \(ending.status ?? -1)") }
    }
}

/// Spawning, watching and reaping processes for the hangup tests.
enum HangupProcess {
    /// Runs tmux (a client that starts a detached server) with the given signals blocked and the rest unblocked;
    /// the server and its panes inherit that mask. Output goes to /dev/null (the server would hold a pipe open).
    static func spawnTmux(_ arguments: [String], blocking signals: [Int32]) throws -> Int32 {
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in signals { sigaddset(&mask, signal) }
        let pid = try spawn(["tmux"] + arguments, environment: ProcessInfo.processInfo.environment, mask: mask) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        return waitForExit(pid, seconds: 20, reap: true).status ?? -1
    }

    /// posix_spawnp with `mask` as the child's signal mask and default handlers for every signal.
    static func spawn(_ arguments: [String], environment: [String: String], mask: sigset_t,
                      files: (inout posix_spawn_file_actions_t) -> Void) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        files(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var childMask = mask
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &childMask)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { env.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, env)
        guard result == 0 else { throw HarnessError("cannot run \(arguments[0]): error \(result)") }
        return pid
    }

    /// True while `pid` exists and is not a zombie (an orphan whose reaper is slow still counts as ended).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let state = state(pid) else { return false }
        return state != "Z" && state != "X"
    }

    /// True while `pid` sleeps in the kernel (state S: waiting for input, say), read from /proc.
    static func isAsleep(_ pid: pid_t) -> Bool { state(pid) == "S" }

    /// The one-letter process state from /proc/<pid>/stat (R, S, Z, …), nil once it is gone.
    static func state(_ pid: pid_t) -> Substring? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ")", options: .backwards) else { return nil }
        return stat[close.upperBound...].split(separator: " ").first
    }

    /// User + system CPU time of `pid` so far, in seconds (nil once it is gone).
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ")", options: .backwards) else { return nil }
        // After the command name: state is field 3, utime 14 and stime 15.
        let fields = stat[close.upperBound...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Whether `pid` has SIGHUP in its blocked mask (/proc/PID/status, SigBlk).
    static func blocksSIGHUP(_ pid: pid_t) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") }),
              let mask = UInt64(line.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << UInt64(SIGHUP - 1)) != 0
    }

    struct Ending {
        var exited: Bool
        /// The exit status (128 + n when killed by signal n), when it was reaped here.
        var status: Int32?
        /// CPU time used while waiting, in seconds, and as a percentage of one core.
        var cpuSeconds: Double
        var cpuPercent: Int
    }

    /// Waits up to `seconds` for `pid` to end, measuring the CPU it uses meanwhile; with `reap`, waitpid's it.
    static func waitForExit(_ pid: pid_t, seconds: Double, reap: Bool = false) -> Ending {
        let start = Date()
        let cpuAtStart = cpuSeconds(pid) ?? 0
        var cpuLast = cpuAtStart
        var status: Int32?
        while Date().timeIntervalSince(start) < seconds {
            if reap {
                var raw: Int32 = 0
                let result = waitpid(pid, &raw, WNOHANG)
                if result == pid {
                    status = (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
                    break
                }
            } else if !isRunning(pid) {
                break
            }
            cpuLast = cpuSeconds(pid) ?? cpuLast
            Thread.sleep(forTimeInterval: 0.05)
        }
        let elapsed = max(Date().timeIntervalSince(start), 0.05)
        let exited = status != nil || (!reap && !isRunning(pid))
        let cpu = cpuLast - cpuAtStart
        return Ending(exited: exited, status: status, cpuSeconds: cpu, cpuPercent: Int((cpu / elapsed * 100).rounded()))
    }

    /// waitpid without blocking for long: the child was ended already.
    static func reap(_ pid: pid_t) {
        var raw: Int32 = 0
        for _ in 0..<100 {
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid || (result < 0 && errno != EINTR) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The number a wrapper script wrote to `path` (a pid, an exit status), waiting up to ten seconds for it.
    static func readNumber(_ path: String) throws -> Int32 {
        var number: Int32?
        _ = TerminalHarness.waitUntil(seconds: 10) {
            number = (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return number != nil
        }
        guard let number else { throw HarnessError("nothing in \(path)") }
        return number
    }
}

/// A pseudo-terminal the test holds the master of. The child opens the slave without becoming its session
/// leader, so it is not the child's controlling terminal: closing the master hangs it up and sends no signal.
final class HangupPty {
    private var master: Int32
    private let slavePath: String
    /// Everything the child wrote so far.
    private(set) var output: [UInt8] = []

    init() throws {
        // posix_openpt, grantpt, unlockpt and ptsname_r are in glibc but hidden from Swift's Glibc module (they
        // need _XOPEN_SOURCE), so they are looked up at run time.
        typealias Open = @convention(c) (Int32) -> Int32
        typealias Grant = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        let libc = dlopen(nil, RTLD_NOW)
        func function<F>(_ name: String, as type: F.Type) throws -> F {
            guard let symbol = dlsym(libc, name) else { throw HarnessError("no \(name) in the C library") }
            return unsafeBitCast(symbol, to: F.self)
        }
        master = try function("posix_openpt", as: Open.self)(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, try function("grantpt", as: Grant.self)(master) == 0,
              try function("unlockpt", as: Grant.self)(master) == 0,
              try function("ptsname_r", as: Name.self)(master, &name, name.count) == 0 else {
            throw HarnessError("cannot open a pseudo-terminal")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        slavePath = String(cString: name)
    }

    /// Starts `arguments` with the slave as standard input, output and error, and an empty signal mask.
    func spawn(_ arguments: [String], environment: [String: String]) throws -> pid_t {
        var none = sigset_t()
        sigemptyset(&none)
        return try HangupProcess.spawn(arguments, environment: environment, mask: none) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
    }

    /// Reads what the child writes until the text contains `marker`.
    func readUntil(_ marker: String, seconds: Double) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 8192)
        while Date() < deadline {
            if String(decoding: output, as: UTF8.self).contains(marker) { return }
            var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 100) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count > 0 { output.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        if String(decoding: output, as: UTF8.self).contains(marker) { return }
        throw HarnessError("never saw “\(marker)” on the pty; it showed:\n" + String(decoding: output.suffix(2000), as: UTF8.self))
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
    }

    func closeMaster() {
        if master >= 0 { close(master) }
        master = -1
    }
}

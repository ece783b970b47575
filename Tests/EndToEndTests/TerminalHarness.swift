import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs programs for the terminal end-to-end tests and finds what they need.
enum TerminalHarness {
    /// The `village-board` binary `swift test` built beside this test bundle (or $VB_BINARY).
    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["VB_BINARY"], !path.isEmpty { return path }
        var folders: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((executable as NSString).deletingLastPathComponent)
        }
        if let executable = Bundle.main.executablePath { folders.append((executable as NSString).deletingLastPathComponent) }
        folders.append((Bundle.main.bundlePath as NSString).deletingLastPathComponent)
        for folder in folders {
            let path = folder + "/village-board"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw HarnessError("village-board was not found beside the tests (looked in \(folders)); run `swift build` first")
    }

    /// True when tmux can be run; the tmux tests are skipped (with this reason) otherwise.
    static let hasTmux: Bool = (try? run(["tmux", "-V"]).status) == 0

    /// Runs a command (found on PATH) to completion; returns its status and standard output.
    ///
    /// Spawned directly rather than with Foundation's Process: tests run on threads that block
    /// most signals, a child inherits that mask (a tmux server started so ignores kill-server's
    /// SIGTERM), and Process sometimes never notices a child exit under parallel tests. Here the
    /// child gets an empty signal mask and default handlers, and is reaped with waitpid.
    /// With `readOutput: false` the output goes to /dev/null: a command that starts a daemon
    /// (`tmux new-session` starts the server) would otherwise hand it the pipe, and reading to
    /// its end would wait for the daemon to exit.
    @discardableResult
    static func run(_ arguments: [String], readOutput: Bool = true) throws -> (status: Int32, output: String) {
        // One spawn at a time, with close-on-exec set before anyone else spawns: another test's
        // tmux server must never inherit this pipe (its reader would wait for that server).
        spawnLock.lock()
        var spawnLocked = true
        defer { if spawnLocked { spawnLock.unlock() } }
        var pipeEnds: [Int32] = [-1, -1]
        if readOutput {
            guard pipe(&pipeEnds) == 0 else { throw HarnessError("pipe failed") }
            _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if readOutput {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environment)
        if readOutput { close(pipeEnds[1]) }
        spawnLock.unlock()
        spawnLocked = false
        guard spawned == 0 else {
            if readOutput { close(pipeEnds[0]) }
            throw HarnessError("cannot run \(arguments[0]): error \(spawned)")
        }
        var output: [UInt8] = []
        if readOutput {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count > 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            close(pipeEnds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }

    private static let spawnLock = NSLock()

    /// A fresh empty folder for one test's files.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "vb-terminal-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The environment a command-line test runs the program in: its own laptop name, a Chinese locale, data and
    /// config folders inside `folder`, no store from the caller's shell, and the PIN given (or none).
    static func commandEnvironment(folder: String, device: String, pin: String?) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["VILLAGE_BOARD_DEVICE"] = device
        env["VILLAGE_BOARD_PIN"] = pin
        env["LANG"] = "zh_CN.UTF-8"
        env["XDG_DATA_HOME"] = folder + "/data"
        env["XDG_CONFIG_HOME"] = folder + "/config"
        env.removeValue(forKey: "VILLAGE_BOARD_STORE")
        return env
    }

    /// How many bytes `pid` has read so far (`rchar` in /proc/<pid>/io), nil once it is gone: rises when a program
    /// waiting for keys takes one.
    static func bytesRead(_ pid: Int32) -> Int? {
        guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return nil }
        let line = io.split(separator: "\n").first { $0.hasPrefix("rchar:") }
        return line.flatMap { Int($0.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// Polls `condition` every 50 ms until it holds or `seconds` pass; returns whether it held.
    static func waitUntil(seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }
}

/// A failure of the test machinery itself (not of the program under test).
struct HarnessError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

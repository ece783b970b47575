#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The real `village-board` in a private tmux server (its own socket and no user configuration), driven like a
/// person at the keyboard: press keys, type text, read the screen. One per test; `kill()` ends the server.
final class BoardTmux {
    let socket = "vb-board-" + UUID().uuidString.prefix(8).lowercased()
    let session = "board"

    /// The folder of this test's store, exports and home.
    let folder: String
    var store: String { folder + "/store" }

    init() throws {
        folder = NSTemporaryDirectory() + "vb-board-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/home", withIntermediateDirectories: true)
    }

    // MARK: The program

    /// The `village-board` that `swift test` built beside this test bundle (`$VB_BINARY` overrides).
    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["VB_BINARY"], !path.isEmpty { return path }
        var folders: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((exe as NSString).deletingLastPathComponent)
        }
        folders.append((Bundle.main.bundlePath as NSString).deletingLastPathComponent)
        folders.append(Bundle.main.bundlePath)
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/village-board") {
            return folder + "/village-board"
        }
        throw BoardE2EError("village-board was not found beside the test bundle (looked in \(folders))")
    }

    static let hasTmux: Bool = (try? run(["tmux", "-V"]).status) == 0

    /// Set by a test for the runs after it (e.g. `VILLAGE_BOARD_OPEN`).
    var extraEnvironment: [String: String] = [:]

    /// The environment every run of the program gets: a fixed device, Chinese, and a home of its own.
    var environment: [String: String] {
        ["VILLAGE_BOARD_DEVICE": "e2e", "LANG": "zh_CN.UTF-8", "HOME": folder + "/home", "PATH": "/usr/bin:/bin",
         "VILLAGE_BOARD_PIN": "1234"]  // the demo users' PIN: with --as, no login screen
            .merging(extraEnvironment) { $1 }
    }

    /// Runs a command to the end; its status, standard output and standard error. Spawned and reaped here
    /// (posix_spawn + waitpid, output through files, signals unblocked), because Foundation's `Process` can miss
    /// the exit of a `tmux new-session` client whose server daemonises, and then waits forever.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String]? = nil, in directory: String? = nil) throws
        -> (status: Int32, output: String, error: String) {
        let base = NSTemporaryDirectory() + "vb-board-run-" + UUID().uuidString
        let outPath = base + ".out", errPath = base + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // env(1) finds the program on PATH and, with -C, changes directory first.
        let argv = ["/usr/bin/env"] + (directory.map { ["-C", $0] } ?? []) + arguments
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        // The test runner's threads block most signals; a child must not inherit that, or the tmux server never
        // hears SIGCHLD (its panes stay zombies, kill-server never finishes) and the program ignores SIGHUP.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else { throw BoardE2EError("could not run \(arguments.first ?? ""): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func read(_ path: String) -> String {
            FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        return (exit, read(outPath), read(errPath))
    }

    /// Runs `village-board ARGS` on this test's store, outside tmux.
    @discardableResult
    func cli(_ arguments: [String]) throws -> String {
        let result = try Self.run([try Self.binary()] + arguments, environment: environment, in: folder)
        guard result.status == 0 else {
            throw BoardE2EError("village-board \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.error)")
        }
        return result.output
    }

    /// A fresh copy of the demo: `village-board init --demo --store FOLDER/store`.
    func initDemo() throws {
        try cli(["init", "--demo", "--store", store])
    }

    // MARK: tmux

    @discardableResult
    func tmux(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try Self.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Opens the board as `user` in a detached window of the given size (the environment is set in the pane's command;
    /// `extra` adds to it or overrides it, e.g. LANG for English).
    func open(as user: String, width: Int = 100, height: Int = 30, extra: [String: String] = [:]) throws {
        let env = environment.merging(extra) { $1 }.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }.joined(separator: " ")
        let command = "cd \(Self.quoted(folder)) && exec env \(env) \(Self.quoted(try Self.binary())) --store \(Self.quoted(store)) --as \(user)"
        if (try? tmux(["has-session", "-t", session]).status) == 0 {
            try tmux(["respawn-pane", "-k", "-t", session, command])
        } else {
            let started = try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command])
            guard started.status == 0 else { throw BoardE2EError("tmux new-session failed: \(started.error)") }
            try tmux(["set-option", "-g", "remain-on-exit", "on"])
        }
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The screen, one string per row (tmux drops trailing spaces).
    func screen() -> [String] {
        guard let output = try? tmux(["capture-pane", "-p", "-t", session]).output else { return [] }
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    var text: String { screen().joined(separator: "\n") }

    /// Presses keys by tmux name ("Enter", "Escape", "j", "PageDown", "BTab").
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", session, key]) }
    }

    /// Types text literally, Chinese included, as an input method would deliver it.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Polls the screen every 50 ms until `condition` holds; the screen that satisfied it, or a failure with the
    /// last screen.
    @discardableResult
    func wait(_ what: String, seconds: Double = 20, until condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String] = []
        repeat {
            last = screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw BoardE2EError("timed out waiting for \(what); the screen was:\n" + last.joined(separator: "\n"))
    }

    @discardableResult
    func wait(for text: String, seconds: Double = 20) throws -> [String] {
        try wait("“\(text)”", seconds: seconds) { $0.contains { $0.contains(text) } }
    }

    /// The breadcrumb on the header line ("白山市 › 靖宇县" → ["白山市", "靖宇县"]).
    static func crumbs(_ screen: [String]) -> [String] {
        guard let header = screen.first, let title = header.range(of: "村级作战图") else { return [] }
        let rest = header[title.upperBound...].trimmingCharacters(in: .whitespaces)
        let crumbs = rest.components(separatedBy: "  ").first ?? ""
        return crumbs.isEmpty ? [] : crumbs.components(separatedBy: " › ")
    }

    func crumbs() -> [String] { Self.crumbs(screen()) }

    /// Whether the program has exited (the pane stays, dead, to be read).
    var exited: Bool {
        ((try? tmux(["display-message", "-p", "-t", session, "#{pane_dead}"]).output) ?? "").hasPrefix("1")
    }

    func waitForExit(seconds: Double = 20) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !exited {
            guard Date() < deadline else { throw BoardE2EError("the program did not exit; the screen was:\n" + text) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Ends the server and removes the test's folder. A program that outlives its server (it should leave on
    /// SIGHUP) is ended by its process id.
    func kill() {
        let pid = (try? tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).output)
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        _ = try? tmux(["kill-server"])
        if let pid, pid > 1 {
            for _ in 0..<40 where Glibc.kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
            if Glibc.kill(pid, 0) == 0 { _ = Glibc.kill(pid, SIGKILL) }
        }
        // tmux leaves the socket file of a killed server behind.
        let tmp = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(tmp)/tmux-\(getuid())/\(socket)")
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// A failure of an end-to-end step, with what the screen showed.
struct BoardE2EError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

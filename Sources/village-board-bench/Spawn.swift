#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs a child process to its end (posix_spawn + waitpid), timing it from spawn to exit. Standard output goes to
/// a temporary file and is read back; standard error is passed through, so a child's failure is seen.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
        var seconds: Double
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// This benchmark's own executable (children are more of the same binary).
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// `name` in the folder this benchmark runs from (the `village-board` built beside it), if it is there.
    static func sibling(_ name: String) -> String? {
        let path = (selfPath as NSString).deletingLastPathComponent + "/" + name
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// `environment` is added to this process's own; the names in `removing` are taken out of it (so a PIN in the
    /// caller's environment cannot reach a child that must run without one).
    static func run(_ arguments: [String], environment: [String: String] = [:], removing: [String] = []) throws -> Result {
        let outPath = NSTemporaryDirectory() + "village-board-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for name in removing { merged[name] = nil }
        let envp = merged.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Measure.wall()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let seconds = Measure.seconds(since: started)
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return Result(status: exit, output: output, seconds: seconds)
    }

    /// Runs another mode of this benchmark and reads back its readings; a failed child is an error.
    static func bench(_ arguments: [String]) throws -> (readings: Readings, seconds: Double) {
        let r = try run([selfPath] + arguments)
        guard r.status == 0 else {
            throw Failure(description: "village-board-bench \(arguments.joined(separator: " ")) exited \(r.status)")
        }
        return (Readings.parse(r.output), r.seconds)
    }
}

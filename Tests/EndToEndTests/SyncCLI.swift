import Foundation
import Testing

/// Runs the real `village-board` (and git) for the sync, import and export end-to-end tests, each laptop with its
/// own device name, in a fresh temporary folder.
struct SyncCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var data: Data
    }

    let binary: String
    let folder: String
    let environment: [String: String]

    init() throws {
        binary = try TerminalHarness.binary()
        folder = NSTemporaryDirectory() + "vb-sync-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_MESSAGES"] = "en_US.UTF-8"  // these tests read the English words; C.UTF-8 alone now means Chinese
        env["XDG_DATA_HOME"] = folder + "/data"
        env["XDG_CONFIG_HOME"] = folder + "/config"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["HOME"] = folder
        env.removeValue(forKey: "VILLAGE_BOARD_STORE")
        environment = env
    }

    struct CLIError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    func path(_ name: String) -> String { folder + "/" + name }

    /// `village-board ARGS` as laptop `device`.
    @discardableResult
    func vb(_ device: String, _ arguments: String...) throws -> Result {
        try run(binary, arguments, environment: environment.merging(["VILLAGE_BOARD_DEVICE": device, "VILLAGE_BOARD_PIN": "1234"]) { $1 })
    }

    /// `git ARGS` in `directory`, with a fixed identity.
    @discardableResult
    func git(_ directory: String, _ arguments: String...) throws -> Result {
        let r = try run("/usr/bin/env", ["git", "-C", directory, "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                                        "-c", "init.defaultBranch=main"] + arguments, environment: environment)
        if r.status != 0 { throw CLIError(message: "git \(arguments.joined(separator: " ")) failed: \(r.stderr)") }
        return r
    }

    func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        try Self.capture(executable, arguments, environment: environment)
    }

    /// Runs a program to its end with no input, capturing its status and both outputs (used by every CLI test).
    static func capture(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self), data: o)
    }

    /// Copies a store folder as a USB stick would (no lock).
    func copyStore(_ from: String, to: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: to, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: from) where name != "lock" {
            try fm.copyItem(atPath: from + "/" + name, toPath: to + "/" + name)
        }
    }

    /// What must be equal on two laptops that hold the same operations.
    func view(_ store: String) throws -> (report: String, fingerprint: String) {
        let report = try vb("observer", "report", "--store", store, "--format", "json")
        let fingerprint = try vb("observer", "sync", "--fingerprint", "--store", store)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(fingerprint.status == 0, "\(fingerprint.stderr)")
        return (report.stdout, fingerprint.stdout)
    }
}

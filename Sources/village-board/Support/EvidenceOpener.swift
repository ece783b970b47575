import Foundation
import VillageBoardStore

/// Opens an evidence file with the desktop's opener: `$VILLAGE_BOARD_OPEN` (a command; the file's path is its last
/// argument), else `xdg-open` when a desktop is there (`$DISPLAY` or `$WAYLAND_DISPLAY`), else nothing: the caller
/// prints the path. Used by `evidence open` and the TUI's Enter (which restores the terminal around it).
enum EvidenceOpener {
    /// What came of an attempt.
    enum Outcome: Equatable {
        /// The opener ran and exited 0.
        case opened
        /// No opener here: show the path instead.
        case noOpener
        /// The opener ran and failed (its name, its exit status).
        case failed(String, Int32)
    }

    /// The opener this environment has, as a shell command, or nil.
    static func command(_ environment: [String: String]) -> String? {
        if let own = environment["VILLAGE_BOARD_OPEN"], !own.trimmingCharacters(in: .whitespaces).isEmpty { return own }
        let desktop = !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
        guard desktop else { return nil }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/xdg-open") } ? "xdg-open" : nil
    }

    /// Runs the opener on `file` and waits for it. The path goes to the shell as "$1", never into the command's text.
    static func open(_ file: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        guard let command = command(environment) else { return .noOpener }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "village-board-open", file]
        do { try process.run() } catch { return .failed(command, 127) }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? .opened : .failed(command, process.terminationStatus)
    }
}

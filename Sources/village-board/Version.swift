import Foundation

/// What `village-board --version` prints: the version number and, when the build was stamped, its git commit.
///
/// The number is raised by hand with each CHANGELOG.md release. The commit cannot be compiled in without a build
/// plugin or network, so `scripts/stamp-commit.sh` (run after `swift build`, as `.ci/run` does) writes it to
/// `village-board.commit` beside the binary. A stamp older than the binary describes an earlier build and is not
/// believed; with none, the commit is "unknown".
enum Version {
    static let number = "0.1.0"
    /// The stamp's file name, in the binary's folder.
    static let stampName = "village-board.commit"

    /// "0.1.0 (commit 1a2b3c4)" or "0.1.0 (commit unknown)".
    static var description: String { "\(number) (commit \(commit(executable: executablePath()) ?? "unknown"))" }

    /// The commit stamped beside `executable`, when the stamp is at least as new as the binary.
    static func commit(executable: String?) -> String? {
        guard let executable else { return nil }
        let stamp = (executable as NSString).deletingLastPathComponent + "/" + stampName
        let files = FileManager.default
        guard let text = files.contents(atPath: stamp).map({ String(decoding: $0, as: UTF8.self) }),
              let stamped = modified(stamp), let built = modified(executable), stamped >= built else { return nil }
        let commit = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return commit.isEmpty ? nil : commit
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// The running binary's path (through /proc, so a symbolic link to it finds the real folder).
    private static func executablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }
}

import Foundation

/// Paths in the repository, found from this file's location (tests run from any directory).
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// True when the maintainer asked to rewrite generated files and snapshots (UPDATE_SNAPSHOTS=1, the one
    /// variable every test target reads for this).
    static var regenerating: Bool {
        ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    }
}

import Foundation

/// Paths in the repository, found from this file's location (tests run from any directory).
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// True when the maintainer asked to rewrite generated sources (VB_REGENERATE=1).
    static var regenerating: Bool {
        ProcessInfo.processInfo.environment["VB_REGENERATE"] == "1"
    }
}

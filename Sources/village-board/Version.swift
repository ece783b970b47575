/// What `village-board --version` prints: the version and the commit it was built from.
/// scripts/release.sh reads the version from the built program's `--version`, so this is the only place it is set.
enum VillageBoardVersion {
    static let number = "0.1.0"
    /// "0.1.0 (commit 1a2b3c4)"; a developer's build says "commit unknown" (scripts/stamp-commit.sh stamps a release).
    static var text: String { "\(number) (commit \(BuildCommit.hash))" }
}

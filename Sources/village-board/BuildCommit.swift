// scripts/stamp-commit.sh rewrites this file for a release build and restores it afterwards: commit it unchanged.
enum BuildCommit {
    static let hash = "unknown"
}

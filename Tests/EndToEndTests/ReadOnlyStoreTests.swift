#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A store that cannot be written (read-only media, or a folder without write permission) opens read-only and says so:
/// `[只读]` on the header, and a change is refused up front in Chinese, with no evidence prompt. Before, it opened as
/// the writer and every save failed with an English error.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct ReadOnlyStoreTests {
    /// Makes `store` unwritable the way this user can: a read-only tmpfs (root, whom permissions do not stop) or
    /// taking away write permission (anyone else). Returns how to undo it; nil when neither works here.
    static func makeUnwritable(_ tmux: BoardTmux) throws -> (() -> Void)? {
        if getuid() != 0 {
            _ = try BoardTmux.run(["chmod", "-R", "a-w", tmux.store])
            return { _ = try? BoardTmux.run(["chmod", "-R", "u+w", tmux.store]) }
        }
        let media = tmux.folder + "/media"
        try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: true)
        guard try BoardTmux.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", media]).status == 0 else { return nil }
        _ = try BoardTmux.run(["cp", "-a", tmux.store + "/.", media])
        _ = try BoardTmux.run(["rm", "-rf", tmux.store])
        _ = try BoardTmux.run(["ln", "-s", media, tmux.store])
        guard try BoardTmux.run(["mount", "-o", "remount,ro", media]).status == 0 else {
            _ = try? BoardTmux.run(["umount", media])
            return nil
        }
        return { _ = try? BoardTmux.run(["umount", "-l", media]) }
    }

    @Test func anUnwritableStoreOpensReadOnlyAndRefusesChangesInChinese() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        guard let undo = try Self.makeUnwritable(tmux) else {
            Issue.record("could not make the store unwritable on this machine")
            return
        }
        defer { undo() }
        try tmux.open(as: "taiping-sec", width: 100, height: 30)
        let board = try tmux.wait("太平村's board, read-only") { $0.first?.contains("[只读]") == true && $0.contains { $0.contains("户主") } }
        #expect(board.first?.contains("[只读]") == true)
        try tmux.press("Enter")
        try tmux.wait("a household") { BoardTmux.crumbs($0).count == 2 && $0.contains { $0.contains("不愁吃") } }
        try tmux.press("y")
        let refused = try tmux.wait(for: "不可写")
        #expect(!refused.contains { $0.contains("佐证") && $0.contains("新佐证") }, "no evidence prompt for a refused change")
        #expect(!refused.joined().contains("Read-only"), "the refusal is in Chinese")
        try tmux.press("q")
        try tmux.waitForExit()
    }
}

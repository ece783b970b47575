import Foundation
import Testing
import VillageBoardStore

/// A fresh folder under the system's temporary folder, removed with everything in it when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/village-board-files-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw FileError(.createFolder, path: "mkdtemp", code: errno) }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `path` + "/" + `name`.
    func file(_ name: String) -> String { path + "/" + name }
}

/// The permission bits of whatever is at `path`.
func permissions(_ path: String) -> mode_t {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0o7777 }
    return info.st_mode & 0o777
}

/// Runs `body` with the process umask set to `mask`, then puts the old one back.
/// The umask is process-wide: keep `body` short.
func withUmask<R>(_ mask: mode_t, _ body: () throws -> R) rethrows -> R {
    let old = umask(mask)
    defer { umask(old) }
    return try body()
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

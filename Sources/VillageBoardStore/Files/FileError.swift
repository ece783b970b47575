#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation the system refused, with the path and the system's reason:
/// `cannot write to journal/laptop-a.jsonl: No space left on device (errno 28)`.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done when it failed.
    public enum Operation: String, Sendable, Hashable {
        case open, read, write, sync, rename, createFolder, list, remove, lock, inspect, setPermissions, truncate
    }

    public var operation: Operation
    public var path: String
    /// The destination of a rename.
    public var otherPath: String?
    /// The system's error number (errno).
    public var code: Int32

    public init(_ operation: Operation, path: String, otherPath: String? = nil, code: Int32) {
        self.operation = operation
        self.path = path
        self.otherPath = otherPath
        self.code = code
    }

    /// The system's words for `code`: "Permission denied".
    public var reason: String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    public var description: String {
        let action: String
        switch operation {
        case .open: action = "cannot open \(path)"
        case .read: action = "cannot read \(path)"
        case .write: action = "cannot write to \(path)"
        case .sync: action = "cannot flush \(path) to disk"
        case .rename: action = "cannot rename \(path) to \(otherPath ?? "?")"
        case .createFolder: action = "cannot create folder \(path)"
        case .list: action = "cannot list folder \(path)"
        case .remove: action = "cannot remove \(path)"
        case .lock: action = "cannot lock \(path)"
        case .inspect: action = "cannot inspect \(path)"
        case .setPermissions: action = "cannot make \(path) private to its owner"
        case .truncate: action = "cannot cut back \(path)"
        }
        return "\(action): \(reason) (errno \(code))"
    }
}

import Foundation

/// Reads the process environment (a seam so tests can pass their own).
public enum ProcessEnvironment {
    public static func current() -> [String: String] {
        ProcessInfo.processInfo.environment
    }

    /// True when NO_COLOR is set to anything non-empty (https://no-color.org).
    public static func wantsNoColor(_ environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}

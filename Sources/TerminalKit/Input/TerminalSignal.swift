/// A request from outside to stop: Ctrl-C, `kill`, or the terminal going away.
public enum TerminalSignal: String, Hashable, Sendable, CaseIterable {
    /// SIGINT (Ctrl-C).
    case interrupt = "SIGINT"
    /// SIGTERM (`kill`, a shutdown).
    case terminate = "SIGTERM"
    /// SIGHUP (the terminal window was closed).
    case hangup = "SIGHUP"

    /// The POSIX signal number (the same on Linux and macOS for these three).
    public var number: Int32 {
        switch self {
        case .interrupt: return 2
        case .terminate: return 15
        case .hangup: return 1
        }
    }

    /// The conventional exit status of a program stopped by this signal (128 + number).
    public var exitStatus: Int32 { 128 + number }

    public init?(number: Int32) {
        guard let match = Self.allCases.first(where: { $0.number == number }) else { return nil }
        self = match
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a look at the terminal's input line found.
enum InputLineState: Equatable, Sendable {
    /// Still there (maybe with input waiting, maybe quiet).
    case open
    /// Gone: the terminal was hung up (window, tmux pane or ssh connection closed), or the descriptor is invalid.
    case hungUp
}

/// Looks at the descriptor keys are read from without reading anything.
enum InputLine {
    /// `hungUp` when poll reports a hangup, an error or an invalid descriptor, or when the terminal refuses
    /// even `tcgetattr` with EIO (what Linux answers on a terminal that has been hung up).
    static func state(_ fd: Int32) -> InputLineState {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        var ready: Int32
        repeat { ready = poll(&entry, 1, 0) } while ready < 0 && errno == EINTR
        if ready > 0 && Int32(entry.revents) & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hungUp }
        var modes = termios()
        if tcgetattr(fd, &modes) != 0 && (errno == EIO || errno == EBADF) { return .hungUp }
        return .open
    }

    /// Waits up to `milliseconds` for input on `fd` (or for a hangup), without reading it.
    static func wait(_ fd: Int32, milliseconds: Int32) {
        guard milliseconds > 0 else { return }
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&entry, 1, milliseconds)
    }
}

/// Tells a terminal that has gone away from one that is only quiet, so a read loop never spins.
///
/// When the window, the tmux pane or the ssh connection closes, the kernel hangs the terminal up and
/// normally sends SIGHUP, which `readKey` turns into `.signal(.hangup)`. If that signal never arrives
/// (blocked or ignored by whoever started the program, or the terminal is not the process's
/// controlling terminal), every read returns at once with nothing (end of file or EIO), so `get_wch`
/// answers ERR immediately instead of waiting for its timeout, and the key loop would burn a core.
///
/// The watch is told about every read that returned nothing. One that came back long before its
/// timeout makes it look at the line (`InputLine.state`): a hangup there is reported as one, so the
/// app saves and leaves exactly as on SIGHUP. A quick empty read on a line that looks fine (a signal,
/// an invalid byte sequence from a terminal in another encoding) is not taken as a hangup; only when
/// many come in a row does the watch ask the caller to pause before reading again.
struct HangupWatch {
    /// The descriptor keys are read from.
    let fd: Int32
    /// How the line is examined (a seam for tests).
    let lineState: (Int32) -> InputLineState
    /// Quick empty reads in a row on a line that looked open.
    private(set) var quickEmptyReads = 0

    /// Reads shorter than this are never judged: they were not meant to wait.
    static let shortestJudgedMilliseconds: Int32 = 10
    /// Quick empty reads in a row after which the reader pauses (`pauseMilliseconds`) before the next.
    static let pauseAfter = 20
    static let pauseMilliseconds: Int32 = 10

    init(fd: Int32, lineState: @escaping (Int32) -> InputLineState = InputLine.state) {
        self.fd = fd
        self.lineState = lineState
    }

    /// What the reader should do after a read.
    enum Verdict: Equatable, Sendable {
        /// Carry on reading.
        case carryOn
        /// Carry on, after waiting up to this many milliseconds for input (a read keeps failing at once).
        case pause(Int32)
        /// The terminal is gone: report a hangup.
        case hungUp
    }

    /// A read delivered something (a key, a character, even one that could not be decoded).
    mutating func readDelivered() { quickEmptyReads = 0 }

    /// A read that was allowed `timeout` milliseconds returned nothing after `elapsed` milliseconds.
    mutating func readReturnedNothing(timeout: Int32, elapsed: Int32) -> Verdict {
        guard timeout >= Self.shortestJudgedMilliseconds, elapsed < timeout / 2 else {
            // It waited (about) as long as it was allowed: a quiet terminal.
            quickEmptyReads = 0
            return .carryOn
        }
        if lineState(fd) == .hungUp { return .hungUp }
        quickEmptyReads += 1
        guard quickEmptyReads > Self.pauseAfter else { return .carryOn }
        return .pause(min(Self.pauseMilliseconds, timeout - elapsed))
    }
}

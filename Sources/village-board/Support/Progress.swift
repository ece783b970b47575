import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line of progress on stderr for a command that may take more than a second at province scale: what it is
/// doing and for how long, redrawn in place and cleared at the end. Only when stderr is a terminal (never in a pipe,
/// a file or a script's log), and only once the work has taken a little while, so quick runs show nothing.
final class ProgressLine: @unchecked Sendable {
    /// Whether a progress line may be drawn at all: stderr is a terminal that can move the cursor.
    static var isWanted: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb" && environment["VILLAGE_BOARD_PROGRESS"] != "0"
    }

    /// Chinese unless the locale says otherwise, as the rest of the program.
    static var chinese: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return locale.map { $0.hasPrefix("zh") } ?? true
    }

    private let lock = NSLock()
    private let started = Date()
    private var label: String
    private var finished = false
    private var drawn = false
    private let stopped = DispatchSemaphore(value: 0)

    private init(_ label: String) { self.label = label }

    /// The line being drawn, if any, so that a PIN prompt can pause it.
    private static let current = NSLock()
    nonisolated(unsafe) private static var active: ProgressLine?
    private var paused = false

    /// Clears the line and stops drawing it (while the terminal asks for a PIN).
    static func pause() {
        current.lock(); let line = active; current.unlock()
        guard let line else { return }
        line.lock.lock()
        line.paused = true
        if line.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); line.drawn = false }
        line.lock.unlock()
    }

    static func resume() {
        current.lock(); let line = active; current.unlock()
        line?.lock.lock()
        line?.paused = false
        line?.lock.unlock()
    }

    /// Runs `body`, with a progress line on stderr while it runs when stderr is a terminal.
    static func run<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        guard isWanted else { return try body() }
        let line = ProgressLine(label)
        current.lock(); active = line; current.unlock()
        let thread = Thread { line.redrawUntilFinished() }
        thread.start()
        defer {
            line.finish()
            current.lock(); active = nil; current.unlock()
        }
        return try body()
    }

    /// How long the work may run before the line appears: half a second, or at once with VILLAGE_BOARD_PROGRESS=now.
    private static var delay: Double { ProcessInfo.processInfo.environment["VILLAGE_BOARD_PROGRESS"] == "now" ? 0 : 0.5 }

    private func redrawUntilFinished() {
        var frame = 0
        let delay = Self.delay
        while true {
            if frame > 0 || delay > 0 { usleep(150_000) }
            lock.lock()
            if finished { lock.unlock(); break }
            let seconds = Date().timeIntervalSince(started)
            if seconds >= delay && !paused {
                let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][frame % 10]
                let elapsed = String(format: "%.1f", seconds)
                let text = Self.chinese ? "\(spinner) \(label)… 已用 \(elapsed) 秒" : "\(spinner) \(label)… \(elapsed) s"
                FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
                drawn = true
                frame += 1
            }
            lock.unlock()
        }
        stopped.signal()
    }

    private func finish() {
        lock.lock()
        finished = true
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        lock.unlock()
        stopped.wait()
    }
}

extension ParsableCommand {
    /// `reporting`, with a progress line on a terminal's stderr saying `what` (Chinese, English) while it runs.
    func reporting(progress what: (zh: String, en: String), _ body: () throws -> Void) throws {
        try reporting {
            try ProgressLine.run(ProgressLine.chinese ? what.zh : what.en, body)
        }
    }
}

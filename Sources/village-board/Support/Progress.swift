import ArgumentParser
import Foundation
import VillageBoardText
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


    private let lock = NSLock()
    private let started = Date()
    private var label: String
    /// "已用 1.5 秒" / "1.5 s", in the command's language.
    private var elapsed: @Sendable (String) -> String = { $0 }
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
    static func run<T>(_ label: String, elapsed: @escaping @Sendable (String) -> String, _ body: () throws -> T) rethrows -> T {
        guard isWanted else { return try body() }
        let line = ProgressLine(label)
        line.elapsed = elapsed
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
                let text = "\(spinner) \(label)… " + self.elapsed(elapsed)
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
    /// `reporting`, with a progress line on a terminal's stderr saying what the command does (a `cli.progress.*`
    /// key) while it runs, in the command's language.
    func reporting(_ language: Language, progress what: TextKey, _ body: () throws -> Void) throws {
        let text = Catalog(language)
        try reporting(language) {
            try ProgressLine.run(text(what), elapsed: { text("cli.progress.elapsed", $0) }, body)
        }
    }
}

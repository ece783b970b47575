import ArgumentParser
import Foundation
import VillageBoardCore
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
    /// "约剩 4 秒" / "about 4 s left".
    private var left: @Sendable (String) -> String = { $0 }
    /// How far the work has got, told by the code doing it.
    private let meter: WorkMeter
    private var finished = false
    private var drawn = false
    private let stopped = DispatchSemaphore(value: 0)

    private init(_ label: String, meter: WorkMeter) {
        self.label = label
        self.meter = meter
    }

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

    /// Runs `write` (output to stdout) with the line cleared first and not redrawn meanwhile, so printed text never
    /// starts after the progress text on a terminal showing both; the next tick draws the line again below it.
    static func clearingLine(_ write: () -> Void) {
        current.lock(); let line = active; current.unlock()
        guard let line else { return write() }
        line.lock.lock()
        defer { line.lock.unlock() }
        if line.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); line.drawn = false }
        write()
    }

    static func resume() {
        current.lock(); let line = active; current.unlock()
        line?.lock.lock()
        line?.paused = false
        line?.lock.unlock()
    }

    /// Runs `body`, with a progress line on stderr while it runs when stderr is a terminal. The work tells how far
    /// it has got through `WorkMeter.current`, in `stages` of these relative weights.
    static func run<T>(_ label: String, stages: [Double], elapsed: @escaping @Sendable (String) -> String,
                       left: @escaping @Sendable (String) -> String, _ body: () throws -> T) rethrows -> T {
        guard isWanted else { return try body() }
        let line = ProgressLine(label, meter: WorkMeter(stages: stages))
        line.elapsed = elapsed
        line.left = left
        current.lock(); active = line; current.unlock()
        let thread = Thread { line.redrawUntilFinished() }
        thread.start()
        defer {
            line.finish()
            current.lock(); active = nil; current.unlock()
        }
        return try WorkMeter.$current.withValue(line.meter) { try body() }
    }

    /// "42% · 已用 3.1 秒 · 约剩 4 秒": the part done once the work has told it, and the time left once a guess at it
    /// is worth showing (a second in, with a twentieth done).
    private func figures(after seconds: Double) -> String {
        let spent = elapsed(String(format: "%.1f", seconds))
        guard let done = meter.fraction else { return spent }
        var parts = ["\(Int(done * 100))%", spent]
        if seconds >= 1, done >= 0.05, done < 1 {
            parts.append(left(String(Int((seconds * (1 - done) / done).rounded(.up)))))
        }
        return parts.joined(separator: " · ")
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
                let text = "\(spinner) \(label)… " + figures(after: seconds)
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
    func reporting(_ language: Language, progress what: TextKey, stages: [Double] = [1],
                   _ body: () throws -> Void) throws {
        try reporting(language) { try showingProgress(language, what, stages: stages, body) }
    }

    /// Runs `body` with a progress line on a terminal's stderr (see `reporting(_:progress:)`): for one part of a
    /// command, such as the TUI's open before the terminal is taken over.
    func showingProgress<T>(_ language: Language, _ what: TextKey, stages: [Double] = [1],
                            _ body: () throws -> T) throws -> T {
        let text = Catalog(language)
        return try ProgressLine.run(text(what), stages: stages, elapsed: { text("cli.progress.elapsed", $0) },
                                    left: { text("cli.progress.left", $0) }, body)
    }
}

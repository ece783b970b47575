import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. Made by `TerminalSession.run`, valid inside it only.
///
/// `present` diffs against the previous frame and writes only changed cells, then one
/// `doupdate`; it never clears the screen per frame. Bursts of resizes are merged into one
/// `.resize`, after which every cell is repainted once. A terminal that goes away without a SIGHUP
/// reaching the process (reads then fail at once) is reported as `.signal(.hangup)` too (`HangupWatch`).
public final class NcursesTerminal: Terminal {
    public private(set) var size: Size
    public let capabilities: TerminalCapabilities
    public var theme: Theme {
        get { palette.theme }
        set {
            palette.replaceTheme(newValue)
            previous = nil
        }
    }
    public var minimumSize: Size
    private var palette: StylePalette
    private var previous: Canvas?
    private var pending: [Key] = []
    private var cursorShown = false
    /// Notices a terminal that has gone away when no SIGHUP says so.
    private var hangupWatch = HangupWatch(fd: STDIN_FILENO)
    /// Set once the terminal is known to be gone; every later `readKey` reports the hangup again.
    private var hungUp = false

    init(capabilities: TerminalCapabilities, theme: Theme, minimumSize: Size, defaultColors: Bool, pairLimit: Int32) {
        self.capabilities = capabilities
        self.minimumSize = minimumSize
        palette = StylePalette(theme: theme, depth: capabilities.colorDepth, defaultColors: defaultColors,
                               pairLimit: pairLimit)
        size = Size(width: Int(vb_screen_columns()), height: Int(vb_screen_lines()))
    }

    public func present(_ canvas: Canvas) {
        let frame = SizeGuard.frame(canvas, size: size, minimum: minimumSize, chinese: capabilities.canShowChinese)
        for run in CanvasDiff.runs(from: previous, to: frame) { draw(run) }
        if let cursor = frame.absoluteCursor, cursor.x >= 0, cursor.y >= 0,
           cursor.x < size.width, cursor.y < size.height {
            // Moved last, so the terminal's cursor (and an input method's window) lands here.
            vb_draw_cursor(1, Int32(cursor.y), Int32(cursor.x))
            cursorShown = true
        } else if cursorShown || previous == nil {
            vb_draw_cursor(0, 0, 0)
            cursorShown = false
        }
        vb_screen_flush()
        previous = frame
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        let clock = ContinuousClock()
        let start = clock.now
        while true {
            if let signal = Self.takeSignal() { return .signal(signal) }
            if hungUp { return .signal(.hangup) }
            if let key = nextKey(sliceMilliseconds: sliceLength(start: start, clock: clock, timeout: timeoutMilliseconds)) {
                if isTooSmall && !SizeGuard.passesWhileTooSmall(key) { continue }
                return key
            }
            if let signal = Self.takeSignal() { return .signal(signal) }
            if hungUp { return .signal(.hangup) }
            if timeoutMilliseconds >= 0 && clock.now - start >= .milliseconds(timeoutMilliseconds) { return nil }
        }
    }

    public func invalidate() {
        previous = nil
        vb_screen_invalidate()
    }

    public func outside(_ work: () -> Void) {
        vb_screen_suspend()
        work()
        vb_screen_resume()
        invalidate()
    }

    /// Waits in slices of at most 100 ms so a signal is noticed even if a read is restarted.
    private func sliceLength(start: ContinuousClock.Instant, clock: ContinuousClock, timeout: Int) -> Int32 {
        guard timeout >= 0 else { return 100 }
        let elapsed = clock.now - start
        let left = Duration.milliseconds(timeout) - elapsed
        let leftMilliseconds = max(0, Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
        return Int32(min(100, leftMilliseconds))
    }

    private static func takeSignal() -> TerminalSignal? {
        let number = vb_guard_take_signal()
        return number == 0 ? nil : TerminalSignal(number: number)
    }

    /// One decoded key from the queue or the terminal, or nil when the slice ran out.
    ///
    /// A key put back on the queue (the one read after an Esc, a mark's neighbour, the key after a burst of resizes)
    /// goes through the same decoding as a fresh one: a queued `.resize` takes the new size and repaints like any other,
    /// so a resize that arrives together with Esc still gives a whole frame of the new size.
    private func nextKey(sliceMilliseconds: Int32) -> Key? {
        guard let key = takeRaw(timeout: sliceMilliseconds) else { return nil }
        switch key {
        case .escape:
            // Alt-x arrives as Esc then x in the same burst; a lone Esc has nothing after it.
            guard let next = takeRaw(timeout: 0) else { return .escape }
            if case .char(let character) = next { return .alt(character) }
            unread(next)
            return .escape
        case .resize:
            mergeResizes()
            return .resize
        case .char(let character):
            return .char(absorbCombiningMarks(after: character))
        default:
            return key
        }
    }

    /// The oldest key put back, else one read from the terminal.
    private func takeRaw(timeout: Int32) -> Key? {
        if !pending.isEmpty { return pending.removeFirst() }
        return readRaw(timeout: timeout)
    }

    /// Puts a key back in front of the queue, to be decoded next.
    private func unread(_ key: Key) {
        pending.insert(key, at: 0)
    }

    /// Swallows the resizes that follow one another, then takes the final size and repaints.
    private func mergeResizes() {
        while let next = takeRaw(timeout: 15) {
            if next != .resize {
                unread(next)
                break
            }
        }
        size = Size(width: Int(vb_screen_columns()), height: Int(vb_screen_lines()))
        // The terminal reflowed or cropped the old picture: rewrite every cell of the next frame.
        invalidate()
    }

    /// A base character and the combining marks typed right after it, as one grapheme.
    private func absorbCombiningMarks(after character: Character) -> Character {
        var text = String(character)
        while let next = takeRaw(timeout: 0) {
            if case .char(let mark) = next, (text + String(mark)).count == 1 {
                text.append(mark)
                continue
            }
            unread(next)
            break
        }
        return text.first ?? character
    }

    private func readRaw(timeout: Int32) -> Key? {
        var value: Int32 = 0
        let clock = ContinuousClock()
        let start = clock.now
        let result = vb_input_read(timeout, &value)
        if result == Int32(VB_INPUT_NONE) {
            noticeEmptyRead(timeout: timeout, elapsed: clock.now - start)
        } else {
            hangupWatch.readDelivered()
        }
        switch result {
        case Int32(VB_INPUT_CHAR):
            return KeyDecoder.decodeCharacter(value)
        case Int32(VB_INPUT_KEY):
            if value == Int32(VB_KEY_MOUSE) { return readMouse() }
            return KeyDecoder.decodeKey(value)
        default:
            return nil
        }
    }

    /// A read that returned nothing: on a terminal that has gone away it returns at once, every time.
    private func noticeEmptyRead(timeout: Int32, elapsed: Duration) {
        let milliseconds = Int32(clamping: elapsed.components.seconds * 1000
            + elapsed.components.attoseconds / 1_000_000_000_000_000)
        switch hangupWatch.readReturnedNothing(timeout: timeout, elapsed: milliseconds) {
        case .carryOn: break
        case .pause(let wait): InputLine.wait(STDIN_FILENO, milliseconds: wait)
        case .hungUp: hungUp = true
        }
    }

    private func readMouse() -> Key? {
        var x: Int32 = 0
        var y: Int32 = 0
        var button: Int32 = 0
        guard vb_input_mouse_event(&x, &y, &button) == 0 else { return nil }
        return .mouse(MouseEvent(x: Int(x), y: Int(y), button: KeyDecoder.decodeMouseButton(button)))
    }

    private func draw(_ run: CanvasRun) {
        var index = 0
        while index < run.cells.count {
            let style = run.cells[index].style
            let startColumn = run.x + index
            var codepoints: [Int32] = []
            while index < run.cells.count && run.cells[index].style == style {
                let cell = run.cells[index]
                if !cell.isContinuation {
                    for scalar in cell.grapheme.unicodeScalars { codepoints.append(Int32(bitPattern: scalar.value)) }
                }
                index += 1
            }
            guard !codepoints.isEmpty else { continue }
            let entry = palette.entry(for: style)
            codepoints.withUnsafeBufferPointer { buffer in
                _ = vb_draw_text(Int32(run.y), Int32(startColumn), buffer.baseAddress, Int32(buffer.count),
                                 entry.attributes, entry.pair)
            }
        }
    }
}

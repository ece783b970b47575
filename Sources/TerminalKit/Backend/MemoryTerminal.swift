/// A terminal in memory for tests: scripted keys in, the screen out as lines of text.
///
/// It behaves like the real one: frames are diffed (so tests can check how much was
/// rewritten), the minimum-size message replaces the canvas, keys are ignored while too small.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public var capabilities: TerminalCapabilities
    public var theme: Theme {
        didSet { invalidate() }
    }
    public var minimumSize: Size
    /// What is on the screen now.
    public private(set) var screen: Canvas
    /// How many frames were presented.
    public private(set) var presentCount = 0
    /// How many cells the last frame rewrote.
    public private(set) var lastChangedCells = 0
    private var keys: [Key] = []
    private var needsFullRepaint = true

    public init(
        size: Size = Size(width: 80, height: 24),
        minimumSize: Size = .zero,
        theme: Theme = .builtinDefault,
        capabilities: TerminalCapabilities = TerminalCapabilities(name: "memory", colorDepth: .colors256)
    ) {
        self.size = size
        self.minimumSize = minimumSize
        self.theme = theme
        self.capabilities = capabilities
        screen = Canvas(size: size)
    }

    /// The screen as text, one string per row.
    public var lines: [String] { screen.lines() }

    /// The real cursor's position, nil when hidden.
    public var cursor: (x: Int, y: Int)? { screen.cursor }

    /// Queues keys for `readKey`.
    public func enqueue(_ newKeys: Key...) {
        keys.append(contentsOf: newKeys)
    }

    /// Queues keys written as spellings separated by spaces ("j j Enter C-s"); nil if one is unknown.
    @discardableResult
    public func enqueue(spellings: String) -> Bool {
        let parsed = spellings.split(separator: " ").map { Key(spelling: String($0)) }
        guard parsed.allSatisfy({ $0 != nil }) else { return false }
        keys.append(contentsOf: parsed.compactMap { $0 })
        return true
    }

    /// Queues every character of `text`, as typing or pasting it would.
    public func enqueue(typing text: String) {
        keys.append(contentsOf: text.map { Key.char($0) })
    }

    /// Changes the size and queues `.resize`, as a window resize does.
    public func resize(to newSize: Size) {
        size = newSize
        invalidate()
        keys.append(.resize)
    }

    public func present(_ canvas: Canvas) {
        let frame = SizeGuard.frame(canvas, size: size, minimum: minimumSize, chinese: capabilities.canShowChinese)
        let runs = CanvasDiff.runs(from: needsFullRepaint ? nil : screen, to: frame)
        lastChangedCells = CanvasDiff.cellCount(runs)
        screen = frame
        needsFullRepaint = false
        presentCount += 1
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        while !keys.isEmpty {
            let key = keys.removeFirst()
            if isTooSmall, !SizeGuard.passesWhileTooSmall(key) { continue }
            return key
        }
        return nil
    }

    public func invalidate() {
        needsFullRepaint = true
    }

    /// Nothing to give back in memory: runs `work` and repaints.
    public func outside(_ work: () -> Void) {
        work()
        invalidate()
    }
}

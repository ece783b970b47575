import TerminalKit
import VillageBoardCore

/// The whole program's state above the store: the stack of screens, an overlay, the status line.
/// Keys go in, effects come out; the executable carries out the effects and hands back what came of each (`receive`).
public struct AppModel {
    public var ctx: ScreenContext
    public internal(set) var stack: [any Screen]
    public private(set) var overlay: Overlay?
    public private(set) var prompt: Prompt?
    public internal(set) var status: StatusMessage?
    public private(set) var wantsQuit = false
    /// Ctrl-C came while a form held a draft and the user was asked; a second Ctrl-C drops it and quits.
    public private(set) var askedToDropDraft = false
    /// Builds the screens for the top-level views (chart, unresolved list, tasks, reports).
    let home: HomeScreens
    /// The top-level view at the bottom of the stack, when it is one.
    public private(set) var view: HomeView?
    /// The top-level views switched away from, kept with their cursor, filters, sort and search so that switching
    /// back costs nothing; each catches up on saved changes when shown again.
    var kept: [HomeView: any Screen] = [:]

    /// Pop-ups drawn over the screen.
    public enum Overlay {
        case help(scroll: Int)
        case palette(PaletteState)
    }

    /// `view` says which top-level view `first` is, when it is one (so it is kept when the user switches away).
    public init(ctx: ScreenContext, home: HomeScreens, first: any Screen, view: HomeView? = nil, size: Size,
                status: StatusMessage? = nil) {
        self.ctx = ctx
        self.home = home
        self.stack = [first]
        self.view = view
        self.status = status
        resize(to: size)
    }

    public var top: any Screen { stack[stack.count - 1] }

    /// The bindings in force: the top screen's, then the global ones.
    public var bindings: [KeyBinding] { top.bindings(ctx) + (top.takesGlobalKeys ? StandardBindings.global : []) }

    // MARK: Keys

    /// Handles one key; returns what the world must do.
    public mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        askedToDropDraft = false
        if prompt != nil { return handlePromptKey(key) }
        if let overlay { return handleOverlayKey(key, overlay) }
        var screen = top
        if let outcome = screen.input(key, ctx) {
            stack[stack.count - 1] = screen
            return apply(outcome)
        }
        guard let binding = bindings.first(where: { $0.keys.contains(key) }) else { return [] }
        return perform(binding)
    }

    /// Ctrl-C (SIGINT): true when the program may end now. With a draft in a form it first asks, and only a second
    /// Ctrl-C (no other key between) drops the draft; Esc or any key goes back to the form.
    public mutating func interrupted() -> Bool {
        guard stack.contains(where: \.hasDraft), !askedToDropDraft else { return true }
        askedToDropDraft = true
        status = StatusMessage(ctx.text("status.dropDraft"), isError: true)
        return false
    }

    /// Runs an action as if its key was pressed (the palette and tests use this).
    public mutating func perform(_ action: Action) -> [Effect] {
        if let binding = bindings.first(where: { $0.action == action }) { return perform(binding) }
        return []
    }

    private mutating func perform(_ binding: KeyBinding) -> [Effect] {
        if let reason = binding.disabledReason {
            status = StatusMessage(ctx.text(reason), isError: true)
            return []
        }
        status = nil
        switch binding.action {
        case .help: overlay = .help(scroll: 0); return []
        case .palette: overlay = .palette(PaletteState()); return []
        case .quit: wantsQuit = true; return [.quit]
        case .undo:
            if ctx.readOnly {
                status = StatusMessage(ctx.text(ctx.readOnlyWhy), isError: true)
                return []
            }
            return [.undoLast]
        case .search:
            prompt = Prompt(label: ctx.text("prompt.search"), question: .search)
            return []
        case .back where stack.count > 1:
            stack.removeLast()
            stack[stack.count - 1].boardChanged(ctx)
            return []
        case .goChart: switchTo(.chart); return []
        case .goUnresolved: switchTo(.unresolved); return []
        case .goTasks: switchTo(.tasks); return []
        case .goReports: switchTo(.reports); return []
        case .goConflicts: return apply(.replace(ConflictsScreen(ctx: ctx)))
        case .goLog: return apply(.replace(LogScreen(ctx: ctx)))
        case .goRadar: return apply(.replace(RadarScreen(ctx: ctx)))
        default:
            // Changed in place: a copy of the screen would make its first change to a list copy the whole list.
            let outcome = stack[stack.count - 1].update(binding.action, ctx)
            return apply(outcome)
        }
    }

    /// Enter hands the answer to the top screen (the one that asked) as a message; Esc drops the question.
    private mutating func handlePromptKey(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch p.field.handle(key) {
        case .submit:
            let answer = p.field.text
            if p.required && answer.allSatisfy(\.isWhitespace) {
                status = StatusMessage(ctx.text("prompt.required"), isError: true)
                return []
            }
            prompt = nil
            if p.question == .search {
                let outcome = stack[stack.count - 1].search(answer, ctx)
                return apply(outcome ?? .message(StatusMessage(ctx.text("search.unavailable"), isError: true)))
            }
            return apply(stack[stack.count - 1].receive(.answered(p.question, answer), ctx))
        case .cancel:
            prompt = nil
            status = nil
            return []
        default:
            prompt = p
            return []
        }
    }

    private mutating func handleOverlayKey(_ key: Key, _ overlay: Overlay) -> [Effect] {
        let screenArea = Rect(x: 0, y: 0, width: bodySize.width, height: bodySize.height + 3)
        switch overlay {
        case .help(let scroll):
            // The overlay's own table; any other key closes it.
            let last = HelpOverlay.maxScroll(bindings: bindings, area: screenArea)
            let page = max(1, HelpOverlay.visibleRows(rows: HelpOverlay.rows(bindings).count, area: screenArea))
            switch HelpOverlay.bindings.first(where: { $0.keys.contains(key) })?.action {
            case .down: self.overlay = .help(scroll: min(last, scroll + 1))
            case .up: self.overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown: self.overlay = .help(scroll: min(last, scroll + page))
            case .pageUp: self.overlay = .help(scroll: max(0, scroll - page))
            case .top: self.overlay = .help(scroll: 0)
            case .bottom: self.overlay = .help(scroll: last)
            default: self.overlay = nil
            }
            return []
        case .palette(var state):
            let entries = paletteEntries()
            switch state.handle(key, entries: entries, rows: PaletteOverlay.visibleRows(area: screenArea)) {
            case .keep: self.overlay = .palette(state)
            case .close: self.overlay = nil
            case .run(let action):
                self.overlay = nil
                return perform(action)
            }
            return []
        }
    }

    /// Every command the palette offers now: this screen's and the global ones, each once.
    func paletteEntries() -> [PaletteEntry] {
        var seen = Set<Action>()
        var out: [PaletteEntry] = []
        for b in bindings where !seen.contains(b.action) && b.action != .palette {
            seen.insert(b.action)
            out.append(PaletteEntry(action: b.action, title: ctx.text(b.help), keys: b.keys,
                                    available: b.disabledReason == nil))
        }
        return out
    }

    // MARK: Outcomes

    mutating func apply(_ outcome: Outcome) -> [Effect] {
        switch outcome {
        case .none: return []
        case .push(var s):
            s.layout(for: bodySize, ctx)
            stack.append(s)
            return []
        case .pop:
            if stack.count > 1 { stack.removeLast() }
            return []
        case .replace(var s):
            s.layout(for: bodySize, ctx)
            keepView()
            stack = [s]
            return []
        case .effects(let effects):
            if ctx.readOnly && effects.contains(where: \.writes) {
                status = StatusMessage(ctx.text(ctx.readOnlyWhy), isError: true)
                return []
            }
            return effects
        case .message(let m): status = m; return []
        case .prompt(let p): prompt = p; return []
        case .all(let outcomes): return outcomes.flatMap { apply($0) }
        }
    }

    // MARK: Top-level views

    /// Switches to a top-level view: the one kept from before (brought up to date with the board), else a new one.
    /// The screens pushed above the current view (a household, a deeper chart) are closed.
    mutating func switchTo(_ target: HomeView) {
        if view == target {
            // Already at the bottom of the stack, told of every change: back to it.
            stack.removeSubrange(1...)
        } else {
            keepView()
            if var screen = kept.removeValue(forKey: target) {
                // Catches up on what was saved while it was away (nothing to do when nothing was).
                screen.boardChanged(ctx)
                stack = [screen]
            } else {
                stack = [home.make(target, ctx)]
            }
            view = target
        }
        stack[0].layout(for: bodySize, ctx)
    }

    /// Puts the top-level view at the bottom of the stack aside before the stack is replaced.
    mutating func keepView() {
        if let view { kept[view] = stack[0] }
        view = nil
    }

    /// Forgets every kept view (another user logged in: other scope, other permissions).
    mutating func forgetViews() {
        kept = [:]
        view = nil
    }

    // MARK: Size

    /// The space screens get: the terminal less the header, status line and hint bar.
    public private(set) var bodySize = Size(width: 80, height: 21)

    /// Tells every screen the terminal's size (call before handling keys and after each resize).
    public mutating func resize(to size: Size) {
        bodySize = Size(width: max(0, size.width), height: max(0, size.height - 3))
        for i in stack.indices {
            stack[i].layout(for: bodySize, ctx)
        }
    }

    /// Sets the status line.
    mutating func show(_ message: StatusMessage) { status = message }
}

/// The top-level views the number keys switch between.
public enum HomeView: Hashable, Sendable, CaseIterable {
    case chart, unresolved, tasks, reports
}

/// Makes the top-level screens, so the app can switch between them without knowing their types.
public struct HomeScreens {
    public var chart: (ScreenContext) -> any Screen
    public var unresolved: (ScreenContext) -> any Screen
    public var tasks: (ScreenContext) -> any Screen
    public var reports: (ScreenContext) -> any Screen

    public init(chart: @escaping (ScreenContext) -> any Screen, unresolved: @escaping (ScreenContext) -> any Screen,
                tasks: @escaping (ScreenContext) -> any Screen, reports: @escaping (ScreenContext) -> any Screen) {
        self.chart = chart
        self.unresolved = unresolved
        self.tasks = tasks
        self.reports = reports
    }

    func make(_ view: HomeView, _ ctx: ScreenContext) -> any Screen {
        switch view {
        case .chart: chart(ctx)
        case .unresolved: unresolved(ctx)
        case .tasks: tasks(ctx)
        case .reports: reports(ctx)
        }
    }
}

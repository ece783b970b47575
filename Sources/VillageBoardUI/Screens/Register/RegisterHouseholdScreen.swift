import TerminalKit
import VillageBoardCore
import VillageBoardText

/// Registering a household in a village (新识别 / 纳入监测, key `r` on the village's board): its address, head, kind,
/// risk type, date identified and cadre, checked as typed. Possible duplicates (the same ID number anywhere, a head
/// of the same name in the village) are shown under the form, and a save with one asks once more. Once saved, the
/// new household's own screen replaces this one, to add its members and mark its checklist.
public struct RegisterHouseholdScreen: Screen {
    public let village: DivisionCode
    public private(set) var form: HouseholdForm
    /// Households the user was warned about and saved anyway (a second save with the same warnings goes through).
    var warnedAbout: [HouseholdID] = []

    public init(village: DivisionCode, ctx: ScreenContext) {
        self.village = village
        form = .register(in: village, ctx: ctx)
    }

    public var takesGlobalKeys: Bool { false }

    public func title(_ ctx: ScreenContext) -> String { ctx.text("reg.form.registerTitle") }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] {
        [KeyBinding([.ctrl("s")], .open, "reg.action.save", hint: true),
         KeyBinding([.tab], .nextPane, "reg.action.nextField", hint: true),
         KeyBinding([.escape], .back, "reg.action.cancel", hint: true)]
    }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        action == .back ? .pop : .none
    }

    /// Every key goes to the form (so `q` or a digit is typed, never a global key); Esc leaves.
    public mutating func input(_ key: Key, _ ctx: ScreenContext) -> Outcome? {
        if key == .resize || key == .function(1) { return nil }
        switch form.handle(key) {
        case .keep: return Outcome.none
        case .cancel: return .all([.pop, .message(StatusMessage(ctx.text("hh.form.cancelled")))])
        case .save: return save(ctx)
        }
    }

    mutating func save(_ ctx: ScreenContext) -> Outcome {
        let refused = form.problems.merging(form.saveProblems()) { a, _ in a }
        if let first = refused.keys.min() {
            form.problems = refused
            form.focus(on: first)
            return .message(StatusMessage(ctx.text("hh.form.fix"), isError: true))
        }
        guard let h = form.typedHousehold(ctx) else { return .none }
        if let denial = Permissions.authorize(.registerHousehold, user: ctx.user, target: .unit(village), board: ctx.board) {
            return .message(StatusMessage(ctx.text(.reason(denial)), isError: true))
        }
        let duplicates = ctx.board.possibleDuplicates(of: h).map(\.household)
        if !duplicates.isEmpty && duplicates != warnedAbout {
            warnedAbout = duplicates
            return .message(StatusMessage(ctx.text("reg.form.saveAnyway"), isError: true))
        }
        return .effects([.save(.registerHousehold(h))])
    }

    /// Saved: the new household's screen takes this one's place.
    public mutating func receive(_ message: ScreenMessage, _ ctx: ScreenContext) -> Outcome {
        guard case .saved(.registerHousehold(let h)) = message else { return .none }
        // Pop then push (not `.replace`, which starts a new stack): Esc from the household comes back to the village.
        return .all([.pop, .push(HouseholdScreen(household: h.id, ctx: ctx)),
                     .message(StatusMessage(ctx.text("reg.form.registered", h.headName, h.id.raw)))])
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        let info = HouseholdForm.duplicateLines(form.typedHousehold(ctx), ctx: ctx)
        form.render(ctx, into: &canvas, area: area, info: info)
    }
}

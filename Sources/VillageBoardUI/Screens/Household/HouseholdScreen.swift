import TerminalKit
import VillageBoardCore

/// One household: members (ID numbers masked), the checklist with evidence, the plan, tasks and visits.
public struct HouseholdScreen: Screen {
    public let household: HouseholdID
    var scroll = 0
    var pageHeight = 18

    public init(household: HouseholdID, ctx: ScreenContext) {
        self.household = household
    }

    public func title(_ ctx: ScreenContext) -> String { ctx.board.household(household)?.headName ?? household.raw }

    public func bindings(_ ctx: ScreenContext) -> [KeyBinding] { StandardBindings.movement }

    public mutating func layout(for size: Size, _ ctx: ScreenContext) { pageHeight = max(1, size.height) }

    public mutating func update(_ action: Action, _ ctx: ScreenContext) -> Outcome {
        switch action {
        case .down: scroll += 1
        case .up: scroll = max(0, scroll - 1)
        case .pageDown: scroll += pageHeight
        case .pageUp: scroll = max(0, scroll - pageHeight)
        case .top: scroll = 0
        default: break
        }
        return .none
    }

    /// The household's details as lines of (text, style).
    func lines(_ ctx: ScreenContext) -> [(String, StyleName)] {
        guard let h = ctx.board.household(household) else { return [(ctx.text("household.missing"), "error")] }
        let t = ctx.text
        var out: [(String, StyleName)] = []
        out.append((t("household.heading", h.headName, h.id.raw, t.name(h.mark)), CheckGlyph.style(h.mark)))
        out.append((t("household.members"), "header"))
        for m in h.members {
            out.append(("  \(m.name)  \(t.name(m.relation))  \(m.birthYear)  \(m.idNumber?.masked ?? "—")  \(t.name(m.health))", .normal))
        }
        out.append((t("household.checklist"), "header"))
        for item in ChecklistItem.allCases {
            let c = h.checklist[item]
            let who = [c.checkedBy.flatMap { ctx.board.user($0)?.name }, c.checkedOn?.iso].compactMap { $0 }.joined(separator: " ")
            out.append(("  \(CheckGlyph.glyph(c.state, ctx.glyphs)) \(t.name(item))  \(t.name(c.state))  \(c.note)  \(who)",
                        CheckGlyph.style(c.state)))
        }
        return out
    }

    public func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        for (i, line) in lines(ctx).dropFirst(scroll).prefix(area.height).enumerated() {
            canvas.put(line.0, x: area.x, y: area.y + i, style: line.1, maxWidth: area.width)
        }
    }
}

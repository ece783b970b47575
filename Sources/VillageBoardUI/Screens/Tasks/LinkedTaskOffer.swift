import TerminalKit
import VillageBoardCore
import VillageBoardText

/// The offer, once a household's checklist item or a village's target has been saved as met, to mark the open tasks
/// linked to it done. `y` accepts; any other key declines and does nothing else, so no stray key marks a task done
/// and no stray key is taken for a command either.
struct LinkedTaskOffer: Sendable {
    /// The open tasks this user may mark done, in board order.
    let tasks: [TaskID]
    /// Their titles, for the offer's line.
    let titles: [String]
    /// What became met (the item's or the target's name), for the offer and the done note.
    let met: String

    /// The offer after `change` was saved, when it set an item or a target met that open tasks are linked to.
    static func after(_ change: Change, _ ctx: ScreenContext) -> LinkedTaskOffer? {
        let board = ctx.board
        let linked: [WorkTask], met: String
        switch change {
        case .setCheck(let id, let item, let from, let to) where to.state == .met && from.state != .met:
            linked = board.openTasks(of: id, linkedTo: item)
            met = ctx.text.name(item)
        case .setVillageTarget(let code, let kind, let from, let to) where to.state == .met && from.state != .met:
            linked = board.openTasks(in: code, linkedTo: kind)
            met = ctx.text.name(kind)
        default:
            return nil
        }
        let allowed = linked.filter { TaskActionGate.reason(.markDone, task: $0, ctx: ctx) == nil }
        guard !allowed.isEmpty else { return nil }
        return LinkedTaskOffer(tasks: allowed.map(\.id), titles: allowed.map(\.title), met: met)
    }

    /// The status line while the offer waits: it replaces "saved · u undoes", since the next key (u too) answers the
    /// offer.
    static func savedStatus(_ ctx: ScreenContext) -> Outcome {
        .message(StatusMessage(ctx.text("taskflow.offer.saved")))
    }

    /// The key that answers the offer: `y` marks the tasks done in one write, anything else leaves them.
    func answer(_ key: Key, _ ctx: ScreenContext) -> Outcome {
        guard key == .char("y") else { return .message(StatusMessage(ctx.text("taskflow.offer.declined"))) }
        let note = ctx.text("taskflow.offer.note", met)
        return .effects([.saveTogether(tasks.map { .markTaskDone($0, note: note) })])
    }

    /// Two lines in a box at the foot of `area`: what became met and which tasks, then the keys.
    func render(_ ctx: ScreenContext, into canvas: inout Canvas, area: Rect) {
        guard area.height >= 4, area.width >= 20 else { return }
        let box = Rect(x: area.x, y: area.maxY - 4, width: area.width, height: 4)
        canvas.fill(box, style: "menu")
        canvas.drawBox(box, glyphs: ctx.glyphs)
        let inner = box.insetBy(dx: 1, dy: 1)
        let what = ctx.text("taskflow.offer.what", met, tasks.count, titles.joined(separator: "、"))
        canvas.put(DisplayWidth.truncate(what, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: "menu")
        canvas.put(ctx.text("taskflow.offer.keys", tasks.count), x: inner.x + 1, y: inner.y + 1, style: "focus",
                   maxWidth: inner.width - 1)
    }
}

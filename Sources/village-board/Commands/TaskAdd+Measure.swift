import ArgumentParser
import Foundation
import VillageBoardCore
import VillageBoardStore
import TerminalKit
import VillageBoardText

extension TaskAdd {
    /// `task add --measure M --scope PLACE --item ITEM --due D`: one task per unresolved household of the place with
    /// the item not met (the unresolved list's rows for that place and item), previewed, then saved in one write
    /// unless `--dry-run`.
    func addFromMeasure(_ name: String) throws {
        let text = Catalog(options.language)
        guard let chosen = TaskMeasures.named(name.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CommandFailure("cli.task.unknownMeasure", name, TaskMeasures.catalogue.map(\.title).joined(separator: "、"))
        }
        guard let scope, household == nil, village == nil else { throw CommandFailure("cli.task.measureNeeds") }
        let unmet = try item.map { try Self.item(named: $0, text) } ?? chosen.item
        guard let unmet else { throw CommandFailure("cli.task.measureNeeds") }
        guard let day = Day(iso: due) else { throw CommandFailure("cli.task.badDue", due) }
        let store = try options.open()
        defer { store.close() }
        let place = try NamedPlace.unit(scope, on: store.board)
        let author = try PinAuth.authenticate(user, pin: pin, store: store, locations: options.locations)
        let batch = TaskBatch(title: chosen.title, scope: place, item: unmet, due: day, board: store.board, author: author.id)
        let board = store.board
        print(text("cli.task.preview", batch.count, chosen.title, board.unit(place)?.name ?? place.description,
                   text.name(unmet), day.iso))
        for (id, owner) in zip(batch.households, batch.owners) {
            let h = board.household(id)
            let where_ = h.map { board.path(to: $0.village).suffix(2).map(\.name).joined(separator: " ") } ?? ""
            print(Sanitizer.sanitize(text("cli.task.previewRow", h?.headName ?? id.raw, where_, board.user(owner)?.name ?? owner.raw)))
        }
        if dryRun {
            print(text("cli.task.dryRun"))
            return
        }
        guard batch.count > 0 else { throw CommandFailure("cli.task.noneMatch") }
        guard store.access == .writer else { throw CommandFailure("cli.lockedWriting") }
        let now = Clock.now(for: store)
        do {
            let ops = try store.saveTogether(batch.changes(ids: store.newTaskIDs(batch.count, at: now), author: author.id,
                                                           on: now.day),
                                             author: author.id, at: now)
            print(text("cli.task.batchAdded", ops.count))
        } catch {
            throw CommandFailure(error)
        }
    }

    /// An item by its key (`housing`) or its name in either language (住房安全有保障).
    static func item(named given: String, _ text: Catalog) throws -> ChecklistItem {
        let wanted = given.trimmingCharacters(in: .whitespacesAndNewlines)
        let zh = Catalog(.zh), en = Catalog(.en)
        if let found = ChecklistItem.guarantees.first(where: {
            $0.key == wanted.lowercased() || zh.name($0) == wanted || en.name($0).lowercased() == wanted.lowercased()
        }) {
            return found
        }
        throw CommandFailure("cli.task.badItem", given, ChecklistItem.guarantees.map(\.key).joined(separator: ", "))
    }
}

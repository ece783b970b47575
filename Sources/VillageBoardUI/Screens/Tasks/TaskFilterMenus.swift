import VillageBoardCore
import VillageBoardText

/// The task board's choosers (village, owner, state), built as the unresolved list's are: "all", then each value
/// with how many tasks choosing it would show in the current pane given the other filters.
enum TaskFilterMenus {
    /// Which chooser is open.
    enum Kind: Sendable {
        case village, owner, state

        /// The unresolved list's slot the menu is tagged with (village and owner narrow as its village and cadre do).
        var slot: FilterSlot {
            switch self {
            case .village: .village
            case .owner: .cadre
            case .state: .item
            }
        }

        var title: TextKey {
            switch self {
            case .village: "taskflow.menu.village"
            case .owner: "taskflow.menu.owner"
            case .state: "taskflow.menu.state"
            }
        }
    }

    static func make(_ kind: Kind, screen: TaskBoardScreen, ctx: ScreenContext) -> [FilterMenu.Option] {
        let board = ctx.board
        if kind == .state {
            // The state is the pane: each state's count under the filters that are on.
            return TaskState.allCases.map { s in
                FilterMenu.Option(label: ctx.text.name(s), count: screen.rows(s).count, choice: .taskState(s))
            }
        }
        let others = screen.filters.without(kind.slot)
        let today = board.today, weekEnd = TaskFilters.endOfWeek(today)
        var counts: [FilterChoice: Int] = [:]
        var total = 0
        for p in screen.tasks.rows(screen.pane) {
            let i = screen.tasks.all[p]
            let village = board.village(of: board.tasks[i])
            guard others.accepts(board.tasks[i], village: village, today: today, weekEnd: weekEnd) else { continue }
            total += 1
            switch kind {
            case .village: if let village { counts[.unit(village), default: 0] += 1 }
            case .owner: counts[.cadre(.cadre(board.tasks[i].owner)), default: 0] += 1
            case .state: break
            }
        }
        var options = [FilterMenu.Option(label: ctx.text("unresolved.menu.any"), count: total, choice: .any)]
        let sorted = counts.keys.map { ($0, FilterMenuOptions.order($0, board)) }.sorted { $0.1 < $1.1 }.map(\.0)
        // A village is named with its township when the board spans several townships.
        let wide = kind == .village && (screen.scope.flatMap { board.unit($0)?.level }.map { $0 < .township } ?? true)
        for choice in sorted {
            options.append(FilterMenu.Option(label: FilterMenuOptions.label(choice, ctx, withTownship: wide),
                                             count: counts[choice] ?? 0, choice: choice))
        }
        return options
    }

    /// The entry a chooser currently stands at.
    static func current(_ kind: Kind, _ screen: TaskBoardScreen) -> FilterChoice {
        switch kind {
        case .village: screen.filters.village.map { .unit($0) } ?? .any
        case .owner: screen.filters.owner.map { .cadre(.cadre($0)) } ?? .any
        case .state: .taskState(screen.pane)
        }
    }
}

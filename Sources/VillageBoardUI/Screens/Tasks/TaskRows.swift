import VillageBoardCore

/// The tasks a board shows, split into the three panes and sorted once per board change:
/// open (most overdue first, then by due date), awaiting verification (longest waiting first),
/// verified (most recently struck off first).
struct TaskRows: Sendable {
    /// Task positions in `Board.tasks`: every task in view (the scope's, and the user's own elsewhere).
    private(set) var all: [Int] = []
    /// Per pane, positions in `all`.
    private(set) var panes: [TaskState: [Int]] = [:]
    /// Per pane, how many are overdue (only the open pane has any).
    private(set) var overdue = 0

    init() {}

    init(board: Board, scope: DivisionCode?, user: User?) {
        var indices = scope.map { board.taskIndices(under: $0) } ?? []
        if let user {
            // A task's owner sees it wherever it is (a responsible cadre follows households across villages).
            for i in board.tasks.indices where board.tasks[i].owner == user.id {
                let inside = scope.flatMap { s in board.village(of: board.tasks[i]).map { board.isInside($0, scope: s) } } ?? false
                if !inside { indices.append(i) }
            }
        }
        all = indices
        var keyed: [TaskState: [(Int, Int64)]] = [:]
        for (position, i) in indices.enumerated() {
            let t = board.tasks[i]
            if t.isOverdue(on: board.today) { overdue += 1 }
            keyed[t.state, default: []].append((position, Self.sortKey(t)))
        }
        for state in TaskState.allCases {
            panes[state] = (keyed[state] ?? []).sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
        }
    }

    static func sortKey(_ t: WorkTask) -> Int64 {
        switch t.state {
        case .open: Int64(t.due.daysSinceEpoch)
        case .done: Int64((t.doneOn ?? t.due).daysSinceEpoch)
        case .verified: -Int64((t.verifiedOn ?? t.due).daysSinceEpoch)
        }
    }

    func rows(_ pane: TaskState) -> [Int] { panes[pane] ?? [] }

    /// The task position of row `row` in `pane`.
    func task(_ pane: TaskState, _ row: Int) -> Int? {
        let r = rows(pane)
        return r.indices.contains(row) ? all[r[row]] : nil
    }
}

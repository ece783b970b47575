import VillageBoardCore

/// The tasks a board shows, split into the three panes and sorted: open (most overdue first, then by due date),
/// awaiting verification (longest waiting first), verified (most recently struck off first). Built once by one pass
/// that reads each task in place; after a saved change, `place` moves or adds only the tasks it names.
struct TaskRows: Sendable {
    /// Task positions in `Board.tasks`: every task in view (the scope's, village by village, then the user's own
    /// elsewhere), in (village rank, position) order — what `key(of:)` says.
    private(set) var all: [Int] = []
    /// Per pane, positions in `all`, sorted by the pane's sort key, ties in `all` order.
    private(set) var panes: [TaskState: [Int]] = [:]
    /// How many tasks in view are overdue (only the open pane has any; they come first in it).
    private(set) var overdue = 0
    /// Each village of the scope's rank in `all`'s order.
    private var villageRanks: [DivisionCode: Int] = [:]
    private var owner: UserID?

    init() {}

    init(board: Board, scope: DivisionCode?, user: User?) {
        let villages = scope.map { board.villages(under: $0) } ?? []
        for (rank, village) in villages.enumerated() { villageRanks[village] = rank }
        owner = user?.id
        var indices = villages.flatMap { board.taskIndices(inVillage: $0) }
        // Per state (in `TaskState.allCases` order), each row's sort key and position.
        let states = TaskState.allCases
        var keys = [[Int64]](repeating: [], count: states.count), positions = [[Int]](repeating: [], count: states.count)
        board.tasks.withUnsafeBufferPointer { tasks in
            if let user {
                // A task's owner sees it wherever it is (a responsible cadre follows households across villages).
                for i in tasks.indices where tasks[i].owner == user.id {
                    if !isInScope(i, board) { indices.append(i) }
                }
            }
            // Only the fields the sort needs are read, in place (no copy of a task).
            for (position, i) in indices.enumerated() {
                let s = states.firstIndex(of: tasks[i].state) ?? 0
                keys[s].append(Self.sortKey(tasks[i]))
                positions[s].append(position)
            }
        }
        all = indices
        for (s, state) in states.enumerated() { panes[state] = Self.sorted(positions[s], by: keys[s]) }
        countOverdue(board)
    }

    /// `positions` (ascending) ordered by `keys` (day counts), ties in position order: counted into one bucket per
    /// day when the days span little more than the rows (they do: due and done dates lie within a few years), else
    /// sorted as packed integers.
    static func sorted(_ positions: [Int], by keys: [Int64]) -> [Int] {
        guard let low = keys.min(), let high = keys.max() else { return [] }
        let span = Int(high - low) + 1
        guard span <= 4 * keys.count + 4096 else {
            return zip(keys, positions).map { packed($0, $1) }.sorted().map { Int($0 & 0xFFFF_FFFF) }
        }
        var starts = [Int](repeating: 0, count: span + 1)
        for k in keys { starts[Int(k - low) + 1] += 1 }
        for d in 0..<span { starts[d + 1] += starts[d] }
        var out = [Int](repeating: 0, count: keys.count)
        for (k, p) in zip(keys, positions) {
            let d = Int(k - low)
            out[starts[d]] = p
            starts[d] += 1
        }
        return out
    }

    /// Overdue tasks are open ones past their due date, and the open pane is sorted by due date: they are the start
    /// of that pane, found by binary search with the domain's own test.
    private mutating func countOverdue(_ board: Board) {
        let open = rows(.open)
        var low = 0, high = open.count
        while low < high {
            let mid = (low + high) / 2
            if board.tasks[all[open[mid]]].isOverdue(on: board.today) { low = mid + 1 } else { high = mid }
        }
        overdue = low
    }

    static func sortKey(_ t: borrowing WorkTask) -> Int64 {
        switch t.state {
        case .open: Int64(t.due.daysSinceEpoch)
        case .done: Int64((t.doneOn ?? t.due).daysSinceEpoch)
        case .verified: -Int64((t.verifiedOn ?? t.due).daysSinceEpoch)
        }
    }

    /// A sort key (a day count, within ±2^31) above a position in `all` (below 2^32), as one ordered integer.
    static func packed(_ key: Int64, _ position: Int) -> UInt64 {
        UInt64(bitPattern: key &+ (1 << 31)) << 32 | UInt64(position)
    }

    func rows(_ pane: TaskState) -> [Int] { panes[pane] ?? [] }

    /// The task position of row `row` in `pane`.
    func task(_ pane: TaskState, _ row: Int) -> Int? {
        let r = rows(pane)
        return r.indices.contains(row) ? all[r[row]] : nil
    }

    // MARK: Following saved changes

    /// Whether task `i` lies in the scope.
    private func isInScope(_ i: Int, _ board: Board) -> Bool {
        board.village(of: board.tasks[i]).map { villageRanks[$0] != nil } ?? false
    }

    /// Task `i`'s place in `all` order: the rank of its village in the scope (the user's own tasks elsewhere last),
    /// then its position on the board.
    private func key(of i: Int, _ board: Board) -> (Int, Int) {
        (board.village(of: board.tasks[i]).flatMap { villageRanks[$0] } ?? Int.max, i)
    }

    /// Where task `i` is, or would go, in `all`.
    private func position(of i: Int, _ board: Board) -> (Int, found: Bool) {
        let k = key(of: i, board)
        var low = 0, high = all.count
        while low < high {
            let mid = (low + high) / 2
            if key(of: all[mid], board) < k { low = mid + 1 } else { high = mid }
        }
        return (low, low < all.count && all[low] == i)
    }

    /// The position in `all` of task `i`, when it is in view.
    func shown(_ i: Int, _ board: Board) -> Int? {
        let (p, found) = position(of: i, board)
        return found ? p : nil
    }

    /// What `place` did.
    enum Placed {
        /// Not a task in view.
        case none
        /// Moved to the pane of its new state (or stayed, with its key changed).
        case moved
        /// A new task in view, at this position in `all` (the positions from there on moved one down).
        case added(Int)
    }

    /// Puts task `i` where its state and sort key say, after an operation changed or added it: O(log n) to find it,
    /// and a pass over the positions when it is new.
    mutating func place(_ i: Int, _ board: Board) -> Placed {
        guard board.tasks.indices.contains(i) else { return .none }
        let (p, found) = position(of: i, board)
        var added = false
        if found {
            for state in TaskState.allCases {
                guard let j = panes[state]?.firstIndex(of: p) else { continue }
                panes[state]?.remove(at: j)
                break
            }
        } else {
            guard isInScope(i, board) || (owner != nil && board.tasks[i].owner == owner) else { return .none }
            all.insert(i, at: p)
            for state in TaskState.allCases {
                panes[state] = panes[state]?.map { $0 >= p ? $0 + 1 : $0 }
            }
            added = true
        }
        let state = board.tasks[i].state
        let k = Self.packed(Self.sortKey(board.tasks[i]), p)
        var pane = panes[state] ?? []
        var low = 0, high = pane.count
        while low < high {
            let mid = (low + high) / 2
            if Self.packed(Self.sortKey(board.tasks[all[pane[mid]]]), pane[mid]) < k { low = mid + 1 } else { high = mid }
        }
        pane.insert(p, at: low)
        panes[state] = pane
        countOverdue(board)
        return added ? .added(p) : .moved
    }
}

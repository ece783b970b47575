import VillageBoardCore

/// Keeps the whole row (`UnresolvedRow`, every field filled in) of every unresolved household on the board (issue 18),
/// so the first sort, filter or menu on a freshly shown list copies kept rows instead of reading ~23,000 households,
/// their tasks and visits on the key press (36–44 ms at 500,000 households). Built in the background after the first
/// frame (`prepare`, as the radar's index is), then brought up to date when read with only the households the
/// operations applied since name (`UnresolvedRows.touched`); built again for a new day (overdue tasks follow the
/// calendar) or after a change to units or users, which may change rows it does not name.
///
/// Used from the main loop's thread only; the background build hands its rows over through `BackgroundBuild`.
public final class UnresolvedRowKeeper {
    private var kept: UnresolvedKeptRows?
    private var pending: BackgroundBuild<UnresolvedKeptRows>?

    public init() {}

    /// Starts building the rows for `board` on another thread, unless a build is under way or rows for its day are
    /// kept. The board is a value: the build reads it as it is now, and `rows` brings the result up to date.
    public func prepare(_ board: Board) {
        guard pending == nil else { return }
        if let kept, kept.today == board.today { return }
        pending = BackgroundBuild { UnresolvedKeptRows(board: board) }
    }

    /// The kept rows, current for `board`, by household position; nil when none were prepared or they cannot be
    /// brought up to date (the caller fills its rows from the board, as before, and the next `prepare` builds again).
    func rows(_ board: Board) -> [Int: UnresolvedRow]? {
        if let job = pending {
            kept = job.wait()
            pending = nil
        }
        guard kept?.refresh(board) == true else {
            kept = nil
            return nil
        }
        return kept?.rows
    }
}

/// The kept rows and what they are current with.
struct UnresolvedKeptRows {
    /// The day the rows' overdue counts were taken on.
    let today: Day
    /// The log's length and last operation when last brought up to date.
    private var logged: Int
    private var last: OperationID?
    /// Every unresolved household's whole row, by position in `Board.households`.
    private(set) var rows: [Int: UnresolvedRow]

    /// Every unresolved household of the board, filled in on both cores.
    init(board: Board) {
        today = board.today
        logged = board.log.count
        last = board.log.last?.id
        var all = UnresolvedRows.everywhere(board)
        UnresolvedRows.detail(&all, board: board)
        rows = Dictionary(all.map { ($0.household, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Brings the rows up to date with `board`; false (the rows as they were) when they cannot be: another day,
    /// another board, or an operation that may change rows it does not name.
    mutating func refresh(_ board: Board) -> Bool {
        let log = board.log
        guard board.today == today, log.count >= logged else { return false }
        if logged > 0 && log[logged - 1].id != last { return false }
        guard log.count > logged else { return true }
        guard let (touched, _) = UnresolvedRows.touched(by: log[logged...], board: board) else { return false }
        for i in touched { rows[i] = UnresolvedRows.row(i, board: board, scope: nil) }
        logged = log.count
        last = log.last?.id
        return true
    }
}

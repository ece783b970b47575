import VillageBoardCore

/// Keeps the program's `RadarIndex` (issue 14): built once per board and day in the background after the first frame
/// (`prepare`), then refreshed after saves with only the households and tasks the new operations name. Key 7 reads
/// the radar's counts off it, waiting for the background build only when it is not finished yet; Enter on a warning
/// asks it for the households or tasks behind that one warning.
///
/// Used from the main loop's thread only; the background build hands its index over through `BackgroundBuild`.
public final class RadarKeeper {
    private var index: RadarIndex?
    private var pending: BackgroundBuild<RadarIndex>?

    public init() {}

    /// Starts building the index for `board` on another thread, unless one is being built or one for its day and
    /// year is kept (a new day, noticed after an idle minute, builds again here rather than on the next 7). The board
    /// is a value: the build reads the board as it is now, and `radar` brings it up to date with later saves.
    public func prepare(_ board: Board) {
        guard pending == nil else { return }
        if let index, index.today == board.today, index.year == board.year { return }
        pending = BackgroundBuild { RadarIndex(board: board) }
    }

    /// The radar of a scope as `board` is now: read off the kept index, brought up to date first.
    public func radar(_ board: Board, scope: DivisionCode?) -> Radar {
        Radar(index: current(board), board: board, scope: scope)
    }

    /// The households (or tasks) of a scope behind one warning as `board` is now, in board order.
    public func positions(_ warning: RadarWarning, _ board: Board, scope: DivisionCode?) -> [Int] {
        current(board).positions(of: warning, board: board, scope: scope)
    }

    /// The kept index brought up to date with `board` (or built afresh when it cannot be: another board, a new day, a
    /// new standard), after the background build if one is under way.
    private func current(_ board: Board) -> RadarIndex {
        if let job = pending {
            index = job.wait()
            pending = nil
        }
        if let index, index.refresh(board) { return index }
        let fresh = RadarIndex(board: board)
        index = fresh
        return fresh
    }
}

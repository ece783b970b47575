import Dispatch
import VillageBoardCore

/// Keeps the program's `RadarIndex` (issue 14): built once per board and day in the background after the first frame
/// (`prepare`), then refreshed after saves with only the households and tasks the new operations name. Key 7 reads
/// the radar off it, waiting for the background build only when it is not finished yet.
///
/// Used from the main loop's thread only; the background build hands its index over through `Pending`.
public final class RadarKeeper {
    private var index: RadarIndex?
    private var pending: Pending?

    public init() {}

    /// A build under way on another thread: its result, read after `done` is waited on.
    private final class Pending: @unchecked Sendable {
        let done = DispatchGroup()
        var index: RadarIndex?
    }

    /// Starts building the index for `board` on another thread, unless one is being built or one for its day and
    /// year is kept (a new day, noticed after an idle minute, builds again here rather than on the next 7). The board
    /// is a value: the build reads the board as it is now, and `radar` brings it up to date with later saves.
    public func prepare(_ board: Board) {
        guard pending == nil else { return }
        if let index, index.today == board.today, index.year == board.year { return }
        let job = Pending()
        job.done.enter()
        DispatchQueue.global(qos: .utility).async {
            job.index = RadarIndex(board: board)
            job.done.leave()
        }
        pending = job
    }

    /// The radar of a scope as `board` is now: read off the kept index, brought up to date first (or built afresh
    /// when it cannot be: another board, a new day, a new standard).
    public func radar(_ board: Board, scope: DivisionCode?) -> Radar {
        if let job = pending {
            job.done.wait()
            index = job.index
            pending = nil
        }
        if let index, index.refresh(board) { return Radar(index: index, board: board, scope: scope) }
        let fresh = RadarIndex(board: board)
        index = fresh
        return Radar(index: fresh, board: board, scope: scope)
    }
}

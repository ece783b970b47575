/// The board a running program works on: one reference that the store changes and the screens read, so there is
/// one copy of the board and a saved change is made in place instead of copying every household.
///
/// `Board` stays a value (tests compare copies, a refused change leaves one untouched); whoever needs the board as
/// it is now holds this instead of a `Board`, and nobody has to hand the board back and forth around a save.
public final class LiveBoard {
    /// The board as it is now. Read it where it is needed; a copy kept across a save would make that save copy the
    /// arrays it changes.
    public private(set) var board: Board

    public init(_ board: Board) {
        self.board = board
    }

    /// Applies one operation to the board in place (see `Board.apply`); changes nothing when refused.
    public func apply(_ op: Operation) throws(BoardError) {
        try board.apply(op)
    }

    /// Changes the board in place (a store replaying operations that arrived from another laptop, `Sync.merge`):
    /// the households are not copied, as they would be by changing a copy and putting it back.
    public func modify<T>(_ body: (inout Board) -> T) -> T {
        body(&board)
    }

    /// Moves "today" (see `Board.setToday`).
    public func setToday(_ day: Day) {
        board.setToday(day)
    }

    /// Puts another board in this one's place (one built elsewhere, such as a test's or a store opened again).
    public func replace(with board: Board) {
        self.board = board
    }
}

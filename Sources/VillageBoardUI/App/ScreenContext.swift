import TerminalKit
import VillageBoardCore
import VillageBoardText

/// What every screen may read while it updates or draws: the board, the language, the glyphs, who is working.
public struct ScreenContext {
    /// The board shared with the store that saves to it: changed in place by a save, read here as it is now.
    public let live: LiveBoard
    public var text: Catalog
    public var glyphs: GlyphSet
    /// Who is working: the one place the program keeps the logged-in user (the effects are saved in their name).
    public var user: User?
    public var readOnly: Bool
    /// What a refused change says while `readOnly`: another program has the store, or its folder cannot be written.
    public var readOnlyWhy: TextKey = "status.readOnlyRefused"
    /// Changes after a break in a journal's hash chain: a lasting banner, and ⚠ where what they touched is shown.
    public var unverified = UnverifiedChanges()
    /// The operations before the board's log (folded into the snapshot at the last compaction), read when a history
    /// or the log asks; nil where there are none to read (a board of its own, in tests and generated documents).
    public var earlier: EarlierOperations?
    /// The monitoring radar's index of the board, shared by every copy of the context (built once, kept after saves).
    public let radarKeeper = RadarKeeper()
    /// Every unresolved household's list row, shared the same way (built once, kept after saves).
    public let unresolvedRows = UnresolvedRowKeeper()

    public init(live: LiveBoard, text: Catalog, glyphs: GlyphSet, user: User?, readOnly: Bool) {
        self.live = live
        self.text = text
        self.glyphs = glyphs
        self.user = user
        self.readOnly = readOnly
    }

    /// On a board of its own that nothing saves to (generated documents, tests). Internal, so the program cannot
    /// give its screens a second copy of the store's board by mistake.
    init(board: Board, text: Catalog, glyphs: GlyphSet, user: User?, readOnly: Bool) {
        self.init(live: LiveBoard(board), text: text, glyphs: glyphs, user: user, readOnly: readOnly)
    }

    /// The board as it is now. A read retains the board's collections (some thirty references, never their contents)
    /// for as long as it lasts, so code that reads per row or per cell takes `let board = ctx.board` once and hands it
    /// on. Screens keep positions and ids, never a `Board`: one kept across a save would make that save copy the
    /// arrays it changes.
    public var board: Board {
        _read { yield live.board }
    }

    /// Starts building what the app keeps of the board in the background: the radar's index and the unresolved rows.
    /// Called after the first frame, so opening is not slowed; does nothing when both are built or under way.
    public func prepareKept() {
        let board = board
        radarKeeper.prepare(board)
        unresolvedRows.prepare(board)
    }

    /// The unit the user answers for: their scope, or the top of the board (also for an admin whose scope is not on
    /// the board, such as an empty store's first admin).
    public var scope: DivisionCode? {
        if let s = user?.scope, board.unit(s) != nil { return s }
        return board.roots.first ?? user?.scope
    }
}

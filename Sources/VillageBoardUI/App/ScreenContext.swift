import TerminalKit
import VillageBoardCore
import VillageBoardText

/// What every screen may read while it updates or draws: the board, the language, the glyphs, who is working.
public struct ScreenContext {
    public var board: Board
    public var text: Catalog
    public var glyphs: GlyphSet
    public var user: User?
    public var readOnly: Bool

    public init(board: Board, text: Catalog, glyphs: GlyphSet, user: User?, readOnly: Bool) {
        self.board = board
        self.text = text
        self.glyphs = glyphs
        self.user = user
        self.readOnly = readOnly
    }

    /// The unit the user answers for: their scope, or the top of the board (also for an admin whose scope is not on
    /// the board, such as an empty store's first admin).
    public var scope: DivisionCode? {
        if let s = user?.scope, board.unit(s) != nil { return s }
        return board.roots.first ?? user?.scope
    }
}

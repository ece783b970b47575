/// One terminal cell: the text drawn in it, how many columns it takes, and its style.
///
/// A wide (2-column) grapheme sits in its first cell with `width == 2`; the cell to its right
/// is a continuation with `width == 0` and an empty grapheme, never drawn on its own.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var width: Int
    public var style: StyleName

    public init(grapheme: String, width: Int, style: StyleName = .normal) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// An empty cell in the given style.
    public static func blank(_ style: StyleName = .normal) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: StyleName) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}

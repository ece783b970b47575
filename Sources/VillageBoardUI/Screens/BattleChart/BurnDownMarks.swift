import VillageBoardCore

/// Which of the chart's units are behind pace: one batch over the board's burn-down steps per rebuild, not one
/// pass per heading.
enum BurnDownMarks {
    static func behind(on board: Board, units: [DivisionCode]) -> Set<DivisionCode> {
        guard !units.isEmpty else { return [] }
        return Set(board.burnDowns(of: units).filter(\.pace.behind).map(\.scope))
    }
}

extension ChartLayout.Line {
    /// The unit a heading line names (nil for a line of tiles).
    var headingCode: DivisionCode? {
        if case .heading(let code, _) = self { return code }
        return nil
    }
}

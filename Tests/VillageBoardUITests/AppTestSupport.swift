import VillageBoardCore
@testable import VillageBoardUI

extension AppModel {
    /// A board the test built becomes the app's live board, as a save through the store makes it; the screens follow.
    mutating func follow(_ board: Board) {
        ctx.live.replace(with: board)
        _ = receive(.boardMoved)
    }
}

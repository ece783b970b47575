import Foundation
import VillageBoardCore
import VillageBoardStore

/// Who is working: `--as USER`, else the user last chosen on this laptop, else the board's first admin.
enum UserChoice {
    static func choose(option: String?, board: Board, locations: Locations) throws -> User? {
        if let option {
            guard let user = board.user(UserID(option)), !user.disabled else {
                let known = board.users.keys.sorted().prefix(8).map(\.raw).joined(separator: ", ")
                throw CommandFailure("no active user '\(option)' in this store (users include: \(known))")
            }
            return user
        }
        return board.users.values.filter { $0.role == .admin && !$0.disabled }.min { $0.id < $1.id }
            ?? board.users.values.filter { !$0.disabled }.min { $0.id < $1.id }
    }
}

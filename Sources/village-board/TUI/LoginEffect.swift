import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// The login screen's request, carried out: the PIN checked by `Login` (wrong tries counted on this laptop), and the
/// app told who is in or why not.
enum LoginEffect {
    static func run(_ id: UserID, pin: String, store: Store, login: Login, text: Catalog, app: inout AppModel) -> User? {
        switch login.attempt(id, pin: pin, board: store.board, now: Clock.now()) {
        case .success(let user):
            app.loggedIn(user)
            return user
        case .unknownUser: app.show(StatusMessage(text("login.unknownUser"), isError: true))
        case .disabled: app.show(StatusMessage(text("login.disabled"), isError: true))
        case .noPin: app.show(StatusMessage(text("login.noPinSet"), isError: true))
        case .wrongPin(let wait): app.show(StatusMessage(text("login.wrongPin", wait), isError: true))
        case .mustWait(let seconds): app.show(StatusMessage(text("login.mustWait", seconds), isError: true))
        }
        return nil
    }

    /// The demo PIN, said on the login screen when the store's users all have it (demo and generated stores).
    static func demoHint(_ board: Board, _ text: Catalog) -> String? {
        guard !board.users.isEmpty, board.users.values.allSatisfy({ $0.pin == DemoPin.hash }) else { return nil }
        return text("login.demoHint", DemoPin.pin)
    }
}

import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// The login screen's request, carried out: the PIN checked by `Login` (wrong tries counted on this laptop), and what
/// came of it for the app: who is in, or why not.
enum LoginEffect {
    static func run(_ id: UserID, pin: String, store: Store, login: Login, text: Catalog) -> EffectResult {
        let (outcome, signer) = login.attemptUnlocking(id, pin: pin, board: store.board, now: Clock.now())
        // Whoever logs in signs what they save; a failed try leaves nobody's key unlocked.
        store.signer = signer
        switch outcome {
        case .success(let user): return .loggedIn(user)
        case .unknownUser: return .told(StatusMessage(text("login.unknownUser"), isError: true))
        case .disabled: return .told(StatusMessage(text("login.disabled"), isError: true))
        case .noPin: return .told(StatusMessage(text("login.noPinSet"), isError: true))
        case .wrongPin(let wait): return .told(StatusMessage(text("login.wrongPin", wait), isError: true))
        case .mustWait(let seconds): return .told(StatusMessage(text("login.mustWait", seconds), isError: true))
        }
    }

    /// A user's own PIN in place of an initial one: judged for their role, hashed with a new signing key, saved as
    /// their own change (signed by the key the initial PIN opened), and from then on they sign with the new key.
    static func setOwnPin(_ pin: String, user: User, store: Store, text: Catalog) -> EffectResult {
        let made: (hash: PinHash, signer: Signer)
        do { made = try PinHasher.hashAndSigner(pin, for: user.id, role: user.role, policy: store.board.pinPolicy) } catch {
            return .told(StatusMessage(ErrorText.describe(error, text), isError: true))
        }
        let change = Change.setPin(user.id, from: user.pin, to: made.hash)
        do {
            let op = try store.save(change, author: user.id, at: Clock.now(for: store))
            store.signer = made.signer
            return .saved(op, message: StatusMessage(text("newPin.done")))
        } catch {
            return .notSaved(change, reason: StatusMessage(ErrorText.describe(error, text), isError: true))
        }
    }

    /// The demo PIN, said on the login screen when the store's users all have it (demo and generated stores).
    static func demoHint(_ board: Board, _ text: Catalog) -> String? {
        guard !board.users.isEmpty, board.users.values.allSatisfy({ DemoPin.isDemo($0.pin) }) else { return nil }
        return text("login.demoHint", DemoPin.pin)
    }
}

import Foundation
import VillageBoardCore
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// The wait after a wrong PIN, as the login screen shows it: the seconds count down on the status line, and a PIN
/// typed during the wait is held (never shown, never written) and checked by itself when the wait ends, instead of
/// being thrown away. The wait itself is `Login`'s, kept on this laptop; this only says it and keeps time.
struct LoginWait {
    /// Who must wait, until when, and the PIN typed meanwhile.
    private(set) var user: UserID?
    private var until: Date?
    private var held: String?

    /// How long the loop may block on a key: short while a count runs, so the seconds move.
    var keyTimeoutMilliseconds: Int { until == nil ? 60_000 : 250 }

    /// A login about to be tried: nil to go ahead, or what to tell instead (the PIN is held for the wait's end).
    mutating func intercept(_ effect: Effect, login: Login, text: Catalog) -> EffectResult? {
        guard case .login(let id, let pin) = effect else { return nil }
        let seconds = login.secondsToWait(id, now: Clock.now())
        guard seconds > 0 else { return nil }
        user = id
        until = Date().addingTimeInterval(Double(seconds))
        held = pin
        return .told(StatusMessage(text("login.heldDuringWait", seconds), isError: true))
    }

    /// After a login was tried and refused: start counting when the refusal set a wait.
    mutating func refused(_ id: UserID, login: Login) {
        let seconds = login.secondsToWait(id, now: Clock.now())
        guard seconds > 0 else { return }
        user = id
        until = Date().addingTimeInterval(Double(seconds))
        held = nil
    }

    /// Called when no key came: the status line's new words, and the held login to try now that the wait is over.
    mutating func tick(text: Catalog) -> (message: EffectResult?, retry: Effect?) {
        guard let until, let user else { return (nil, nil) }
        let left = Int(until.timeIntervalSinceNow.rounded(.up))
        if left > 0 {
            let key: TextKey = held == nil ? "login.waitCounting" : "login.heldDuringWait"
            return (.told(StatusMessage(text(key, left), isError: true)), nil)
        }
        self.until = nil
        defer { held = nil }
        if let pin = held { return (nil, .login(user, pin: pin)) }
        return (.told(StatusMessage(text("login.mayTryAgain"), isError: false)), nil)
    }

    /// The user is in (or gave up): nothing more to count.
    mutating func clear() {
        user = nil
        until = nil
        held = nil
    }
}

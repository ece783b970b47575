import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// A failed save in the user's language where the reason is the board's; file errors keep their own words.
enum ErrorText {
    static func describe(_ error: Error, _ text: Catalog) -> String {
        if let e = error as? StoreError {
            if case .refused(let b) = e { return text.describe(b) }
            if case .readOnly = e { return text("status.readOnlyRefused") }
            return text("status.saveFailed", e.description)
        }
        return text("status.saveFailed", "\(error)")
    }
}

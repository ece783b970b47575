import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// A failed save in the user's language (the system's own reason for a file error stays as it says it).
enum ErrorText {
    static func describe(_ error: Error, _ text: Catalog) -> String {
        if let e = error as? StoreError {
            if case .refused(let b) = e { return text.describe(b) }
            if case .readOnly = e { return text("status.readOnlyRefused") }
            return text("status.saveFailed", text.describe(e))
        }
        return text("status.saveFailed", text.describe(anyError: error))
    }
}

import VillageBoardCore

/// What a screen asks the world to do; the executable carries it out (only the store writes files).
public enum Effect: Hashable, Sendable {
    /// Record a change as one operation by the current user.
    case save(Change)
    /// Undo the current user's last change (a new operation).
    case undoLast
    /// Check a PIN and log the user in (the login screen; the PIN is not kept).
    case login(UserID, pin: String)
    /// Set the logged-in user's own PIN (replacing an initial one; the world judges and hashes it).
    case setOwnPin(String)
    /// Write a report of a scope to a file in a format.
    case exportReport(scope: DivisionCode, format: ExportFormat)
    /// Copy the file at a path into the store as evidence for this (the world checks the file and saves the change).
    case attachEvidence(path: String, to: EvidenceTarget)
    /// Open an attached file (by its hash) with the desktop's opener, the terminal restored around it, or tell its path.
    case openEvidence(hash: String)
    case quit
}

/// File formats for exports from the screens.
public enum ExportFormat: String, Hashable, Sendable {
    case csv, json
}

import VillageBoardCore

/// What a screen asks the world to do; the executable carries it out (only the store writes files).
public enum Effect: Hashable, Sendable {
    /// Whether carrying it out writes to the board (refused at once on a read-only store).
    var writes: Bool {
        switch self {
        case .save, .saveTogether, .createTasks, .attachEvidence: true
        case .undoLast, .login, .setOwnPin, .exportReport, .openEvidence, .quit: false
        }
    }

    /// Record a change as one operation by the current user.
    case save(Change)
    /// Record changes about different tasks as one write: all saved, or none (a batch verify).
    case saveTogether([Change])
    /// Create a batch of tasks as one write; the world gives them their ids (only it knows the laptop).
    case createTasks(TaskBatch)
    /// Undo the current user's last change (a new operation).
    case undoLast
    /// Check a PIN and log the user in (the login screen; the PIN is not kept).
    case login(UserID, pin: String)
    /// Set the logged-in user's own PIN (replacing an initial one; the world judges and hashes it).
    case setOwnPin(String)
    /// Write a report of a scope to a file in a format.
    /// A unit's report written into `folder` (empty: the folder the program was started in).
    case exportReport(scope: DivisionCode, format: ExportFormat, folder: String)
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

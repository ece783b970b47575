import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// Carries out what the screens ask for (saving changes through the store, undo, exports, the PIN check) and says
/// what came of it; the loop hands that back to the app (`AppModel.receive`). Who is working is the app's to know:
/// the loop passes its `ctx.user` with each effect.
struct EffectRunner {
    let store: Store
    let text: Catalog
    /// Checks PINs and counts wrong tries on this laptop.
    let login: Login
    /// Runs work with the terminal given back to the shell (an opener showing a file), then repaints.
    var outside: (() -> Void) -> Void = { $0() }

    /// Nil when there is nothing to tell (quit).
    func run(_ effect: Effect, by user: User?) -> EffectResult? {
        switch effect {
        case .save(let change):
            guard let user else { return .notSaved(change, reason: StatusMessage(text("status.noUser"), isError: true)) }
            // Offer `u` only for what undo can take back (a task's workflow step is answered by the workflow).
            let undoable = Undo.inverse(of: change, on: store.board) != nil
            return save(change, by: user,
                        saved: StatusMessage(undoable ? text("app.saved") + " · " + text("app.undoHint") : text("app.saved")))
        case .saveTogether(let changes):
            return saveTogether(changes, by: user)
        case .createTasks(let batch):
            let now = Clock.now(for: store)
            let author = user?.id ?? UserID("")
            return saveTogether(batch.changes(ids: store.newTaskIDs(batch.count, at: now), author: author, on: now.day),
                                by: user, at: now)
        case .undoLast:
            guard let user else { return nil }
            guard let change = Undo.change(undoingLastOf: user.id, device: store.device, on: store.board) else {
                return .told(StatusMessage(text("status.nothingToUndo"), isError: true))
            }
            return save(change, by: user, saved: StatusMessage(text("status.undone")))
        case .exportReport(let scope, let format, let folder):
            guard let report = ScopeReport(board: store.board, scope: scope) else { return nil }
            let bytes = format == .csv ? Array(ReportExport.csv(report).utf8) : ReportExport.json(report)
            let name = "report-\(scope)-\(store.board.today.iso).\(format.rawValue)"
            let here = FileManager.default.currentDirectoryPath
            let home = ProcessInfo.processInfo.environment["HOME"] ?? here
            var place = folder.isEmpty ? here : folder
            if place == "~" || place.hasPrefix("~/") { place = home + place.dropFirst() }
            if !place.hasPrefix("/") { place = here + "/" + place }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: place, isDirectory: &isFolder), isFolder.boolValue else {
                return .told(StatusMessage(text("status.exportNoFolder", place), isError: true))
            }
            let path = place + "/" + name
            do {
                try ExportFile.write(bytes, to: path, byteOrderMark: format == .csv)
                return .told(StatusMessage(text("status.exported", path)))
            } catch {
                return .told(StatusMessage(ErrorText.describe(error, text), isError: true))
            }
        case .login(let id, let pin):
            return LoginEffect.run(id, pin: pin, store: store, login: login, text: text)
        case .setOwnPin(let pin):
            guard let user else { return nil }
            return LoginEffect.setOwnPin(pin, user: user, store: store, text: text)
        case .attachEvidence(let path, let target):
            guard let user else { return .told(StatusMessage(text("status.noUser"), isError: true)) }
            do {
                let op = try store.attach(fileAt: path, to: target, author: user.id, at: Clock.now(for: store))
                guard case .attachEvidence(let a) = op.change else { return nil }
                return .saved(op, message: StatusMessage(text("status.evidenceAttached", a.name, text.fileSize(a.size))))
            } catch {
                let why = if case .store(let e) = error { ErrorText.describe(e, text) } else { text.describe(error) }
                return .told(StatusMessage(why, isError: true))
            }
        case .openEvidence(let hash):
            return open(hash)
        case .quit:
            return nil
        }
    }

    /// Saves a batch as one write (all or none); the status line says how many.
    func saveTogether(_ changes: [Change], by user: User?, at time: Timestamp? = nil) -> EffectResult {
        guard let first = changes.first else { return .told(StatusMessage(text("batch.nothing"), isError: true)) }
        guard let user else { return .notSaved(first, reason: StatusMessage(text("status.noUser"), isError: true)) }
        do {
            let ops = try store.saveTogether(changes, author: user.id, at: time ?? Clock.now(for: store))
            return .savedTogether(ops, message: StatusMessage(text("batch.saved", ops.count)))
        } catch {
            return .notSaved(first, reason: StatusMessage(ErrorText.describe(error, text), isError: true))
        }
    }

    /// Opens a stored file with the desktop's opener, the terminal given back around it; with none, tells the path.
    func open(_ hash: String) -> EffectResult {
        let path = EvidenceFiles.path(of: hash, inStore: store.path)
        guard EvidenceFiles.state(of: hash, inStore: store.path) == .present else {
            return .told(StatusMessage(text("cli.evidence.fileGone", hash.prefix(8), EvidenceFiles.relativePath(of: hash)), isError: true))
        }
        guard let command = EvidenceOpener.command(ProcessInfo.processInfo.environment) else {
            // No desktop: the path, whole, on the terminal itself (a status line would cut it), until Enter.
            outside {
                FileHandle.standardOutput.write(Data((path.visibleControls() + "\n" + text("status.evidencePathReturn") + "\n").utf8))
                _ = readLine()
            }
            return .told(StatusMessage(text("status.evidencePath", EvidenceFiles.relativePath(of: hash))))
        }
        var outcome = EvidenceOpener.Outcome.noOpener
        outside { outcome = EvidenceOpener.open(path) }
        switch outcome {
        case .opened: return .told(StatusMessage(text("status.evidenceOpened", command)))
        case .noOpener: return .told(StatusMessage(text("status.evidencePath", path)))
        case .failed(let name, let status):
            return .told(StatusMessage(text("cli.evidence.openerFailed", name, status, path), isError: true))
        }
    }

    /// Saves one change through the store, which changes the board the screens read in place.
    func save(_ change: Change, by user: User, saved: StatusMessage) -> EffectResult {
        do {
            let op = try store.save(change, author: user.id, at: Clock.now(for: store))
            return .saved(op, message: saved)
        } catch {
            return .notSaved(change, reason: StatusMessage(ErrorText.describe(error, text), isError: true))
        }
    }
}

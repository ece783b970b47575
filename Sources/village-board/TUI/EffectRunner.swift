import Foundation
import VillageBoardCore
import VillageBoardExchange
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// Carries out what the screens ask for: saving changes through the store, undo, exports.
struct EffectRunner {
    let store: Store
    /// Who is logged in (nil until the login screen lets someone in).
    var user: User?
    let text: Catalog
    /// Checks PINs and counts wrong tries on this laptop.
    let login: Login

    mutating func run(_ effect: Effect, app: inout AppModel) {
        switch effect {
        case .save(let change):
            guard let user else {
                app.show(StatusMessage(text("status.noUser"), isError: true))
                return
            }
            // Offer `u` only for what undo can take back (a task's workflow step is answered by the workflow).
            let undoable = Undo.inverse(of: change, on: store.board) != nil
            save(change, by: user, app: &app,
                 saved: StatusMessage(undoable ? text("app.saved") + " · " + text("app.undoHint") : text("app.saved")))
        case .undoLast:
            guard let user else { return }
            guard let change = Undo.change(undoingLastOf: user.id, device: store.device, on: store.board) else {
                app.show(StatusMessage(text("status.nothingToUndo"), isError: true))
                return
            }
            save(change, by: user, app: &app, saved: StatusMessage(text("status.undone")))
        case .exportReport(let scope, let format):
            guard let report = ScopeReport(board: store.board, scope: scope) else { return }
            let bytes = format == .csv ? Array(ReportExport.csv(report).utf8) : ReportExport.json(report)
            let name = "report-\(scope)-\(store.board.today.iso).\(format.rawValue)"
            let path = FileManager.default.currentDirectoryPath + "/" + name
            do {
                try ExportFile.write(bytes, to: path, byteOrderMark: format == .csv)
                app.show(StatusMessage(text("status.exported", path)))
            } catch {
                app.show(StatusMessage("\(error)", isError: true))
            }
        case .login(let id, let pin):
            if let user = LoginEffect.run(id, pin: pin, store: store, login: login, text: text, app: &app) { self.user = user }
        case .quit:
            break
        }
    }

    /// Saves one change and tells the screens. The app lets go of its copy of the board first, so the store's board
    /// is the only one and the save changes it in place (a copy of every household otherwise); the screens then
    /// update only the rows the new operation touched.
    func save(_ change: Change, by user: User, app: inout AppModel, saved: StatusMessage) {
        app.releaseBoard()
        do {
            try store.save(change, author: user.id, at: Clock.now(for: store))
            app.boardDidChange(store.board, message: saved)
        } catch {
            app.boardDidChange(store.board, message: nil)
            app.show(StatusMessage(ErrorText.describe(error, text), isError: true))
        }
    }
}

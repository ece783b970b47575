import Foundation
import VillageBoardCore
import VillageBoardStore
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
            do {
                try store.save(change, author: user.id, at: Clock.now(for: store))
                app.boardDidChange(store.board, message: StatusMessage(text("app.saved") + " · " + text("app.undoHint")))
            } catch {
                app.show(StatusMessage(ErrorText.describe(error, text), isError: true))
            }
        case .undoLast:
            guard let user else { return }
            guard let change = Undo.change(undoingLastOf: user.id, device: store.device, on: store.board) else {
                app.show(StatusMessage(text("status.nothingToUndo"), isError: true))
                return
            }
            do {
                try store.save(change, author: user.id, at: Clock.now(for: store))
                app.boardDidChange(store.board, message: StatusMessage(text("status.undone")))
            } catch {
                app.show(StatusMessage(ErrorText.describe(error, text), isError: true))
            }
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
}

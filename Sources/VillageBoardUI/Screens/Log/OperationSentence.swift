import TerminalKit
import VillageBoardCore
import VillageBoardText

/// One operation in the log's words, for the command line (`repair` lists what it set aside this way):
/// "e2e#3 · 史平 · 安排公益岗位：任务“安排公益岗位”被退回（原因：照片不清楚）".
public enum OperationSentence {
    public static func say(_ op: VillageBoardCore.Operation, board: Board, text: Catalog) -> String {
        let ctx = ScreenContext(live: LiveBoard(board), text: text, glyphs: .unicode, user: nil, readOnly: true)
        let who = board.user(op.author)?.name ?? op.author.raw
        return text("log.sentence", op.id.description, who, LogText.subject(op.change, board),
                    LogText.describe(op.change, ctx: ctx))
    }
}

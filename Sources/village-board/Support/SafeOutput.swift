import Foundation
import VillageBoardCore

/// Every line the command line prints goes through here (it shadows the standard `print` in this target): data from
/// a store or another laptop may hold control characters, and ESC ] 0; … BEL must not retitle the user's terminal,
/// nor SGR colour it. Line ends and tabs stay; every other control character is made visible.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator).visibleControlsKeepingLines + terminator
    ProgressLine.clearingLine { FileHandle.standardOutput.write(Data(text.utf8)) }
}

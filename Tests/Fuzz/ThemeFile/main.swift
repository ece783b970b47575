// libFuzzer target: a theme file's text, as `--theme FILE` reads it. Built only by scripts/fuzz.sh.
// Property: parsing never traps, whatever the text.
import CFuzzDriver
import Glibc
@testable import TerminalKit

// libFuzzer's own name for the target; its driver below is handed the same function.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzThemeFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? ThemeParser.parse(text, file: "fuzz.theme")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzThemeFile(data, size) })

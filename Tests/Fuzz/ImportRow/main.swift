// libFuzzer target: a CSV import checked against a small synthetic board (100 households: planning looks the whole
// board over, so a big one would cost most of each run), as `village-board import` plans it. The first byte picks the
// kind and the encoding (UTF-8, GB18030, or guessed). Built only by scripts/fuzz.sh, which seeds it with an export of
// the same board (`generate --households 100 --seed 1`).
// Property: planning never traps, whatever the bytes.
import CFuzzDriver
import Glibc
import VillageBoardCore
import VillageBoardDemo
import VillageBoardExchange

private let board = SyntheticBoard.generate(households: 100, seed: 1, today: Day(year: 2026, month: 1, day: 1) ?? Day(daysSinceEpoch: 20454))
private let kinds: [ImportKind] = ImportKind.allCases
private let encodings: [TextDecoding.Encoding?] = [nil, .utf8, .gb18030]

// libFuzzer's own name for the target; its driver below is handed the same function.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzImportRow(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let pick = Int(data[0])
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    _ = try? SpreadsheetImport.plan(kinds[pick % kinds.count], bytes: rest, board: board, author: UserID("admin"),
                                    encoding: encodings[(pick / kinds.count) % encodings.count])
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzImportRow(data, size) })

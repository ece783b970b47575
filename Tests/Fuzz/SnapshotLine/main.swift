// libFuzzer target: a snapshot whose records after a valid header are the input, read as an open reads it (on one
// worker and on two). Built only by scripts/fuzz.sh. Property: reading never traps; both readings agree.
import CFuzzDriver
import Glibc
@testable import VillageBoardStore
import VillageBoardCore

private let header = Array(#"{"type":"header","format":\#(StoreMeta.currentFormat),"covers":{},"households":0,"tasks":0}"#.utf8) + [0x0A]

// libFuzzer's own name for the target; its driver below is handed the same function.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSnapshotLine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = header + Array(UnsafeBufferPointer(start: data, count: size))
    let today = Day(year: 2020, month: 6, day: 30) ?? Day(daysSinceEpoch: 18443)
    let one = try? Snapshot.decode(bytes, file: "fuzz", today: today, workers: 1)
    let two = try? Snapshot.decode(bytes, file: "fuzz", today: today, workers: 2)
    precondition((one == nil) == (two == nil), "one worker and two disagree on whether a snapshot reads")
    if let one, let two {
        precondition(one.board.households == two.board.households && one.board.tasks == two.board.tasks,
                     "one worker and two read different boards from the same snapshot")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzSnapshotLine(data, size) })

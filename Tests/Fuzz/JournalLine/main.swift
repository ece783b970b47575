// libFuzzer target: one journal line, as open, check and sync read it. Built only by scripts/fuzz.sh.
// Property: reading never traps, and a line that reads writes back to bytes that read to the same operation.
import CFuzzDriver
import Glibc
import VillageBoardCore
import VillageBoardStore

// libFuzzer's own name for the target; its driver below is handed the same function.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJournalLine(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let op = try? JSONScanner.decode(bytes, { (s: inout JSONScanner) throws(JSONError) in try s.readOperation() })
    else { return 0 }
    var w = JSONWriter()
    w.write(op)
    let again = try? JSONScanner.decode(w.bytes) { (s: inout JSONScanner) throws(JSONError) in try s.readOperation() }
    precondition(again == op, "an operation read from a journal line does not survive being written and read again")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzJournalLine(data, size) })

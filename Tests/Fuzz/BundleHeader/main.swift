// libFuzzer target: a sync bundle. The first byte chooses whether the rest is taken as it is (the seal is fuzzed
// too) or sealed correctly first, so the header and journal sections behind the seal are reached. Built only by
// scripts/fuzz.sh. Property: reading never traps.
import CFuzzDriver
import Glibc
@testable import VillageBoardStore

// libFuzzer's own name for the target; its driver below is handed the same function.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzBundleHeader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    var bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if data[0] & 1 == 0 {
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes += Array("{\"sha256\":\"\(SyncBundle.sha256(bytes[...]))\",\"bytes\":\(bytes.count)}\n".utf8)
    }
    _ = try? SyncBundle.decode(bytes, file: "fuzz.vbundle")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzBundleHeader(data, size) })

import Foundation
import VillageBoardCore

/// The wall clock, read in one place so commands and the TUI stamp operations alike.
enum Clock {
    static func now() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }
}

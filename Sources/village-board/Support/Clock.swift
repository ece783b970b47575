import Foundation
import VillageBoardCore
import VillageBoardStore

/// The wall clock, read in one place so commands and the TUI stamp operations alike.
enum Clock {
    static func now() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }

    /// When a change to `store` happens: now, except that a demo or training store with a fixed clock keeps
    /// its date (with today's time of day), so what is done today shows as done on the demo's "today".
    static func now(for store: Store) -> Timestamp {
        let real = now()
        guard let day = store.clock else { return real }
        let msOfDay = real.millisecondsSinceEpoch - Int64(real.day.daysSinceEpoch) * 86_400_000
        return Timestamp(millisecondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400_000 + msOfDay)
    }
}

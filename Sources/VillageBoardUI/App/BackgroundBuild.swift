import Dispatch

/// A value being made on another thread (what the app keeps of the board: `RadarKeeper`, `UnresolvedRowKeeper`),
/// handed over to the main loop's thread by `wait`.
final class BackgroundBuild<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var value: Value?

    /// Starts `make` on a utility-priority thread.
    init(_ make: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global(qos: .utility).async {
            self.value = make()
            self.done.leave()
        }
    }

    /// The value, once made (waits for it when it is not yet).
    func wait() -> Value? {
        done.wait()
        return value
    }
}

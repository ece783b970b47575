import Synchronization

/// How far a long piece of work has got, for a progress line drawn on another thread: the work is cut into stages
/// of known relative weight (the command that starts it knows them), and each stage counts its own units done of
/// units expected (bytes read, rows checked), so the whole never runs backwards when a later stage learns its size.
public final class WorkMeter: Sendable {
    /// The meter of the work the current thread is doing, when someone shows its progress. Ambient rather than a
    /// parameter so that opening, checking and importing need no extra argument on every call in between; code
    /// that hands work to other threads reads it first and passes it on.
    @TaskLocal public static var current: WorkMeter?

    private struct State {
        var weights: [Double]
        var stage = 0
        var expected = 0
        var done = 0
        /// The most ever reported: a stage that learns of more work after some is done (a store created, then
        /// opened) holds still rather than going back.
        var shown = 0.0
    }

    private let state: Mutex<State>

    /// A meter for work in stages of these relative weights (any positive numbers; one stage when none are given).
    public init(stages weights: [Double] = [1]) {
        let usable = weights.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let total = usable.reduce(0, +)
        state = Mutex(State(weights: total > 0 ? usable.map { $0 / total } : [1]))
    }

    /// The current stage will do `units` more units of work.
    public func expect(_ units: Int) {
        guard units > 0 else { return }
        state.withLock { $0.expected = $0.expected.addingReportingOverflow(units).overflow ? Int.max : $0.expected + units }
    }

    /// `units` more units of the current stage are done.
    public func advance(_ units: Int) {
        guard units > 0 else { return }
        state.withLock { $0.done = min($0.expected, $0.done.addingReportingOverflow(units).overflow ? Int.max : $0.done + units) }
    }

    /// The current stage is over (whatever it counted); what follows counts toward the next.
    public func nextStage() {
        state.withLock { s in
            s.stage = min(s.stage + 1, s.weights.count)
            s.expected = 0
            s.done = 0
        }
    }

    /// The part of the whole work done, from 0 to 1, never less than before; nil while nothing has said how much it
    /// expects.
    public var fraction: Double? {
        state.withLock { s in
            let before = s.weights.prefix(s.stage).reduce(0, +)
            let now: Double
            if s.stage >= s.weights.count {
                now = 1
            } else if s.expected > 0 {
                now = min(1, before + s.weights[s.stage] * Double(s.done) / Double(s.expected))
            } else if s.stage > 0 {
                now = before
            } else {
                return nil
            }
            s.shown = max(s.shown, now)
            return s.shown
        }
    }
}

extension WorkMeter {
    /// Counts units done in a loop and tells the meter in batches, so a tight loop over a million lines does not
    /// take the meter's lock on every line.
    public struct Batch {
        private let meter: WorkMeter?
        private var pending = 0
        private let size: Int

        public init(_ meter: WorkMeter?, every size: Int = 1 << 16) {
            self.meter = meter
            self.size = size
        }

        public mutating func advance(_ units: Int) {
            guard let meter else { return }
            pending += units
            if pending >= size { meter.advance(pending); pending = 0 }
        }

        /// Tells the meter what is still counted here.
        public mutating func flush() {
            meter?.advance(pending)
            pending = 0
        }
    }
}

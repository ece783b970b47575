/// Values numbered in the order first met, so per-position tables can hold a small number instead of the value (the
/// radar's cadres and villages).
struct Interned<Value: Hashable & Sendable>: Sendable {
    /// Number → value.
    private(set) var values: [Value]
    private var numbers: [Value: Int32]

    /// `values` numbered from 0, in order (each once).
    init(_ values: [Value]) {
        self.values = []
        numbers = [:]
        for v in values { _ = number(v) }
    }

    /// The number of a value met before, else nil.
    func existing(_ value: Value) -> Int32? { numbers[value] }

    /// The number of `value`, given it now when it has none.
    mutating func number(_ value: Value) -> Int32 {
        if let n = numbers[value] { return n }
        let n = Int32(truncatingIfNeeded: values.count)
        values.append(value)
        numbers[value] = n
        return n
    }

    var count: Int { values.count }
}

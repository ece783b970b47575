import VillageBoardCore

// A unit's burn-down steps in a snapshot, one line per unit, days oldest first:
// {"type":"burnDown","unit":"220602100202","steps":[["2020-05-05",-1,-2,0],…]} (households, items, tasks changed).

extension JSONWriter {
    /// One unit's steps (all of `steps` are that unit's).
    mutating func write(burnDown steps: ArraySlice<BurnDownStep>) {
        guard let unit = steps.first?.unit else { return }
        beginObject()
        field("type", "burnDown")
        field("unit", unit.description)
        key("steps")
        beginArray()
        for step in steps {
            beginArray()
            value(step.day.iso)
            value(step.change.households)
            value(step.change.items)
            value(step.change.tasks)
            endArray()
        }
        endArray()
        endObject()
    }
}

extension JSONScanner {
    mutating func readBurnDown() throws(JSONError) -> [BurnDownStep] {
        var unit: DivisionCode?
        var read: [(Day, BurnDownFigures)] = []
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "unit": unit = try readCode()
            case "steps":
                try beginArray()
                while try nextElement() {
                    try beginArray()
                    guard try nextElement() else { throw missingField("steps[].day") }
                    let day = try readDay()
                    var figures: [Int] = []
                    while try nextElement() {
                        // A count a file gives: bounded, so no sum over the steps can overflow.
                        let n = try readInt()
                        guard n >= -(1 << 40), n <= 1 << 40 else { throw unexpectedValue(expected: "a change of at most 2^40") }
                        figures.append(n)
                    }
                    guard figures.count == 3 else { throw unexpectedValue(expected: "[day, households, items, tasks]") }
                    read.append((day, BurnDownFigures(households: figures[0], items: figures[1], tasks: figures[2])))
                }
            default: try skipValue()
            }
        }
        guard let unit else { throw missingField("unit") }
        return read.map { BurnDownStep(day: $0.0, unit: unit, change: $0.1) }
    }
}

// A throughput check for the scanner on records shaped like a store's households. It lives in the module
// (not the tests) because the store's own decoders do too: calls inline the same way, so the figure is honest.
// Run it from the test suite in a release build; see JSONThroughputTests.

/// Generates household-shaped JSON Lines and measures how fast `JSONScanner` reads them.
package enum JSONThroughput {
    /// What one measurement found.
    package struct Result: Sendable {
        package var records: Int
        package var bytes: Int
        package var seconds: Double
        /// A sum over what was read, so the optimiser cannot skip the reading.
        package var checksum: Int
        package var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(seconds, 1e-9) }
    }

    /// About `megabytes` of deterministic JSON Lines, one household-like record per line (~900 bytes each).
    package static func sampleLines(megabytes: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(megabytes * 1_000_000 + 4096)
        var writer = JSONWriter(capacity: 2048)
        var index = 0
        while output.count < megabytes * 1_000_000 {
            writer.reset()
            writeRecord(index, to: &writer)
            writer.newline()
            output.append(contentsOf: writer.bytes)
            index += 1
        }
        return output
    }

    /// Reads every line of `lines` into household-like values and reports the speed.
    package static func measure(_ lines: [UInt8]) throws -> Result {
        let clock = ContinuousClock()
        var records = 0
        var checksum = 0
        let start = clock.now
        _ = try JSONLines.read(lines) { scanner in
            let record = try readRecord(&scanner)
            records += 1
            checksum &+= record.members.count &+ record.id.utf8.count &+ record.checksMet
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(records: records, bytes: lines.count, seconds: seconds, checksum: checksum)
    }

    private static let surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"]
    private static let givenNames = ["德福", "桂兰", "淑珍", "玉梅", "建国", "秀英", "志强", "凤芝"]
    private static let items = ["food", "clothing", "education", "medical", "housing", "water", "income"]

    private static func writeRecord(_ index: Int, to writer: inout JSONWriter) {
        let village = 220_622_101_001 + index / 300
        writer.beginObject()
        writer.field("id", "H\(village)-\(String(index % 10_000).leftPadded(4))")
        writer.field("village", String(village))
        writer.field("status", index % 25 == 0 ? "monitoredMarginal" : "outOfPoverty")
        writer.field("causes", ["illness", index % 3 == 0 ? "disability" : "lackOfSkills"])
        writer.key("members")
        writer.beginArray()
        for member in 0..<(1 + index % 4) {
            writer.beginObject()
            writer.field("name", surnames[(index + member) % 10] + givenNames[(index * 7 + member) % 8])
            writer.field("idNumber", "2206221965031\(2000 + (index + member) % 8000)")
            writer.field("relation", member == 0 ? "head" : "child")
            writer.field("inSchool", member > 1)
            writer.endObject()
        }
        writer.endArray()
        writer.key("income")
        writer.beginObject()
        writer.field("wages", Double(index % 20_000) + 0.5)
        writer.field("transfers", 3_600.25)
        writer.field("year", 2024)
        writer.endObject()
        writer.key("checks")
        writer.beginObject()
        for (number, item) in items.enumerated() {
            writer.key(item)
            writer.beginObject()
            writer.field("state", (index + number) % 9 == 0 ? "notMet" : "met")
            writer.field("note", "入户核实，情况属实")
            writer.field("by", "cadre-\(index % 97)")
            writer.field("at", 1_700_000_000 + index)
            writer.endObject()
        }
        writer.endObject()
        writer.field("plan", "发展庭院经济，养殖肉牛\(1 + index % 3)头；申请\"雨露计划\"技能培训")
        writer.endObject()
    }

    private enum CheckState: String, CaseIterable { case met, notMet, notApplicable }

    private struct Record {
        var id = ""
        var village = ""
        var status = ""
        var causes: [String] = []
        var members: [(name: String, id: String, relation: String, inSchool: Bool)] = []
        var income: (wages: Double, transfers: Double, year: Int) = (0, 0, 0)
        var checksMet = 0
        var plan = ""
    }

    private static func readRecord(_ scanner: inout JSONScanner) throws(JSONError) -> Record {
        var record = Record()
        try scanner.beginObject()
        while let key = try scanner.nextKey() {
            switch key {
            case "id": record.id = try scanner.readString()
            case "village": record.village = try scanner.readString()
            case "status": record.status = try scanner.readString()
            case "causes": record.causes = try scanner.readStringArray()
            case "members":
                try scanner.beginArray()
                while try scanner.nextElement() { record.members.append(try readMember(&scanner)) }
            case "income":
                try scanner.beginObject()
                while let key = try scanner.nextKey() {
                    switch key {
                    case "wages": record.income.wages = try scanner.readDouble()
                    case "transfers": record.income.transfers = try scanner.readDouble()
                    case "year": record.income.year = try scanner.readInt()
                    default: try scanner.skipValue()
                    }
                }
            case "checks":
                try scanner.beginObject()
                while try scanner.nextKey() != nil {
                    try scanner.beginObject()
                    while let key = try scanner.nextKey() {
                        switch key {
                        case "state": if try scanner.readEnum(CheckState.self) == .met { record.checksMet += 1 }
                        case "note", "by": _ = try scanner.readString()
                        case "at": _ = try scanner.readInt()
                        default: try scanner.skipValue()
                        }
                    }
                }
            case "plan": record.plan = try scanner.readString()
            default: try scanner.skipValue()
            }
        }
        return record
    }

    private static func readMember(_ scanner: inout JSONScanner) throws(JSONError) -> (String, String, String, Bool) {
        var member = ("", "", "", false)
        try scanner.beginObject()
        while let key = try scanner.nextKey() {
            switch key {
            case "name": member.0 = try scanner.readString()
            case "idNumber": member.1 = try scanner.readString()
            case "relation": member.2 = try scanner.readString()
            case "inSchool": member.3 = try scanner.readBool()
            default: try scanner.skipValue()
            }
        }
        return member
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}

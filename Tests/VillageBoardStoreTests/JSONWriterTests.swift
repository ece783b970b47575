import Testing
import VillageBoardCore
import VillageBoardDemo
import VillageBoardStore

@Suite struct JSONWriterTests {
    @Test func writesCompactJSONInTheCallersKeyOrder() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("z", "last key first")
        writer.field("a", 1)
        writer.field("m", 2.5)
        writer.field("t", true)
        writer.key("n")
        writer.null()
        writer.field("list", ["x", "y"])
        writer.key("empty")
        writer.beginArray()
        writer.endArray()
        writer.key("nested")
        writer.beginObject()
        writer.key("数据")
        writer.value(-7)
        writer.endObject()
        writer.endObject()
        writer.newline()
        #expect(writer.text == #"{"z":"last key first","a":1,"m":2.5,"t":true,"n":null,"list":["x","y"],"empty":[],"nested":{"数据":-7}}"# + "\n")
    }

    @Test func escapesOnlyWhatJSONRequires() {
        var writer = JSONWriter()
        writer.value("q\" b\\ / \n\r\t\u{8}\u{C} \u{0}\u{1F}\u{7F} 中文 😀")
        #expect(writer.text == #""q\" b\\ / \n\r\t\b\f \u0000\u001f"# + "\u{7F} 中文 😀\"")
    }

    @Test func integersAtTheEdges() {
        var writer = JSONWriter()
        writer.beginArray()
        for number in [0, -1, 7, Int.max, Int.min] { writer.value(number) }
        writer.value(Int64(-42))
        writer.endArray()
        #expect(writer.text == "[0,-1,7,9223372036854775807,-9223372036854775808,-42]")
    }

    @Test func doublesUseTheShortestFormThatReadsBack() {
        var writer = JSONWriter()
        writer.beginArray()
        for number in [0.1, 1.0, -0.0, 1e-5, 1e21, 123_456.789, .leastNonzeroMagnitude, .greatestFiniteMagnitude] { writer.value(number) }
        writer.endArray()
        #expect(writer.text == "[0.1,1.0,-0.0,1e-05,1e+21,123456.789,5e-324,1.7976931348623157e+308]")
    }

    @Test func nonFiniteDoublesBecomeNull() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.value(Double.nan)
        writer.value(Double.infinity)
        writer.endArray()
        #expect(writer.text == "[null,null]")
    }

    @Test func resetKeepsNothingButCapacity() {
        var writer = JSONWriter(capacity: 16)
        writer.value("first")
        writer.reset()
        writer.beginObject()
        writer.field("a", 1)
        writer.endObject()
        #expect(writer.text == #"{"a":1}"#)
    }

    @Test func sameDataGivesTheSameBytesEveryTime() {
        func write() -> [UInt8] {
            var writer = JSONWriter()
            for index in 0..<50 {
                writer.beginObject()
                writer.field("id", "H\(index)")
                writer.field("名字", "张\(index)")
                writer.field("income", Double(index) * 1.1)
                writer.endObject()
                writer.newline()
            }
            return writer.bytes
        }
        #expect(write() == write())
    }

    @Test func roundTripsThroughTheScanner() throws {
        let value = JSONValue.object([
            ("name", .string("张三 \"老张\" \\ 路径/")),
            ("control", .string("\u{0}\u{1}\u{1F}\t\n")),
            ("emoji", .string("家 👨‍👩‍👧 𝄞")),
            ("big", .int(Int.max)),
            ("small", .int(Int.min)),
            ("negative", .int(-12)),
            ("pi", .double(3.141592653589793)),
            ("tiny", .double(.leastNonzeroMagnitude)),
            ("negativeZero", .double(-0.0)),
            ("flags", .array([.bool(true), .bool(false), .null])),
            ("nested", .object([("empty", .array([])), ("o", .object([]))])),
        ])
        var writer = JSONWriter()
        value.write(to: &writer)
        let read = try JSONScanner.decode(writer.bytes) { try JSONValue.read(&$0) }
        #expect(read == value)
    }

    @Test func randomStringsAndDoublesRoundTrip() throws {
        // Seeded, so a failure replays the same way every time.
        var random = SplitMix64(seed: 2024)
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<24, using: &random) {
                let scalar: UInt32 = switch Int.random(in: 0..<5, using: &random) {
                case 0: UInt32(Int.random(in: 0..<0x80, using: &random))  // ASCII incl. control characters
                case 1: 0x4E00 + UInt32(Int.random(in: 0..<0x5000, using: &random))  // CJK
                case 2: 0x1F300 + UInt32(Int.random(in: 0..<0x300, using: &random))  // emoji: surrogate pairs when escaped
                case 3: [0x22, 0x5C, 0x2F, 0x7F, 0x2028][Int.random(in: 0..<5, using: &random)]
                default: UInt32(Int.random(in: 0..<0xD800, using: &random))
                }
                scalars.append(Unicode.Scalar(scalar)!)
            }
            let text = String(scalars)
            var bits = Double(bitPattern: random.next())
            if !bits.isFinite { bits = 0 }
            var writer = JSONWriter()
            writer.beginArray()
            writer.value(text)
            writer.value(bits)
            writer.endArray()
            let (readText, readBits) = try JSONScanner.decode(writer.bytes) { scanner in
                try scanner.beginArray()
                _ = try scanner.nextElement()
                let text = try scanner.readString()
                _ = try scanner.nextElement()
                let number = try scanner.readDouble()
                _ = try scanner.nextElement()
                return (text, number)
            }
            #expect(readText == text)
            #expect(readBits.bitPattern == bits.bitPattern)
        }
    }

    @Test func escapedSurrogatePairsReadBackAsOneScalar() throws {
        // Other writers may escape everything outside ASCII; the scanner must read that too.
        let escaped = #""\u5f20\u4e09 \ud83d\ude00 \u0000""#
        #expect(try JSONScanner.decode(Array(escaped.utf8)) { try $0.readString() } == "张三 😀 \u{0}")
    }
}

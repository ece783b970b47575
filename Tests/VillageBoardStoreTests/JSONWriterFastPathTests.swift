import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore

/// The writer's fast paths (a compaction writes a province with them) must give the bytes of the plain ones: a day's
/// digits written directly against `Day.iso`, and texts checked eight bytes at a time against escaping byte by byte.
@Suite("JSON writer fast paths")
struct JSONWriterFastPathTests {
    @Test func aDayIsWrittenAsItsISOText() {
        var days: [Day] = stride(from: -800_000, through: 3_000_000, by: 997).map { Day(daysSinceEpoch: Int32($0)) }
        days += [Day(daysSinceEpoch: Int32.min), Day(daysSinceEpoch: Int32.max), Day(daysSinceEpoch: 0),
                 Day(year: 2020, month: 2, day: 29)!, Day(year: 9999, month: 12, day: 31)!, Day(year: 1, month: 1, day: 1)!]
        for day in days {
            var fast = JSONWriter(), plain = JSONWriter()
            fast.value(day)
            plain.value(day.iso)
            #expect(fast.bytes == plain.bytes, "\(day.iso)")
        }
    }

    /// Escapes byte by byte, as the writer did before it looked eight bytes at a time.
    static func escaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C: out += [0x5C, byte]
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case ..<0x20: out += Array("\\u00".utf8) + Array(String(byte, radix: 16).leftPadded(to: 2).utf8)
            default: out.append(byte)
            }
        }
        return out + [0x22]
    }

    @Test func textsAreEscapedAsByteByByte() {
        var rng = SplitMix64(seed: 5)
        let pieces = ["a", "村", "\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "~", "\u{7F}", "é", "两不愁三保障", "0123456789"]
        var texts = ["", "plain ascii text longer than eight", "入户走访，核实两不愁三保障", String(repeating: "x", count: 64) + "\""]
        for _ in 0..<2_000 {
            let length = Int(rng.next() % 40)
            texts.append((0..<length).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            var w = JSONWriter()
            w.value(text)
            #expect(w.bytes == Self.escaped(text), "\(text.debugDescription)")
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

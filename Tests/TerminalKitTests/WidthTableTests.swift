import Foundation
import Testing
@testable import TerminalKit

/// The width table against the pinned Unicode data it is generated from (scripts/width), for every code point:
/// the same answer on every machine, whatever its C library knows.
@Suite struct WidthTableTests {
    /// Widths other than one column by the rule scripts/width/generate.py applies, read from its pinned data:
    /// categories Mn, Me, Cf (but U+00AD) and Hangul medial vowels and final consonants → 0, else East Asian Width
    /// W or F → 2.
    static func pinnedWidths() throws -> [UInt32: Int] {
        let text = try String(contentsOfFile: RepositoryPaths.path("scripts/width/unicode-widths.txt"), encoding: .utf8)
        var widths: [UInt32: Int] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ";")
            let bounds = parts.first?.split(separator: ".", omittingEmptySubsequences: true) ?? []
            guard parts.count == 2, let first = bounds.first.flatMap({ UInt32($0, radix: 16) }),
                  let last = bounds.last.flatMap({ UInt32($0, radix: 16) }) else {
                Issue.record("unreadable line in unicode-widths.txt: \(line)")
                continue
            }
            for value in first...last {
                if parts[1] == "W" || parts[1] == "F" {
                    if widths[value] != 0 { widths[value] = 2 }
                } else if value != 0xAD {
                    widths[value] = 0  // marks in wide blocks (U+302A…) are drawn in no column
                }
            }
        }
        for value in UInt32(0x1160)...0x11FF { widths[value] = 0 }
        for value in UInt32(0xD7B0)...0xD7FF { widths[value] = 0 }
        return widths
    }

    @Test func everyPrintableScalarAgreesWithThePinnedData() throws {
        let pinned = try Self.pinnedWidths()
        #expect(pinned.count > 100_000, "the pinned data was read")
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x10FFFF where !(0x7F...0x9F).contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = pinned[value] ?? 1
            let actual = DisplayWidth.of(scalar)
            if actual != expected && mismatches.count < 20 {
                mismatches.append(String(format: "U+%04X: table %d, Unicode data %d", value, actual, expected))
            }
        }
        #expect(mismatches.isEmpty, "WidthTable.swift is stale: run python3 scripts/width/generate.py. \(mismatches)")
    }

    @Test func unassignedAndControlScalarsTakeOneColumn() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0378)!) == 1)  // unassigned Greek
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == 1)    // ESC, drawn as ␛
        #expect(DisplayWidth.of(Unicode.Scalar(0x9B)!) == 1)    // CSI, drawn as �
    }
}

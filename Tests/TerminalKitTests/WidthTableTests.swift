import CNcursesw
import Foundation
import Testing
@testable import TerminalKit

#if canImport(Glibc)
import Glibc
#endif

/// The width table against glibc's wcwidth in C.UTF-8, for every code point.
@Suite struct WidthTableTests {
    /// wcwidth depends on the locale; C.UTF-8 is the one the terminal layer falls back to.
    static func systemWidth(_ value: UInt32) -> Int32 {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return vb_wcwidth(Int32(bitPattern: value))
    }

    @Test func everyPrintableScalarAgreesWithWcwidth() throws {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = vb_wcwidth(Int32(bitPattern: value))
            // -1: unassigned or a control; the layer draws those one column wide on purpose.
            if expected < 0 { continue }
            let actual = DisplayWidth.of(scalar)
            if actual != Int(expected) && mismatches.count < 20 {
                mismatches.append(String(format: "U+%04X: table %d, wcwidth %d", value, actual, expected))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func unassignedAndControlScalarsTakeOneColumn() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0378)!) == 1)  // unassigned Greek
        #expect(DisplayWidth.of(Unicode.Scalar(0x1B)!) == 1)    // ESC, drawn as ␛
        #expect(DisplayWidth.of(Unicode.Scalar(0x9B)!) == 1)    // CSI, drawn as �
    }

    /// Rewrites WidthTable.swift from wcwidth when VB_REGENERATE=1, else checks it is current.
    @Test func generatedSourceIsCurrent() throws {
        let path = RepositoryPaths.path("Sources/TerminalKit/Text/WidthTable.swift")
        let expected = Self.generateSource()
        if RepositoryPaths.regenerating {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "WidthTable.swift is stale: run VB_REGENERATE=1 swift test --filter WidthTableTests")
    }

    static func generateSource() -> String {
        var zero: [(UInt32, UInt32)] = []
        var wide: [(UInt32, UInt32)] = []
        var runStart: UInt32 = 0
        var runWidth: Int32 = -9
        func close(_ end: UInt32) {
            if runWidth == 0 && runStart != 0 { zero.append((runStart, end)) }
            if runWidth == 2 { wide.append((runStart, end)) }
        }
        for value in UInt32(0)...0x110000 {
            let width: Int32
            if value == 0x110000 {
                width = -9
            } else if (0xD800...0xDFFF).contains(value) {
                width = -1
            } else {
                width = systemWidth(value)
            }
            if width != runWidth {
                if value > 0 { close(value - 1) }
                runStart = value
                runWidth = width
            }
        }
        func array(_ name: String, _ doc: String, _ ranges: [(UInt32, UInt32)]) -> String {
            var lines = ["    /// \(doc)", "    static let \(name): [UInt32] = ["]
            for chunk in stride(from: 0, to: ranges.count, by: 4) {
                let pairs = ranges[chunk..<min(chunk + 4, ranges.count)]
                lines.append("        " + pairs.map { String(format: "0x%04X, 0x%04X,", $0.0, $0.1) }.joined(separator: " "))
            }
            lines.append("    ]")
            return lines.joined(separator: "\n")
        }
        return """
            // Generated from glibc's wcwidth in C.UTF-8 (Unicode East Asian Width, Emoji_Presentation and
            // the Mn/Me/Cf categories) by `VB_REGENERATE=1 swift test --filter WidthTableTests`; do not edit.
            // WidthTableTests checks every code point against wcwidth, so the table cannot drift silently.

            /// Code point ranges, as flattened (first, last) pairs, that do not take exactly one column.
            enum WidthTable {

            """
            + array("zero", "Ranges drawn in no column: combining marks, format characters, conjoining vowels.", zero)
            + "\n\n"
            + array("wide", "Ranges drawn two columns wide: CJK, Hangul, full-width forms, emoji presentation.", wide)
            + "\n}\n"
    }
}

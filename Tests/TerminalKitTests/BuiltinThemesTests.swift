import Foundation
import Testing
@testable import TerminalKit

/// The themes compiled into the program are exactly the files in themes/.
@Suite struct BuiltinThemesTests {
    static func themeFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.path("themes"))
            .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) }.sorted()
    }

    @Test func embeddedTextEqualsTheFiles() throws {
        let path = RepositoryPaths.path("Sources/TerminalKit/Theme/BuiltinThemes.swift")
        let expected = try Self.generateSource()
        if RepositoryPaths.regenerating {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "BuiltinThemes.swift is stale: run UPDATE_SNAPSHOTS=1 swift test --filter BuiltinThemesTests")
        #expect(BuiltinThemes.names == (try Self.themeFiles()))
        for name in try Self.themeFiles() {
            let file = try String(contentsOfFile: RepositoryPaths.path("themes/\(name).theme"), encoding: .utf8)
            #expect(BuiltinThemes.text(named: name).map { $0 + "\n" } == file, "\(name)")
        }
    }

    static func generateSource() throws -> String {
        var lines = [
            "// Generated from themes/*.theme by `UPDATE_SNAPSHOTS=1 swift test --filter BuiltinThemesTests`; do not edit.",
            "// The built-in themes are compiled in so the program finds them wherever it is installed;",
            "// BuiltinThemesTests fails when this file and the themes/ folder disagree.",
            "",
            "/// The text of every theme in the repository's themes/ folder, by name.",
            "enum BuiltinThemes {",
            "    static let names: [String] = [" + (try themeFiles()).map { "\"\($0)\"" }.joined(separator: ", ") + "]",
            "",
            "    static func text(named name: String) -> String? {",
            "        switch name {",
        ]
        for name in try themeFiles() {
            let text = try String(contentsOfFile: RepositoryPaths.path("themes/\(name).theme"), encoding: .utf8)
            lines.append("        case \"\(name)\":")
            lines.append("            return ##\"\"\"")
            var body = text
            while body.hasSuffix("\n") { body.removeLast() }
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                var indented = "            " + line
                while indented.hasSuffix(" ") { indented.removeLast() }
                lines.append(indented)
            }
            lines.append("            \"\"\"##")
        }
        lines += ["        default:", "            return nil", "        }", "    }", "}", ""]
        return lines.joined(separator: "\n")
    }
}

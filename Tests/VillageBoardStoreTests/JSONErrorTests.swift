import Testing
import VillageBoardStore

/// Every kind of malformed input gives an error with the right line, field, expectation and finding.
@Suite struct JSONErrorTests {
    private enum State: String, CaseIterable { case met, notMet, notApplicable }

    /// Reads `{"a": <int>, "b": <string>, …}`-shaped objects generically, so the errors come from the scanner.
    private static func readAll(_ scanner: inout JSONScanner) throws {
        _ = try JSONValue.read(&scanner)
    }

    @Test func typeMismatchNamesLineFieldAndWhatWasFound() throws {
        let text = """
            {
              "name": "王家",
              "members": [
                {"id": "m1", "age": 40},
                {"id": "m2", "age": 1.5}
              ]
            }
            """
        let error = try #require(jsonError(text) { scanner in
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                guard key == "members" else {
                    try scanner.skipValue()
                    continue
                }
                try scanner.beginArray()
                while try scanner.nextElement() {
                    try scanner.beginObject()
                    while let field = try scanner.nextKey() {
                        if field == "age" { _ = try scanner.readInt() } else { try scanner.skipValue() }
                    }
                }
            }
        })
        #expect(error.kind == .unexpectedValue)
        #expect(error.line == 5)
        #expect(error.column == 25)
        #expect(error.field == "members[1].age")
        #expect(error.path == [.key("members"), .index(1), .key("age")])
        #expect(error.expected == "an integer")
        #expect(error.found == "number 1.5")
        #expect(error.description == #"line 5, field "members[1].age": expected an integer, found number 1.5"#)
        #expect(error.inFile("snapshot.json").description.hasPrefix("snapshot.json line 5, field"))
    }

    @Test func enumErrorsListTheAllowedValues() throws {
        let lines = Array(repeating: #"{"state":"met"}"#, count: 16) + [#"{"item":"food","state":"xx"}"#]
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        do {
            _ = try JSONLines.read(bytes) { scanner in
                try scanner.beginObject()
                while let key = try scanner.nextKey() {
                    if key == "state" { _ = try scanner.readEnum(State.self) } else { try scanner.skipValue() }
                }
            }
            Issue.record("expected an error")
        } catch let error as JSONError {
            #expect(error.inFile("journal/laptop-a.jsonl").description
                == #"journal/laptop-a.jsonl line 17, field "state": expected one of met/notMet/notApplicable, found "xx""#)
            #expect(error.column == 24)
        }
    }

    @Test func callerChecksPointAtTheValueJustRead() throws {
        let error = try #require(jsonError(#"{"code":"2206","name":"x"}"#) { scanner in
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                let text = try scanner.readString()
                if key == "code", text.count != 12 {
                    throw scanner.unexpectedValue(expected: "a 12-digit division code")
                }
            }
        })
        #expect(error.description == #"line 1, field "code": expected a 12-digit division code, found "2206""#)
        #expect(error.column == 9)
    }

    @Test func missingAndUnknownFields() throws {
        let missing = try #require(jsonError(#"{"households":[{"id":"a"},{"name":"b"}]}"#) { scanner in
            try scanner.beginObject()
            _ = try scanner.nextKey()
            try scanner.beginArray()
            while try scanner.nextElement() {
                var id: String?
                try scanner.beginObject()
                while let key = try scanner.nextKey() {
                    if key == "id" { id = try scanner.readString() } else { try scanner.skipValue() }
                }
                if id == nil { throw scanner.missingField("id") }
            }
        })
        #expect(missing.field == "households[1].id")
        #expect(missing.description == #"line 1, field "households[1].id": expected a value, found no such field in the object"#)

        let unknown = try #require(jsonError(#"{"id":"a","colour":"red"}"#) { scanner in
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                guard key == "id" else { throw scanner.unexpectedKey(key) }
                _ = try scanner.readString()
            }
        })
        #expect(unknown.field == "colour")
        #expect(unknown.column == 11)
        #expect(unknown.found == #"key "colour""#)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var json: String
        var line: Int
        var field: String
        var expected: String
        var found: String
        var kind: JSONError.Kind = .syntax
        var testDescription: String { json }
    }

    @Test(arguments: [
        Case(json: #"{"a":1} x"#, line: 1, field: "", expected: "end of input", found: "x"),
        Case(json: "{\"a\":1}\n{\"b\":2}", line: 2, field: "", expected: "end of input", found: "'{' (an object)"),
        Case(json: #"{"a":1 "b":2}"#, line: 1, field: "a", expected: "',' or '}'", found: #""b""#),
        Case(json: #"{"a":1,}"#, line: 1, field: "", expected: "a key (a string in quotes)", found: "'}'"),
        Case(json: #"{"a" 1}"#, line: 1, field: "a", expected: "':' after the key", found: "number 1"),
        Case(json: #"{a:1}"#, line: 1, field: "", expected: "a key (a string in quotes)", found: "a"),
        Case(json: "[1,\n2,\n3", line: 3, field: "[2]", expected: "',' or ']'", found: "end of input"),
        Case(json: #"{"a":"#, line: 1, field: "a", expected: "a value", found: "end of input"),
        Case(json: "{\"a\":\"x\ty\"}", line: 1, field: "a",
             expected: "a string without raw control characters (write them as escapes)", found: "control character U+0009"),
        Case(json: "{\"a\":\"x\ny\"}", line: 1, field: "a",
             expected: "a string without raw control characters (write them as escapes)", found: "control character U+000A"),
        Case(json: #"{"a":"\x"}"#, line: 1, field: "a", expected: #"an escape: \" \\ \/ \b \f \n \r \t or \uXXXX"#, found: "'\\'"),
        Case(json: #"{"a":"\u12G4"}"#, line: 1, field: "a", expected: #"four hex digits after \u"#, found: "G4"),
        Case(json: #"{"a":"\ud800"}"#, line: 1, field: "a", expected: #"a low surrogate \uDC00-\uDFFF after \uD800"#, found: "\"}"),
        Case(json: #"{"a":"\ud800\u0041"}"#, line: 1, field: "a", expected: #"a low surrogate \uDC00-\uDFFF after \uD800"#, found: "'\\'"),
        Case(json: #"{"a":"\udc00"}"#, line: 1, field: "a", expected: #"a high surrogate before the low surrogate \uDC00"#, found: "'\\'"),
        Case(json: #"{"a":"abc"#, line: 1, field: "a", expected: "the closing '\"' of the string", found: "end of input"),
        Case(json: #"{"a":tru}"#, line: 1, field: "a", expected: "true or false", found: "tru"),
        Case(json: #"{"a":nul}"#, line: 1, field: "a", expected: "null", found: "nul"),
        Case(json: #"{"a":truex}"#, line: 1, field: "a", expected: "true or false", found: "truex"),
        Case(json: #"{"a":01}"#, line: 1, field: "a", expected: "a number without leading zeros", found: "number 01"),
        Case(json: #"{"a":1.}"#, line: 1, field: "a", expected: "a digit after the decimal point", found: "'}'"),
        Case(json: #"{"a":.5}"#, line: 1, field: "a", expected: "a value", found: "'.'"),
        Case(json: #"{"a":-}"#, line: 1, field: "a", expected: "a digit", found: "'}'"),
        Case(json: #"{"a":1e}"#, line: 1, field: "a", expected: "a digit in the exponent", found: "'}'"),
        Case(json: #"{"a":+1}"#, line: 1, field: "a", expected: "a value", found: "'+'"),
        Case(json: #"{"a":1e400}"#, line: 1, field: "a", expected: "a number within the range of a Double", found: "number 1e400",
             kind: .unexpectedValue),
        Case(json: #"{"a":[1,2,]}"#, line: 1, field: "a", expected: "a value", found: "']'"),
        Case(json: #"{"a":{"b":[{"c":"\q"}]}}"#, line: 1, field: "a.b[0].c",
             expected: #"an escape: \" \\ \/ \b \f \n \r \t or \uXXXX"#, found: "'\\'"),
        Case(json: "", line: 1, field: "", expected: "a value", found: "end of input"),
    ])
    func malformedInput(_ example: Case) throws {
        let error = try #require(jsonError(example.json) { try Self.readAll(&$0) })
        #expect(error.line == example.line)
        #expect(error.field == example.field)
        #expect(error.expected == example.expected)
        #expect(error.found == example.found)
        #expect(error.kind == example.kind)
    }

    @Test func invalidUTF8IsRefusedAtTheBadByte() throws {
        for bad: [UInt8] in [[0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80, 0x41], [0xC0, 0xAF]] {
            let bytes = Array(#"{"name":"张"#.utf8) + bad + Array(#""}"#.utf8)
            let error = try #require(jsonError(bytes) { scanner in
                try scanner.beginObject()
                _ = try scanner.nextKey()
                _ = try scanner.readString()
                _ = try scanner.nextKey()
            })
            #expect(error.expected == "valid UTF-8 text")
            #expect(error.offset == 12)
            #expect(error.field == "name")
        }
    }

    @Test func integerReadsRefuseFractionsAndOverflow() throws {
        let fraction = try #require(jsonError("2.0") { _ = try $0.readInt() })
        #expect(fraction.kind == .unexpectedValue)
        #expect(fraction.found == "number 2.0")
        let exponent = try #require(jsonError("2e3") { _ = try $0.readInt() })
        #expect(exponent.expected == "an integer")
        let overflow = try #require(jsonError("9223372036854775808") { _ = try $0.readInt() })
        #expect(overflow.expected == "an integer from -9223372036854775808 to 9223372036854775807")
        let underflow = try #require(jsonError("-9223372036854775809") { _ = try $0.readInt() })
        #expect(underflow.kind == .unexpectedValue)
        let text = try #require(jsonError(#""12""#) { _ = try $0.readInt() })
        #expect(text.kind == .unexpectedValue)
        #expect(text.found == #""12""#)
    }

    @Test func wrongTypesAreUnexpectedValuesNotSyntax() throws {
        let cases: [(String, (inout JSONScanner) throws -> Void, String)] = [
            ("12", { _ = try $0.readString() }, "a string"),
            (#""x""#, { _ = try $0.readBool() }, "true or false"),
            ("[]", { try $0.beginObject() }, "an object"),
            ("{}", { try $0.beginArray() }, "an array"),
            ("true", { try $0.readNull() }, "null"),
            ("null", { _ = try $0.readDouble() }, "a number"),
        ]
        for (json, read, expected) in cases {
            let error = try #require(jsonError(json, read))
            #expect(error.kind == .unexpectedValue)
            #expect(error.expected == expected)
        }
    }

    @Test func longValuesAreCutInMessages() throws {
        let long = String(repeating: "长", count: 30)
        let error = try #require(jsonError("\"\(long)\"") { _ = try $0.readInt() })
        #expect(error.found.hasSuffix("…"))
        #expect(error.found.utf8.count <= 45)
    }

    @Test func deepNestingIsRefusedNotCrashed() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let skipped = try #require(jsonError(deep) { try $0.skipValue() })
        #expect(skipped.expected == "at most 256 levels of nesting")
        let pulled = try #require(jsonError(deep) { try Self.readAll(&$0) })
        #expect(pulled.expected == "at most 256 levels of nesting")
    }

    @Test func offsetsAndLinesCountFromTheCallersBase() throws {
        let bytes = Array(#"{"a":x}"#.utf8)
        let error = try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, firstLine: 40, firstOffset: 1000, isLine: true)
            do {
                try Self.readAll(&scanner)
                return nil as JSONError?
            } catch let error as JSONError {
                return error
            }
        }
        #expect(error?.line == 40)
        #expect(error?.offset == 1005)
        #expect(error?.column == 6)
    }
}

import Testing
import VillageBoardStore

@Suite struct JSONScannerTests {
    private enum State: String, CaseIterable { case met, notMet, notApplicable }

    @Test func readsEveryKindOfValueInOrder() throws {
        let text = """
            {"s":"abc","i":-42,"d":1.5,"b":true,"f":false,"n":null,"a":[1,2,3],"o":{"x":"y"},"e":[],"eo":{}}
            """
        try scan(text) { scanner in
            try scanner.beginObject()
            #expect(try scanner.nextKey() == "s")
            #expect(try scanner.readString() == "abc")
            #expect(try scanner.nextKey() == "i")
            #expect(try scanner.readInt() == -42)
            #expect(try scanner.nextKey() == "d")
            #expect(try scanner.readDouble() == 1.5)
            #expect(try scanner.nextKey() == "b")
            #expect(try scanner.readBool() == true)
            #expect(try scanner.nextKey() == "f")
            #expect(try scanner.readBool() == false)
            #expect(try scanner.nextKey() == "n")
            #expect(scanner.isNull())
            try scanner.readNull()
            #expect(try scanner.nextKey() == "a")
            var numbers: [Int] = []
            try scanner.beginArray()
            while try scanner.nextElement() { numbers.append(try scanner.readInt()) }
            #expect(numbers == [1, 2, 3])
            #expect(try scanner.nextKey() == "o")
            try scanner.beginObject()
            #expect(try scanner.nextKey() == "x")
            #expect(try scanner.readString() == "y")
            #expect(try scanner.nextKey() == nil)
            #expect(try scanner.nextKey() == "e")
            try scanner.beginArray()
            #expect(try scanner.nextElement() == false)
            #expect(try scanner.nextKey() == "eo")
            try scanner.beginObject()
            #expect(try scanner.nextKey() == nil)
            #expect(try scanner.nextKey() == nil)
        }
    }

    @Test func acceptsWhitespaceEverywhereJSONAllowsIt() throws {
        let text = " \r\n\t{ \"a\" :\n [ 1 ,\t2 ] , \"b\" : { } }\n "
        let value = try scan(text) { try JSONValue.read(&$0) }
        #expect(value == .object([("a", .array([.int(1), .int(2)])), ("b", .object([]))]))
    }

    @Test func switchesOnKeysWithoutMakingStrings() throws {
        let names = try scan(#"{"id":"H1","name":"张三","unknown":{"deep":[1,{"x":null}]},"state":"notMet"}"#) { scanner in
            var found: [String] = []
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                switch key {
                case "id", "name": found.append(try scanner.readString())
                case "state": found.append(try scanner.readEnum(State.self).rawValue)
                default: try scanner.skipValue()
                }
            }
            return found
        }
        #expect(names == ["H1", "张三", "notMet"])
    }

    @Test func keysWrittenWithEscapesStillMatch() throws {
        try scan(#"{"\u0069d":1,"na\"me":2}"#) { scanner in
            try scanner.beginObject()
            let first = try #require(try scanner.nextKey())
            #expect(first == "id")
            #expect(first == String("id"))
            #expect(first.string == "id")
            _ = try scanner.readInt()
            let second = try #require(try scanner.nextKey())
            #expect(second.string == "na\"me")
            #expect(second != "name")
            _ = try scanner.readInt()
            #expect(try scanner.nextKey() == nil)
        }
    }

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""""#, ""),
        (#""张三 李四""#, "张三 李四"),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u0041\u00e9\u4e2d\u0000""#, "Aé中\u{0}"),
        (#""\ud83d\ude00 = 😀""#, "😀 = 😀"),
        (#""\uD834\uDD1E""#, "\u{1D11E}"),
        (#""a much longer string that crosses several eight-byte words, with 中文 in the middle""#,
         "a much longer string that crosses several eight-byte words, with 中文 in the middle"),
    ])
    func decodesStrings(json: String, expected: String) throws {
        #expect(try scan(json) { try $0.readString() } == expected)
    }

    @Test func readsIntegersAtTheEdgesOfInt() throws {
        #expect(try scan("9223372036854775807") { try $0.readInt() } == Int.max)
        #expect(try scan("-9223372036854775808") { try $0.readInt() } == Int.min)
        #expect(try scan("-0") { try $0.readInt() } == 0)
        #expect(try scan("0") { try $0.readInt64() } == 0)
        #expect(try scan("1234567890123") { try $0.readInt64() } == 1_234_567_890_123)
    }

    @Test(arguments: [
        "0", "-0", "0.1", "1.5", "-2.5E+3", "1e-7", "0.30000000000000004", "123456789012345678901234567890",
        "1.7976931348623157e308", "5e-324", "2.2250738585072014E-308", "9007199254740993", "1e22", "1e23",
        "0.000001234", "100000000000000000000000.5", "3.141592653589793238462643383279",
    ])
    func readsDoublesExactlyAsTheStandardLibraryDoes(text: String) throws {
        let value = try scan(text) { try $0.readDouble() }
        let reference = try #require(Double(text))
        #expect(value.bitPattern == reference.bitPattern)
    }

    @Test func optionalReadsTakeNull() throws {
        let values = try scan(#"[null,"x",null,3,null,2.5,null,true]"#) { scanner in
            var out: [String] = []
            try scanner.beginArray()
            for _ in 0..<2 {
                _ = try scanner.nextElement()
                out.append(String(describing: try scanner.readOptionalString()))
            }
            for _ in 0..<2 {
                _ = try scanner.nextElement()
                out.append(String(describing: try scanner.readOptionalInt()))
            }
            for _ in 0..<2 {
                _ = try scanner.nextElement()
                out.append(String(describing: try scanner.readOptionalDouble()))
            }
            for _ in 0..<2 {
                _ = try scanner.nextElement()
                out.append(String(describing: try scanner.readOptionalBool()))
            }
            #expect(try scanner.nextElement() == false)
            return out
        }
        #expect(values == ["nil", "Optional(\"x\")", "nil", "Optional(3)", "nil", "Optional(2.5)", "nil", "Optional(true)"])
    }

    @Test func peekKindSaysWhatComesNext() throws {
        try scan(#"[{},[],"s",-1,true,false,null]"#) { scanner in
            try scanner.beginArray()
            var kinds: [JSONValueKind?] = []
            while try scanner.nextElement() {
                kinds.append(scanner.peekKind())
                try scanner.skipValue()
            }
            #expect(kinds == [.object, .array, .string, .number, .bool, .bool, .null])
            #expect(scanner.peekKind() == nil)
        }
    }

    @Test func skipValueChecksWhatItSkips() throws {
        let good = #"{"a":[1,-2.5e3,"x\n",{"b":null}],"c":{"d":[true,false,[]]}}"#
        try scan(good) { try $0.skipValue() }
        for bad in [#"{"a":[1,}"#, #"{"a" 1}"#, #"[01]"#, #"["\x"]"#, #"{"a":tru}"#, #"[1 2]"#] {
            _ = jsonError(bad) { try $0.skipValue() }
        }
    }

    @Test func syntaxCheckOfAWholeBuffer() {
        let ok = Array(#"{"a":[1,2]}"#.utf8)
        let bad = Array(#"{"a":[1,2}"#.utf8)
        #expect(ok.withUnsafeBufferPointer { JSONScanner.syntaxError(in: $0) } == nil)
        let error = bad.withUnsafeBufferPointer { JSONScanner.syntaxError(in: $0) }
        #expect(error?.kind == .syntax)
        #expect(error?.expected == "',' or ']'")
    }

    @Test func oneScannerCanBeResetForEachLine() throws {
        let lines = [#"{"n":1}"#, #"{"n":2}"#].map { Array($0.utf8) }
        var scanner = JSONScanner(UnsafeBufferPointer<UInt8>(start: nil, count: 0))
        var total = 0
        for (index, line) in lines.enumerated() {
            try line.withUnsafeBufferPointer { buffer in
                scanner.reset(to: buffer, firstLine: index + 1, firstOffset: 0, isLine: true)
                try scanner.beginObject()
                while try scanner.nextKey() != nil { total += try scanner.readInt() }
                try scanner.expectEnd()
            }
        }
        #expect(total == 3)
    }

    @Test func readsFromRawBytes() throws {
        let bytes = Array(#"["raw"]"#.utf8)
        let value = try bytes.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw)
            return try JSONValue.read(&scanner)
        }
        #expect(value == .array([.string("raw")]))
    }
}

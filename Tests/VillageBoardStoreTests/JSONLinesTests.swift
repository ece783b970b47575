import Testing
import VillageBoardStore

@Suite struct JSONLinesTests {
    private func lines(_ text: String) -> [(text: String, number: Int, offset: Int, terminated: Bool, last: Bool)] {
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            JSONLines(buffer, firstLine: 1).map {
                (String(decoding: $0.bytes, as: UTF8.self), $0.number, $0.offset, $0.isTerminated, $0.isLast)
            }
        }
    }

    @Test func splitsLinesWithNumbersAndOffsets() {
        let found = lines("{\"a\":1}\n{\"b\":2}\n")
        #expect(found.map(\.text) == [#"{"a":1}"#, #"{"b":2}"#])
        #expect(found.map(\.number) == [1, 2])
        #expect(found.map(\.offset) == [0, 8])
        #expect(found.map(\.terminated) == [true, true])
        #expect(found.map(\.last) == [false, true])
    }

    @Test func aMissingFinalNewlineShows() {
        let found = lines("a\nb")
        #expect(found.map(\.text) == ["a", "b"])
        #expect(found.map(\.terminated) == [true, false])
        #expect(found.last?.last == true)
    }

    @Test func emptyBuffersAndEmptyLines() {
        #expect(lines("").isEmpty)
        #expect(lines("\n").map(\.text) == [""])
        #expect(lines("a\n\nb\n").map(\.text) == ["a", "", "b"])
        #expect(lines("a\n\nb\n").map(\.number) == [1, 2, 3])
    }

    private func readNumbers(_ text: String, firstLine: Int = 1) throws -> (values: [Int], torn: JSONTornLine?) {
        var values: [Int] = []
        let torn = try JSONLines.read(Array(text.utf8), firstLine: firstLine) { scanner in
            try scanner.beginObject()
            while try scanner.nextKey() != nil { values.append(try scanner.readInt()) }
        }
        return (values, torn)
    }

    @Test func cleanJournalHasNoTornLine() throws {
        let result = try readNumbers("{\"n\":1}\n{\"n\":2}\n")
        #expect(result.values == [1, 2])
        #expect(result.torn == nil)
    }

    @Test func lastLineWithoutNewlineIsTornAndNotApplied() throws {
        // Even a last line that parses is torn without its newline: its append never finished, so it was never saved.
        let result = try readNumbers("{\"n\":1}\n{\"n\":2}\n{\"n\":3}")
        #expect(result.values == [1, 2])
        let torn = try #require(result.torn)
        #expect(torn.number == 3)
        #expect(torn.offset == 16)
        #expect(torn.bytes == Array(#"{"n":3}"#.utf8))
        #expect(torn.isTerminated == false)
        #expect(torn.syntaxError == nil)
    }

    @Test func cutOffLastLineIsTornWithItsSyntaxError() throws {
        let result = try readNumbers("{\"n\":1}\n{\"n\":2}\n{\"n\":")
        #expect(result.values == [1, 2])
        let torn = try #require(result.torn)
        #expect(torn.number == 3)
        #expect(torn.syntaxError?.found == "end of line")
        #expect(torn.syntaxError?.line == 3)
    }

    @Test func garbageLastLineWithNewlineIsTorn() throws {
        // A power cut can leave zeros where the end of the file was meant to be.
        let bytes = Array("{\"n\":1}\n".utf8) + [0, 0, 0, 0x0A]
        var values: [Int] = []
        let torn = try JSONLines.read(bytes) { scanner in
            try scanner.beginObject()
            while try scanner.nextKey() != nil { values.append(try scanner.readInt()) }
        }
        #expect(values == [1])
        #expect(torn?.isTerminated == true)
        #expect(torn?.syntaxError?.found == "control character U+0000")
    }

    @Test func wellFormedLastLineThatTheReaderRejectsIsAnError() {
        #expect(throws: JSONError.self) { try readNumbers("{\"n\":1}\n{\"n\":\"two\"}\n") }
    }

    @Test func malformedLineBeforeTheLastStopsWithItsLineNumber() throws {
        do {
            _ = try readNumbers("{\"n\":1}\n{\"n\":}\n{\"n\":3}\n", firstLine: 10)
            Issue.record("expected an error")
        } catch let error as JSONError {
            #expect(error.line == 11)
            #expect(error.field == "n")
            #expect(error.found == "'}'")
            #expect(error.offset == 13)
        }
    }

    @Test func blankLineInTheMiddleIsAnError() throws {
        do {
            _ = try readNumbers("{\"n\":1}\n\n{\"n\":3}\n")
            Issue.record("expected an error")
        } catch let error as JSONError {
            #expect(error.line == 2)
            #expect(error.found == "end of line")
        }
    }

    @Test func trailingGarbageOnALineIsAnError() throws {
        do {
            _ = try readNumbers("{\"n\":1} {\"n\":2}\n{\"n\":3}\n")
            Issue.record("expected an error")
        } catch let error as JSONError {
            #expect(error.line == 1)
            #expect(error.expected == "end of line")
        }
    }

    @Test func errorsFromTheReaderPassThrough() throws {
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            _ = try JSONLines.read(Array("{}\n".utf8)) { _ in throw Refused() }
        }
    }
}

import Foundation
import Testing
import VillageBoardStore

@Suite struct FilesAppendTests {
    @Test func appendsSurviveClosingAndReopening() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("journal.jsonl")
        let file = try AppendOnlyFile(path: path)
        #expect(file.length == 0)
        try file.appendDurably(bytes("{\"seq\":1}\n"))
        try file.appendDurably(bytes("{\"seq\":2,\"name\":\"张三\"}\n"))
        #expect(file.length == 10 + 26)
        file.close()
        #expect(try FileIO.readWholeFile(path) == bytes("{\"seq\":1}\n{\"seq\":2,\"name\":\"张三\"}\n"))

        let reopened = try AppendOnlyFile(path: path)
        #expect(reopened.length == 36)
        try reopened.appendDurably(bytes("{\"seq\":3}\n"))
        reopened.close()
        let lines = try FileIO.readWholeFile(path).split(separator: 0x0A)
        #expect(lines.count == 3)
    }

    @Test func manyAppendsKeepEveryLineInOrder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("journal.jsonl")
        let file = try AppendOnlyFile(path: path)
        var writer = JSONWriter()
        for sequence in 1...500 {
            writer.reset()
            writer.beginObject()
            writer.field("seq", sequence)
            writer.field("note", String(repeating: "记", count: sequence % 40))
            writer.endObject()
            writer.newline()
            try file.appendDurably(writer.bytes)
        }
        file.close()
        var sequences: [Int] = []
        let torn = try JSONLines.read(try FileIO.readWholeFile(path)) { scanner in
            try scanner.beginObject()
            while let key = try scanner.nextKey() {
                if key == "seq" { sequences.append(try scanner.readInt()) } else { try scanner.skipValue() }
            }
        }
        #expect(torn == nil)
        #expect(sequences == Array(1...500))
    }

    @Test func oneShotAppendCreatesTheFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("quarantine.jsonl")
        try FileIO.appendDurably(bytes("a\n"), to: path)
        try FileIO.appendDurably(bytes("b\n"), to: path)
        #expect(try FileIO.readWholeFile(path) == bytes("a\nb\n"))
    }

    @Test func truncatingDropsATornTail() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("journal.jsonl")
        let file = try AppendOnlyFile(path: path)
        try file.appendDurably(bytes("{\"seq\":1}\n{\"seq\":2"))
        try file.truncateDurably(toLength: 10)
        try file.appendDurably(bytes("{\"seq\":2}\n"))
        #expect(file.length == 20)
        #expect(try FileIO.readWholeFile(path) == bytes("{\"seq\":1}\n{\"seq\":2}\n"))
    }

    @Test func appendingAfterCloseIsAnErrorNotACrash() throws {
        let folder = try TemporaryFolder()
        let file = try AppendOnlyFile(path: folder.file("journal.jsonl"))
        file.close()
        file.close()
        #expect(throws: FileError.self) { try file.appendDurably(bytes("x\n")) }
    }

    @Test func openingInAMissingFolderSaysWhere() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("missing/journal.jsonl")
        do {
            _ = try AppendOnlyFile(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.operation == .open)
            #expect(error.code == ENOENT)
            #expect(error.description == "cannot open \(path): No such file or directory (errno 2)")
        }
    }
}

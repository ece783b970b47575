import Foundation
import Testing
import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

/// The demo's snapshot (18 MB) is read in two chunks on two workers: these tests check that what comes out is
/// the board that went in, indexes and roll-ups included, and that a flaw in the second chunk is reported at its
/// own line of the file.
@Suite("Snapshot read in chunks")
struct SnapshotChunkTests {
    private static let demo = BaishanDemo.board()
    private static let bytes = Snapshot.encode(demo, covers: [:])

    /// The snapshot's lines, each with its newline.
    private static func lines() -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { $0 }
    }

    @Test func twoWorkersAndOneGiveTheSameBoardAsWritten() throws {
        #expect(Self.bytes.withUnsafeBufferPointer { SnapshotRecords.chunks(of: $0, from: 0, workers: 2).count } == 2)
        for workers in [1, 2, 3] {
            let board = try Snapshot.decode(Self.bytes, file: "snapshot.jsonl", today: BaishanDemo.today, workers: workers).board
            #expect(board.households == Self.demo.households)
            #expect(board.tasks == Self.demo.tasks)
            #expect(board.rollups == Self.demo.rollups)
            #expect(board.rollups == board.recountedRollups())
            #expect(board.householdMarks == Self.demo.households.map(\.mark))
            for village in Self.demo.units.values where village.level == .village {
                #expect(board.householdIndices(under: village.code) == Self.demo.householdIndices(under: village.code))
                #expect(board.taskIndices(inVillage: village.code) == Self.demo.taskIndices(inVillage: village.code))
            }
            let someTask = try #require(Self.demo.tasks.last)
            #expect(board.task(someTask.id) == someTask)
            if case .household(let id) = someTask.subject {
                #expect(board.taskIndices(forHousehold: id) == Self.demo.taskIndices(forHousehold: id))
                #expect(board.household(id) == Self.demo.household(id))
            }
            #expect(Snapshot.encode(board, covers: [:]) == Self.bytes)
        }
    }

    /// A mapped snapshot gives its pages back as the workers read past them (`MappedFile.release`, here every
    /// 64 KB instead of 16 MB): the board is the one written, and the file's bytes read the same afterwards (a page
    /// given back comes back from the file when read again).
    @Test func aMappedSnapshotGivingItsPagesBackReadsTheSameBoard() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("snapshot.jsonl")
        try Data(Self.bytes).write(to: URL(fileURLWithPath: path))
        let mapped = try #require(try MappedFile.mapIfExists(path, releaseEvery: 64 << 10))
        let board = try Snapshot.decode(mapped.bytes, format: StoreMeta.currentFormat, file: "snapshot.jsonl",
                                        today: BaishanDemo.today, mapped: mapped).board
        #expect(board.households == Self.demo.households)
        #expect(board.tasks == Self.demo.tasks)
        #expect(board.rollups == Self.demo.rollups)
        #expect(Array(mapped.bytes) == Self.bytes)
        mapped.release(0..<mapped.bytes.count)
        #expect(Array(mapped.bytes) == Self.bytes)
    }

    @Test func aBadHouseholdLateInTheFileIsReportedAtItsLine() throws {
        var lines = Self.lines()
        // The last household line: in the second chunk.
        let index = try #require(lines.lastIndex { $0.starts(with: Array("{\"type\":\"household\"".utf8)) })
        let text = String(decoding: lines[index], as: UTF8.self)
        let broken = text.replacing("\"status\":\"", with: "\"status\":\"x")
        #expect(broken != text)
        lines[index] = ArraySlice(broken.utf8)
        let file = Array(lines.joined(separator: [0x0A])) + [0x0A]
        #expect(performing: {
            _ = try Snapshot.decode(file, file: "snapshot.jsonl", today: BaishanDemo.today)
        }, throws: { error in
            guard case StoreError.malformed(let json) = error else { return false }
            return json.line == index + 1 && json.file == "snapshot.jsonl" && json.expected.contains("one of")
        })
    }

    @Test func aLastLineWithoutItsNewlineIsReportedAtItsLine() throws {
        let file = Array(Self.bytes.dropLast())
        let count = Self.lines().count
        #expect(performing: {
            _ = try Snapshot.decode(file, file: "snapshot.jsonl", today: BaishanDemo.today)
        }, throws: { error in
            guard case StoreError.malformed(let json) = error else { return false }
            return json.line == count && json.expected == "a line ending in a newline"
        })
    }

    @Test func anUnknownRecordAmongTheHouseholdsIsRefusedAtItsLine() throws {
        var lines = Self.lines()
        let index = try #require(lines.lastIndex { $0.starts(with: Array("{\"type\":\"household\"".utf8)) })
        lines.insert(ArraySlice("{\"type\":\"hosehold\"}".utf8), at: index)
        let file = Array(lines.joined(separator: [0x0A])) + [0x0A]
        #expect(performing: {
            _ = try Snapshot.decode(file, file: "snapshot.jsonl", today: BaishanDemo.today)
        }, throws: { error in
            guard case StoreError.malformed(let json) = error else { return false }
            return json.line == index + 1
        })
    }
}

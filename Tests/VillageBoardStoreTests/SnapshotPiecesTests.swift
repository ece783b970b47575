import Foundation
import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
import VillageBoardDemo

/// A compaction writes the snapshot on every core, in shares of the records (`Snapshot.write`, `SnapshotLines`):
/// the file must be byte for byte the one a single thread writes, whatever the number of workers and wherever the
/// pieces are cut.
@Suite("Snapshot written in pieces")
struct SnapshotPiecesTests {
    /// A generated board of 5,000 households, with some weeks of work so the burn-down's records are written too.
    static let board: Board = {
        var board = SyntheticBoard.generate(households: 5_000, seed: 3, today: BaishanDemo.today)
        _ = MadeUpHistory.apply(to: &board, weeks: 4, households: 200)
        return board
    }()
    static let covers = [DeviceID("laptop-a"): JournalMark(sequence: 7, bytes: 4_096),
                         DeviceID("laptop-b"): JournalMark(sequence: 2, bytes: 700)]

    @Test func twoAndThreeWorkersWriteTheBytesOneWrites() throws {
        #expect(!Self.board.burnDownStepsByDay.isEmpty)
        let one = Snapshot.encode(Self.board, covers: Self.covers, burnDown: true, workers: 1)
        for workers in [2, 3] {
            let pieces = Snapshot.encodePieces(Self.board, covers: Self.covers, burnDown: true, workers: workers)
            // The leading records, a piece of households per worker, the tasks, the trailing records.
            #expect(pieces.count >= 2 + workers + 1)
            #expect(Array(pieces.joined()) == one)
            #expect(Snapshot.encode(Self.board, covers: Self.covers, burnDown: true, workers: workers) == one)
        }
        let read = try Snapshot.decode(one, file: "snapshot.jsonl", today: BaishanDemo.today)
        #expect(read.board.households == Self.board.households)
        #expect(read.board.tasks == Self.board.tasks)
    }

    @Test(arguments: [1, 2, 3, 7, 60])
    func linesCutAnywhereJoinToTheLinesWrittenOneByOne(workers: Int) {
        let tasks = Array(Self.board.tasks.prefix(500))
        var w = JSONWriter()
        for t in tasks {
            w.write(t, type: "task")
            w.newline()
        }
        var pieces: [[UInt8]] = []
        SnapshotLines.write(tasks, workers: workers, perWorker: 1, { $0.write($1, type: "task") }) { pieces.append($0) }
        #expect(pieces.count == (workers == 1 ? 1 : workers * 8))
        #expect(pieces.allSatisfy { $0.last == 0x0A })
        #expect(Array(pieces.joined()) == w.bytes)
        var none = 0
        SnapshotLines.write([WorkTask](), workers: workers, { $0.write($1, type: "task") }) { _ in none += 1 }
        #expect(none == 0)
    }

    @Test func aFailedWriteStopsHandingOnAndWaitsForTheWorkers() {
        var handed = 0
        #expect(throws: FileError.self) {
            try SnapshotLines.write(Self.board.tasks, workers: 2, perWorker: 1, { $0.write($1, type: "task") }) {
                (_: [UInt8]) throws(FileError) in
                handed += 1
                if handed == 3 { throw FileError(.write, path: "snapshot.jsonl", code: 28) }
            }
        }
        #expect(handed == 3)
    }

    @Test func aCompactionWritesTheBytesOfAOneThreadWriter() throws {
        let store = try Store.create(at: StoreFixtures.folder(), board: Self.board, device: StoreFixtures.device,
                                     now: Timestamp(day: BaishanDemo.today, hour: 9))
        defer { store.close() }
        let created = try FileIO.readWholeFile(store.path + "/snapshot.jsonl")
        #expect(created == Snapshot.encode(Self.board, covers: [:], workers: 1))
        try store.compact()
        let compacted = try FileIO.readWholeFile(store.path + "/snapshot.jsonl")
        let read = try Snapshot.decode(compacted, file: "snapshot.jsonl", today: BaishanDemo.today)
        #expect(compacted == Snapshot.encode(read.board, covers: read.covers, burnDown: true, workers: 1))
        #expect(compacted == Snapshot.encode(store.board, covers: read.covers, burnDown: true, workers: 1))
    }
}

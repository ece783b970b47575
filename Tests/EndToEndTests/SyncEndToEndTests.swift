import Foundation
import Testing

/// Three laptops — two in one village, one at the township — exchanging bundles in different orders, and two
/// laptops sharing a store through a git repository: every laptop ends with the same board.
@Suite("Sync end to end", .serialized)
struct SyncEndToEndTests {
    let cli: SyncCLI

    init() throws { cli = try SyncCLI() }

    /// A small synthetic store copied to three laptops.
    func threeLaptops() throws -> (v1: String, v2: String, town: String) {
        let origin = cli.path("origin")
        let made = try cli.vb("v1", "generate", "--households", "100", "--seed", "3", "--out", origin)
        #expect(made.status == 0, "\(made.stderr)")
        let (v1, v2, town) = (cli.path("village-1"), cli.path("village-2"), cli.path("township"))
        for p in [v1, v2, town] { try cli.copyStore(origin, to: p) }
        return (v1, v2, town)
    }

    func ok(_ r: SyncCLI.Result, _ what: String = "") {
        #expect(r.status == 0, "\(what): \(r.stderr)")
    }

    @Test func threeLaptopsExchangingBundlesInDifferentOrdersEndIdentical() throws {
        let (v1, v2, town) = try threeLaptops()
        // Work on each village laptop, including the same task marked done on both (a structural conflict).
        ok(try cli.vb("v1", "task", "done", "990101101201-T0005", "--as", "vc-990101101201", "--store", v1, "--note", "一号机"))
        ok(try cli.vb("v1", "task", "done", "990101101201-T0001", "--as", "rc-990101101-2", "--store", v1, "--note", "一号机"))
        ok(try cli.vb("v2", "task", "done", "990101101201-T0010", "--as", "rc-990101101-2", "--store", v2, "--note", "二号机"))
        ok(try cli.vb("v2", "task", "done", "990101101201-T0001", "--as", "rc-990101101-2", "--store", v2, "--note", "二号机"))

        // Round 1: both villages send full bundles to the township, village 2's first.
        let b1 = cli.path("v1-1.vbb"), b2 = cli.path("v2-1.vbb")
        ok(try cli.vb("v1", "bundle", "--store", v1, "--out", b1))
        ok(try cli.vb("v2", "bundle", "--store", v2, "--out", b2))
        ok(try cli.vb("town", "sync", b2, "--store", town))
        ok(try cli.vb("town", "sync", b1, "--store", town))
        // The township verifies one task and sends back another.
        ok(try cli.vb("town", "task", "verify", "990101101201-T0005", "--as", "sup-990101101", "--store", town))
        ok(try cli.vb("town", "task", "reject", "990101101201-T0010", "--as", "sup-990101101", "--reason", "材料不全", "--store", town))

        // Round 2: small bundles made for what each receiver holds (its `sync --status`).
        let status1 = try cli.vb("v1", "sync", "--status", "--store", v1).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let t1 = cli.path("town-to-v1.vbb")
        ok(try cli.vb("town", "bundle", "--store", town, "--out", t1, "--since", status1))
        ok(try cli.vb("v1", "sync", t1, "--store", v1))
        // Village 2 meets village 1 directly (a USB stick with village 1's folder), then the township's bundle.
        ok(try cli.vb("v2", "sync", v1, "--store", v2))
        let t2 = cli.path("town-to-v2.vbb")
        ok(try cli.vb("town", "bundle", "--store", town, "--out", t2))
        ok(try cli.vb("v2", "sync", t2, "--store", v2))
        // Repetition changes nothing.
        let again = try cli.vb("v2", "sync", t2, "--store", v2)
        ok(again)
        #expect(again.stdout.contains("nothing new"))
        // Village 1 and the township get village 2's last state.
        let b3 = cli.path("v2-2.vbb")
        ok(try cli.vb("v2", "bundle", "--store", v2, "--out", b3, "--since", "2000-01-01"))
        ok(try cli.vb("v1", "sync", b3, "--store", v1))
        ok(try cli.vb("town", "sync", b3, "--store", town))

        let views = try [v1, v2, town].map { try cli.view($0) }
        #expect(views[0].fingerprint == views[1].fingerprint)
        #expect(views[1].fingerprint == views[2].fingerprint)
        #expect(views[0].report == views[1].report)
        #expect(views[1].report == views[2].report)
        // The double "done" is listed the same everywhere.
        let lists = try [v1, v2, town].map { try cli.vb("observer", "conflicts", "--store", $0).stdout }
        #expect(lists[0] == lists[1] && lists[1] == lists[2])
        #expect(lists[0].contains("1. Task: ") && lists[0].contains("(structural)"), "\(lists[0])")
        #expect(lists[0].contains("not applied: "), "\(lists[0])")
        // A new laptop starts from the township's full bundle (base board + every journal) and shows the same board.
        let full = cli.path("town-full.vbb"), fresh = cli.path("new-laptop")
        ok(try cli.vb("town", "bundle", "--store", town, "--out", full))
        let started = try cli.vb("new", "sync", full, "--store", fresh, "--new-store")
        ok(started)
        #expect(started.stdout.contains("created a store"))
        #expect(try cli.view(fresh) == views[2])
        // No operation lost: 2 + 2 + 2 journal lines everywhere.
        for p in [v1, v2, town, fresh] {
            let status = try cli.vb("observer", "sync", "--status", "--store", p).stdout
            #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "town=2,v1=2,v2=2")
        }
    }

    @Test func aCutOrAlteredBundleIsRefusedAndNothingIsMerged() throws {
        let (v1, v2, _) = try threeLaptops()
        ok(try cli.vb("v1", "task", "done", "990101101201-T0005", "--as", "vc-990101101201", "--store", v1))
        let bundle = cli.path("b.vbb")
        ok(try cli.vb("v1", "bundle", "--store", v1, "--out", bundle))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: bundle))
        let before = try cli.view(v2)

        let cut = cli.path("cut.vbb")
        try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: cut))
        let r1 = try cli.vb("v2", "sync", cut, "--store", v2)
        #expect(r1.status != 0)
        #expect(r1.stderr.contains("cut off"))

        var altered = bytes
        let at = altered.count / 2
        altered[at] = altered[at] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        let bad = cli.path("altered.vbb")
        try altered.write(to: URL(fileURLWithPath: bad))
        let r2 = try cli.vb("v2", "sync", bad, "--store", v2)
        #expect(r2.status != 0)
        #expect(r2.stderr.contains("SHA-256"))

        #expect(try cli.view(v2) == before)
        #expect(!FileManager.default.fileExists(atPath: v2 + "/journal/v1.jsonl"))
    }

    @Test func aRoundTripThroughAGitRepositoryEndsIdentical() throws {
        let remote = cli.path("remote.git")
        try FileManager.default.createDirectory(atPath: remote, withIntermediateDirectories: true)
        try cli.git(remote, "init", "--bare", "-q")
        // Laptop 1 makes the store inside its clone and pushes it, with the ignore file docs/SYNC.md gives.
        let one = cli.path("clone-1"), two = cli.path("clone-2")
        try cli.git(cli.folder, "clone", "-q", remote, one)
        let generated = cli.path("generated")
        ok(try cli.vb("g1", "generate", "--households", "100", "--seed", "3", "--out", generated))
        try cli.copyStore(generated, to: one)
        try "lock\nquarantine/\nsnapshot.jsonl\nsnapshot.jsonl.tmp\n*.tmp\n".write(toFile: one + "/.gitignore", atomically: true, encoding: .utf8)
        try cli.git(one, "add", "-A")
        try cli.git(one, "commit", "-q", "-m", "store")
        try cli.git(one, "push", "-q", "origin", "HEAD:main")
        try cli.git(cli.folder, "clone", "-q", "--branch", "main", remote, two)
        #expect(!FileManager.default.fileExists(atPath: two + "/snapshot.jsonl"))   // a local cache, not carried

        // Both laptops work, commit their own journal, and exchange through the remote.
        ok(try cli.vb("g1", "task", "done", "990101101201-T0005", "--as", "vc-990101101201", "--store", one))
        ok(try cli.vb("g2", "task", "done", "990101101201-T0010", "--as", "rc-990101101-2", "--store", two))
        for (clone, name) in [(one, "g1"), (two, "g2")] {
            try cli.git(clone, "add", "-A")
            try cli.git(clone, "commit", "-q", "-m", "work on \(name)")
        }
        try cli.git(one, "push", "-q", "origin", "HEAD:main")
        try cli.git(two, "pull", "-q", "--no-rebase", "origin", "main")
        try cli.git(two, "push", "-q", "origin", "HEAD:main")
        try cli.git(one, "pull", "-q", "--no-rebase", "origin", "main")
        #expect(try cli.git(one, "status", "--porcelain").stdout.isEmpty)

        let (a, b) = (try cli.view(one), try cli.view(two))
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.report == b.report)
        let status = try cli.vb("observer", "sync", "--status", "--store", two).stdout
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "g1=1,g2=1")
    }
}

import Foundation
import Testing

/// `bundle --as USER` signs the seal; `sync` proves the maker before merging, refuses a bundle altered and resealed
/// with the old signature, and with --require-signed refuses one whose maker it cannot prove (issue 17).
@Suite("Signed bundles end to end", .serialized)
struct SignedBundleEndToEndTests {
    let cli: SyncCLI

    init() throws { cli = try SyncCLI() }

    func sha256(_ bytes: Data) throws -> String {
        let file = cli.path("tmp-\(UUID().uuidString)")
        try bytes.write(to: URL(fileURLWithPath: file))
        let r = try cli.run("/usr/bin/env", ["sha256sum", file], environment: cli.environment)
        return String(r.stdout.prefix(64))
    }

    @Test func aSignedBundleIsProvenAndAnAlteredOneRefused() throws {
        let a = cli.path("a"), b = cli.path("b")
        #expect(try cli.vb("lap-a", "init", "--demo", "--store", a).status == 0)
        try cli.copyStore(a, to: b)
        let signed = cli.path("signed.vbb")
        let made = try cli.vb("lap-a", "bundle", "--store", a, "--out", signed, "--as", "admin")
        #expect(made.status == 0 && made.stdout.contains("signed and sealed by admin"), "\(made.stdout)\(made.stderr)")
        let merged = try cli.vb("lap-b", "sync", signed, "--store", b)
        #expect(merged.status == 0 && merged.stdout.contains("made by admin (signature checked)"), "\(merged.stdout)\(merged.stderr)")
        // A new laptop proves it by the base the bundle carries.
        let fresh = try cli.vb("lap-c", "sync", signed, "--store", cli.path("c"), "--new-store", "--require-signed")
        #expect(fresh.status == 0 && fresh.stdout.contains("signature checked"), "\(fresh.stdout)\(fresh.stderr)")

        // Altered after it was made: one byte of the header, the SHA-256 seal recomputed, the signature kept.
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: signed)))
        let sealStart = try #require(bytes.dropLast().lastIndex(of: 0x0A)) + 1
        var body = Array(bytes[..<sealStart])
        let key: [UInt8] = Array("\"made\":\"".utf8)
        let found: Int? = (0..<(body.count - key.count)).first { (i: Int) -> Bool in body[i..<(i + key.count)].elementsEqual(key) }
        let at = try #require(found) + key.count + 3
        body[at] = body[at] == 0x30 ? 0x31 : 0x30
        let sealText = String(decoding: bytes[sealStart...], as: UTF8.self)
        let oldSig = try #require(sealText.components(separatedBy: "\"sig\":\"").last?.prefix(128))
        let seal = "{\"sha256\":\"\(try sha256(Data(body)))\",\"bytes\":\(body.count),\"signer\":\"admin\",\"sig\":\"\(oldSig)\"}\n"
        let forged = cli.path("forged.vbb")
        try (Data(body) + Data(seal.utf8)).write(to: URL(fileURLWithPath: forged))
        let before = try cli.vb("lap-b", "sync", "--status", "--store", b).stdout
        let refused = try cli.vb("lap-b", "sync", forged, "--store", b)
        #expect(refused.status != 0 && refused.stderr.contains("forged or altered"), "\(refused.stdout)\(refused.stderr)")
        #expect(try cli.vb("lap-b", "sync", "--status", "--store", b).stdout == before)

        // Unsigned: merged with a notice, or refused with --require-signed.
        let plain = cli.path("plain.vbb")
        #expect(try cli.vb("lap-a", "bundle", "--store", a, "--out", plain).stdout.contains("not signed"))
        let strict = try cli.vb("lap-b", "sync", plain, "--store", b, "--require-signed")
        #expect(strict.status != 0 && strict.stderr.contains("--require-signed"), "\(strict.stderr)")
        let lenient = try cli.vb("lap-b", "sync", plain, "--store", b)
        #expect(lenient.status == 0 && lenient.stderr.contains("not signed"), "\(lenient.stderr)")
    }
}

import Crypto
import VillageBoardCore

/// The PIN every demo and synthetic user has: **1234** (README says so). One fixed salt for them all keeps the demo's
/// bytes the same on every run and costs no hashing when a large synthetic board is made; a real store's PINs are
/// each hashed with their own random salt by `PinHasher.hash`. Each demo user still has a signing key of their own
/// (made from their id), so one demo user cannot sign as another.
public enum DemoPin {
    /// The demo PIN.
    public static let pin = "1234"

    /// scrypt("1234", salt "village-board-de", N = 2^15, r = 8, p = 1), checked against `PinHasher` by DemoPinTests:
    /// the verifier (bytes 0–31) …
    public static let hash = PinHash(
        kdf: PinHasher.kdf, cost: 1 << 15, blockSize: 8, parallelism: 1,
        salt: Array("village-board-de".utf8),
        hash: Hex.decode("f1668b360f03ad79286000ad0f7deca53d12768f7d87c74d081a4f1db039c3ee") ?? [])

    /// … and the key that seals signing keys (bytes 32–63), computed once here so a demo costs no scrypt.
    static let sealKey = Hex.decode("f183d9e2d65593b6692c164cad91c3326d4f4bbe9a114a53dc05abd53f2ed80a") ?? []

    /// The demo PIN hash of `user`, with their own signing key: the same bytes on every run.
    public static func hash(for user: UserID) -> PinHash {
        var pin = hash
        let seed = Array(SHA256.hash(data: Array("village-board demo signing key \(user.raw)".utf8)))
        let nonce = Array(SHA256.hash(data: Array("village-board demo nonce \(user.raw)".utf8)).prefix(12))
        if let signer = Signer(user: user, privateKeyBytes: seed),
           let sealed = KeySeal.seal(signer.privateKeyBytes, with: sealKey, nonce: nonce) {
            pin.signingKey = SigningKeyRecord(publicKey: signer.publicKey, sealedPrivateKey: sealed)
        }
        return pin
    }

    /// Whether `pin` is the demo PIN (whatever signing key it carries): the login screen then says what to type.
    public static func isDemo(_ pin: PinHash?) -> Bool {
        pin.map { $0.salt == hash.salt && $0.hash == hash.hash } ?? false
    }
}

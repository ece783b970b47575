import Crypto
import VillageBoardCore

/// The PIN every demo and synthetic user has: **1234** (README says so). One fixed salt for them all keeps the demo's
/// bytes the same on every run and costs no hashing when a large synthetic board is made; a real store's PINs are
/// each hashed with their own random salt by `PinHasher.hash`. Each demo user still has a signing key of their own
/// (made from their id), so one demo user cannot sign as another.
public enum DemoPin {
    /// The demo PIN.
    public static let pin = "1234"

    /// scrypt("1234", salt "village-board-de", N = 2^15, r = 8, p = 1) gives 64 bytes, checked against the store's
    /// `PinHasher` by AccessPinTests (the demo does not import the store, so the bytes are written out here): the
    /// verifier (bytes 0–31) …
    public static let hash = PinHash(
        kdf: "scrypt", cost: 1 << 15, blockSize: 8, parallelism: 1,
        salt: Array("village-board-de".utf8),
        hash: [0xf1, 0x66, 0x8b, 0x36, 0x0f, 0x03, 0xad, 0x79, 0x28, 0x60, 0x00, 0xad, 0x0f, 0x7d, 0xec, 0xa5,
               0x3d, 0x12, 0x76, 0x8f, 0x7d, 0x87, 0xc7, 0x4d, 0x08, 0x1a, 0x4f, 0x1d, 0xb0, 0x39, 0xc3, 0xee])

    /// … and the key that seals signing keys (bytes 32–63), so a demo costs no scrypt.
    static let sealKey: [UInt8] = [
        0xf1, 0x83, 0xd9, 0xe2, 0xd6, 0x55, 0x93, 0xb6, 0x69, 0x2c, 0x16, 0x4c, 0xad, 0x91, 0xc3, 0x32,
        0x6d, 0x4f, 0x4b, 0xbe, 0x9a, 0x11, 0x4a, 0x53, 0xdc, 0x05, 0xab, 0xd5, 0x3f, 0x2e, 0xd8, 0x0a]

    /// The demo PIN hash of `user`, with their own signing key sealed as `PinHasher` seals one (ChaCha20-Poly1305,
    /// nonce + ciphertext + tag): the same bytes on every run.
    public static func hash(for user: UserID) -> PinHash {
        var pin = hash
        let seed = signingKey(for: user)
        let nonce = Array(SHA256.hash(data: Array("village-board demo nonce \(user.raw)".utf8)).prefix(12))
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed),
              let n = try? ChaChaPoly.Nonce(data: nonce),
              let sealed = try? ChaChaPoly.seal(seed, using: SymmetricKey(data: sealKey), nonce: n) else { return pin }
        pin.signingKey = SigningKeyRecord(publicKey: Array(key.publicKey.rawRepresentation), sealedPrivateKey: Array(sealed.combined))
        return pin
    }

    /// A demo user's private signing key, made from their id: for test tools (the crash probe, the bench) that sign
    /// as demo users without paying for scrypt. Demo data only: a real user's key is random and sealed under their PIN.
    public static func signingKey(for user: UserID) -> [UInt8] {
        Array(SHA256.hash(data: Array("village-board demo signing key \(user.raw)".utf8)))
    }

    /// Whether `pin` is the demo PIN (whatever signing key it carries): the login screen then says what to type.
    public static func isDemo(_ pin: PinHash?) -> Bool {
        pin.map { $0.salt == hash.salt && $0.hash == hash.hash } ?? false
    }
}

import Crypto
import VillageBoardCore

/// A user's unsealed signing key, held only in memory after their PIN was checked (or an unlocked session was
/// found): what `Store.save` signs each journal line with.
public struct Signer: Sendable {
    public let user: UserID
    /// The 32 private-key bytes (kept as bytes: the crypto library's key type is not `Sendable`).
    let privateKeyBytes: [UInt8]
    /// The public key that verifies this signer's signatures.
    public let publicKey: [UInt8]

    /// A signer from 32 private-key bytes; nil when they are not a key. (`Store.save` still signs only when its
    /// public key is the author's on the board.)
    public init?(user: UserID, privateKeyBytes: [UInt8]) {
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyBytes) else { return nil }
        self.user = user
        self.privateKeyBytes = privateKeyBytes
        self.publicKey = Array(key.publicKey.rawRepresentation)
    }

    /// A new random key for `user`.
    static func generate(for user: UserID) -> Signer? {
        Signer(user: user, privateKeyBytes: Array(Curve25519.Signing.PrivateKey().rawRepresentation))
    }

    /// The Ed25519 signature (64 bytes) of `bytes`; empty only if the key bytes were not a key, which every reader
    /// refuses, never trusts.
    func sign(_ bytes: [UInt8]) -> [UInt8] {
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyBytes),
              let signature = try? key.signature(for: bytes) else { return [] }
        return Array(signature)
    }
}

/// Checking a signature against a public key (what every reader of a journal does).
public enum SignatureCheck {
    /// Whether `signature` is `publicKey`'s Ed25519 signature of `message`.
    public static func isValid(_ signature: [UInt8], of message: UnsafeBufferPointer<UInt8>, by publicKey: [UInt8]) -> Bool {
        guard signature.count == 64, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
            return false
        }
        return key.isValidSignature(signature, for: UnsafeRawBufferPointer(message))
    }
}

/// Sealing a private key under a key derived from the PIN (ChaCha20-Poly1305): the sealed bytes can sit in every copy
/// of the store; opening them needs the PIN, at scrypt's cost per guess.
enum KeySeal {
    static func seal(_ privateKey: [UInt8], with key: [UInt8], nonce: [UInt8]? = nil) -> [UInt8]? {
        let symmetric = SymmetricKey(data: key)
        do {
            let n = try nonce.map { try ChaChaPoly.Nonce(data: $0) } ?? ChaChaPoly.Nonce()
            return Array(try ChaChaPoly.seal(privateKey, using: symmetric, nonce: n).combined)
        } catch {
            return nil
        }
    }

    static func open(_ sealed: [UInt8], with key: [UInt8]) -> [UInt8]? {
        guard let box = try? ChaChaPoly.SealedBox(combined: sealed),
              let plain = try? ChaChaPoly.open(box, using: SymmetricKey(data: key)) else { return nil }
        return Array(plain)
    }
}

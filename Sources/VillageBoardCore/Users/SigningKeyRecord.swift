/// A user's Ed25519 signing key as the board keeps it: the public key, which every laptop checks the user's
/// operations against, and the private key sealed (encrypted and authenticated) under a key derived from the PIN,
/// so the user can sign on any laptop they log in on and nobody without the PIN can. The crypto is the store
/// module's (`PinHasher`, `Signer`); the domain only carries the bytes.
public struct SigningKeyRecord: Hashable, Sendable {
    /// 32 bytes.
    public var publicKey: [UInt8]
    /// Nonce, ciphertext and tag of the 32-byte private key (ChaCha20-Poly1305).
    public var sealedPrivateKey: [UInt8]

    public init(publicKey: [UInt8], sealedPrivateKey: [UInt8]) {
        self.publicKey = publicKey
        self.sealedPrivateKey = sealedPrivateKey
    }
}

extension User {
    /// The public key this user's operations must be signed with; nil when they have none yet.
    public var publicKey: [UInt8]? { pin?.signingKey?.publicKey }
}

/// A PIN as the board keeps it: only a salted slow hash (scrypt) and the parameters it was made with, never
/// the PIN itself. Computing and checking one needs a crypto library, so that lives in the store module
/// (`PinHasher`); the domain only carries the record and compares nothing.
public struct PinHash: Hashable, Sendable {
    /// The key-derivation function's name, e.g. "scrypt".
    public var kdf: String
    /// scrypt's CPU/memory cost N (a power of two).
    public var cost: Int
    /// scrypt's block size r.
    public var blockSize: Int
    /// scrypt's parallelism p.
    public var parallelism: Int
    /// Random bytes mixed into the hash, different per PIN set.
    public var salt: [UInt8]
    /// The derived key.
    public var hash: [UInt8]
    /// The user's signing key, its private half sealed under a key only the PIN derives; nil for PINs set before
    /// operations were signed (their authors' operations are read as unsigned).
    public var signingKey: SigningKeyRecord?
    /// An initial PIN someone else chose (an imported roster): its user must set their own at first login before
    /// doing anything else, since whoever wrote the roster knows it.
    public var mustChange: Bool

    public init(kdf: String, cost: Int, blockSize: Int, parallelism: Int, salt: [UInt8], hash: [UInt8],
                signingKey: SigningKeyRecord? = nil, mustChange: Bool = false) {
        self.kdf = kdf
        self.cost = cost
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.salt = salt
        self.hash = hash
        self.signingKey = signingKey
        self.mustChange = mustChange
    }
}

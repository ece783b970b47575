import VillageBoardCore

/// The PIN every demo and synthetic user has: **1234** (README says so). One fixed salt for them all keeps the demo's
/// bytes the same on every run and costs no hashing when a large synthetic board is made; a real store's PINs are
/// each hashed with their own random salt by `PinHasher.hash`.
public enum DemoPin {
    /// The demo PIN.
    public static let pin = "1234"

    /// scrypt("1234", salt "village-board-de", N = 2^15, r = 8, p = 1), checked against `PinHasher` by DemoPinTests.
    public static let hash = PinHash(
        kdf: PinHasher.kdf, cost: 1 << 15, blockSize: 8, parallelism: 1,
        salt: Array("village-board-de".utf8),
        hash: Hex.decode("f1668b360f03ad79286000ad0f7deca53d12768f7d87c74d081a4f1db039c3ee") ?? [])
}

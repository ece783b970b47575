import VillageBoardCore

/// The PIN every demo and synthetic user has: **1234** (README says so). One fixed salt for them all keeps the demo's
/// bytes the same on every run and costs no hashing when a large synthetic board is made; a real store's PINs are
/// each hashed with their own random salt by `PinHasher.hash`.
public enum DemoPin {
    /// The demo PIN.
    public static let pin = "1234"

    /// scrypt("1234", salt "village-board-de", N = 2^15, r = 8, p = 1), checked against the store's `PinHasher` by
    /// AccessPinTests (the demo does not import the store, so the bytes are written out here).
    public static let hash = PinHash(
        kdf: "scrypt", cost: 1 << 15, blockSize: 8, parallelism: 1,
        salt: Array("village-board-de".utf8),
        hash: [0xf1, 0x66, 0x8b, 0x36, 0x0f, 0x03, 0xad, 0x79, 0x28, 0x60, 0x00, 0xad, 0x0f, 0x7d, 0xec, 0xa5,
               0x3d, 0x12, 0x76, 0x8f, 0x7d, 0x87, 0xc7, 0x4d, 0x08, 0x1a, 0x4f, 0x1d, 0xb0, 0x39, 0xc3, 0xee])
}

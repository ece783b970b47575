import Crypto
import _CryptoExtras
import VillageBoardCore

/// Making and checking PIN hashes: scrypt with a random 16-byte salt per PIN, compared in constant time.
/// The parameters travel with each hash, so they can be raised later without breaking old PINs.
public enum PinHasher {
    /// scrypt's cost parameters.
    public struct Parameters: Hashable, Sendable {
        public var cost: Int
        public var blockSize: Int
        public var parallelism: Int
        public init(cost: Int, blockSize: Int, parallelism: Int) {
            self.cost = cost
            self.blockSize = blockSize
            self.parallelism = parallelism
        }
    }

    /// The name written in files.
    public static let kdf = "scrypt"

    /// N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a second per try on this project's machines
    /// (measured in AccessPinTests), so guessing a PIN from a copied store costs real time.
    public static let standard = Parameters(cost: 1 << 15, blockSize: 8, parallelism: 1)

    /// Cheap parameters for tests that make many users (never for real PINs).
    public static let forTests = Parameters(cost: 1 << 4, blockSize: 8, parallelism: 1)

    /// The shortest and longest PIN accepted.
    public static let lengths = 4...12

    /// Why a new PIN was refused.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not 4–12 digits.
        case notDigits
        case wrongLength(Int)
        /// The key-derivation function failed (bad parameters).
        case derivationFailed(String)

        public var description: String {
            switch self {
            case .notDigits: "a PIN is made of digits 0–9 only"
            case .wrongLength(let n): "a PIN has \(PinHasher.lengths.lowerBound) to \(PinHasher.lengths.upperBound) digits, not \(n)"
            case .derivationFailed(let why): "the PIN could not be hashed: \(why)"
            }
        }
    }

    /// Why `pin` cannot be used as a new PIN, or nil when it can.
    public static func problem(with pin: String) -> Problem? {
        guard pin.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return .notDigits }
        guard lengths.contains(pin.unicodeScalars.count) else { return .wrongLength(pin.unicodeScalars.count) }
        return nil
    }

    /// A new hash of `pin` with a fresh random salt.
    public static func hash(_ pin: String, parameters: Parameters = standard) throws(Problem) -> PinHash {
        if let problem = problem(with: pin) { throw problem }
        var rng = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return try hash(pin, salt: salt, parameters: parameters)
    }

    /// The hash of `pin` with a given salt (checking a PIN, and fixed demo data).
    public static func hash(_ pin: String, salt: [UInt8], parameters: Parameters) throws(Problem) -> PinHash {
        do {
            let key = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 32,
                                               rounds: parameters.cost, blockSize: parameters.blockSize,
                                               parallelism: parameters.parallelism)
            let bytes = key.withUnsafeBytes { Array($0) }
            return PinHash(kdf: kdf, cost: parameters.cost, blockSize: parameters.blockSize,
                           parallelism: parameters.parallelism, salt: salt, hash: bytes)
        } catch {
            throw .derivationFailed("\(error)")
        }
    }

    /// Whether `pin` matches `stored`: derived again with the stored salt and parameters, compared in constant time.
    public static func verify(_ pin: String, against stored: PinHash) -> Bool {
        guard stored.kdf == kdf, stored.cost > 1, stored.cost & (stored.cost - 1) == 0, stored.cost <= 1 << 20,
              (1...32).contains(stored.blockSize), (1...16).contains(stored.parallelism) else { return false }
        let parameters = Parameters(cost: stored.cost, blockSize: stored.blockSize, parallelism: stored.parallelism)
        guard let again = try? hash(pin, salt: stored.salt, parameters: parameters) else { return false }
        return constantTimeEqual(again.hash, stored.hash)
    }

    /// Byte-wise equality whose time depends only on the lengths, never on where the bytes differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}

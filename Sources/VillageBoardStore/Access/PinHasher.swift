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
        /// Shorter than the role's minimum (`PinPolicy.minimum(for:)`).
        case tooShortForRole(minimum: Int)
        /// One of the PINs people pick first (one digit repeated, a run such as 123456, a common pattern).
        case trivial

        public var description: String {
            switch self {
            case .notDigits: "a PIN is made of digits 0–9 only"
            case .wrongLength(let n): "a PIN has \(PinHasher.lengths.lowerBound) to \(PinHasher.lengths.upperBound) digits, not \(n)"
            case .derivationFailed(let why): "the PIN could not be hashed: \(why)"
            case .tooShortForRole(let minimum): "this role's PIN needs at least \(minimum) digits"
            case .trivial: "this PIN is one of the first any guesser tries (repeated digits, a run, a common pattern)"
            }
        }
    }

    /// Why `pin` cannot be used as a new PIN, or nil when it can. With a role, that role's minimum length under the
    /// board's `policy` and the refusal of trivial PINs apply too (a PIN being set for someone; checking an existing
    /// PIN never refuses).
    public static func problem(with pin: String, role: Role? = nil, policy: PinPolicy = .standard) -> Problem? {
        guard pin.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return .notDigits }
        guard lengths.contains(pin.unicodeScalars.count) else { return .wrongLength(pin.unicodeScalars.count) }
        guard let role else { return nil }
        let minimum = policy.minimum(for: role)
        if pin.unicodeScalars.count < minimum { return .tooShortForRole(minimum: minimum) }
        if isTrivial(pin) { return .trivial }
        return nil
    }

    /// PINs a guesser tries first: one digit repeated (000000), a run up or down (123456, 987654), a pair or triple
    /// repeated (121212, 123123), and common picks (5201314 "我爱你一生一世", 147258, 2580).
    static func isTrivial(_ pin: String) -> Bool {
        let d = pin.unicodeScalars.map { Int($0.value) - 48 }
        guard d.count >= 2 else { return true }
        let steps = Set(zip(d, d.dropFirst()).map { ($1 - $0 + 10) % 10 })
        if steps.count == 1, let step = steps.first, [0, 1, 9].contains(step) { return true }
        for period in [2, 3] where d.count % period == 0 && d.count > period {
            if d.indices.allSatisfy({ d[$0] == d[$0 % period] }) { return true }
        }
        return ["5201314", "147258", "258369", "2580", "0852", "1314520", "147258369", "159357", "112233", "520520"].contains(pin)
    }

    /// A new hash of `pin` with a fresh random salt, and a new signing key for `user` sealed under the PIN.
    public static func hash(_ pin: String, for user: UserID, role: Role? = nil, policy: PinPolicy = .standard,
                            parameters: Parameters = standard) throws(Problem) -> PinHash {
        try hashAndSigner(pin, for: user, role: role, policy: policy, parameters: parameters).hash
    }

    /// `hash(_:for:parameters:)` and the signer it sealed, so whoever sets their own PIN can sign at once.
    public static func hashAndSigner(_ pin: String, for user: UserID, role: Role? = nil, policy: PinPolicy = .standard,
                                     parameters: Parameters = standard) throws(Problem) -> (hash: PinHash, signer: Signer) {
        if let problem = problem(with: pin, role: role, policy: policy) { throw problem }
        var rng = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let derived = try derive(pin, salt: salt, parameters: parameters)
        guard let signer = Signer.generate(for: user),
              let sealed = KeySeal.seal(signer.privateKeyBytes, with: derived.sealKey) else {
            throw .derivationFailed("the signing key could not be sealed")
        }
        let record = SigningKeyRecord(publicKey: signer.publicKey, sealedPrivateKey: sealed)
        return (PinHash(kdf: kdf, cost: parameters.cost, blockSize: parameters.blockSize, parallelism: parameters.parallelism,
                        salt: salt, hash: derived.verifier, signingKey: record), signer)
    }

    /// The hash of `pin` with a given salt, without a signing key (checking a PIN, and fixed demo data).
    public static func hash(_ pin: String, salt: [UInt8], parameters: Parameters) throws(Problem) -> PinHash {
        let derived = try derive(pin, salt: salt, parameters: parameters)
        return PinHash(kdf: kdf, cost: parameters.cost, blockSize: parameters.blockSize,
                       parallelism: parameters.parallelism, salt: salt, hash: derived.verifier)
    }

    /// scrypt's 64 bytes for a PIN: the first 32 are the stored verifier (the same bytes a 32-byte derivation gives,
    /// so PINs hashed before signing existed still verify), the last 32 the key that seals the signing key. The
    /// sealing key is never stored: knowing the verifier does not give it.
    static func derive(_ pin: String, salt: [UInt8], parameters: Parameters) throws(Problem) -> (verifier: [UInt8], sealKey: [UInt8]) {
        do {
            let key = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 64,
                                               rounds: parameters.cost, blockSize: parameters.blockSize,
                                               parallelism: parameters.parallelism)
            let bytes = key.withUnsafeBytes { Array($0) }
            return (Array(bytes[0..<32]), Array(bytes[32..<64]))
        } catch {
            throw .derivationFailed("\(error)")
        }
    }

    /// What checking a PIN and opening the signing key gave.
    public enum Unlock: Sendable {
        case wrongPin
        /// The PIN is right; the signer is nil when the user has no signing key yet.
        case unlocked(Signer?)
    }

    /// Checks `pin` against `user`'s stored hash and, when right, opens their signing key: one scrypt for both.
    public static func unlock(_ pin: String, user: User) -> Unlock {
        guard let stored = user.pin, let parameters = acceptedParameters(stored),
              let derived = try? derive(pin, salt: stored.salt, parameters: parameters),
              constantTimeEqual(derived.verifier, stored.hash) else { return .wrongPin }
        guard let record = stored.signingKey else { return .unlocked(nil) }
        // A right PIN whose sealed key does not open (edited by hand) unlocks nothing to sign with.
        guard let privateKey = KeySeal.open(record.sealedPrivateKey, with: derived.sealKey),
              let signer = Signer(user: user.id, privateKeyBytes: privateKey),
              signer.publicKey == record.publicKey else { return .unlocked(nil) }
        return .unlocked(signer)
    }

    /// Whether `pin` matches `stored`: derived again with the stored salt and parameters, compared in constant time.
    public static func verify(_ pin: String, against stored: PinHash) -> Bool {
        guard let parameters = acceptedParameters(stored),
              let again = try? derive(pin, salt: stored.salt, parameters: parameters) else { return false }
        return constantTimeEqual(again.verifier, stored.hash)
    }

    /// The stored parameters, when they are ones this program will run (a file cannot make it spend minutes or GiBs).
    static func acceptedParameters(_ stored: PinHash) -> Parameters? {
        guard stored.kdf == kdf, stored.cost > 1, stored.cost & (stored.cost - 1) == 0, stored.cost <= 1 << 20,
              (1...32).contains(stored.blockSize), (1...16).contains(stored.parallelism) else { return nil }
        return Parameters(cost: stored.cost, blockSize: stored.blockSize, parallelism: stored.parallelism)
    }

    /// Byte-wise equality whose time depends only on the lengths, never on where the bytes differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}

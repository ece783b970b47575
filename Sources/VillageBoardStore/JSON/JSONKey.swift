#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A key returned by `JSONScanner.nextKey()`, compared with the names the caller knows without making a String:
/// `switch key { case "id": … }` or `if key == "id"`. It points into the scanner's bytes.
public struct JSONKey {
    /// The bytes between the quotes, as written.
    let raw: UnsafeBufferPointer<UInt8>
    /// Whether the key was written with escapes (rare): then it is decoded before comparing.
    let hasEscapes: Bool

    /// The key as a String, for messages and for maps keyed by data (such as a map from codes to values).
    public var string: String {
        guard hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        // The scanner checked the escapes when it read the key, so decoding cannot fail here.
        let scanner = JSONScanner(raw)
        return (try? scanner.decodeString(from: 0, to: raw.count)) ?? String(decoding: raw, as: UTF8.self)
    }

    public static func == (key: JSONKey, name: StaticString) -> Bool {
        name.withUTF8Buffer { nameBytes in
            if key.hasEscapes { return key.string.utf8.elementsEqual(nameBytes) }
            guard key.raw.count == nameBytes.count else { return false }
            guard let keyBase = key.raw.baseAddress, let nameBase = nameBytes.baseAddress else { return true }
            // Keys are short: a loop the compiler inlines beats a call to memcmp for each case of a switch.
            if nameBytes.count <= 16 {
                for i in 0..<nameBytes.count where keyBase[i] != nameBase[i] { return false }
                return true
            }
            return memcmp(keyBase, nameBase, nameBytes.count) == 0
        }
    }

    public static func == (key: JSONKey, name: String) -> Bool {
        if key.hasEscapes { return key.string == name }
        return spells(name, key.raw)
    }

    /// Lets `switch key { case "name": … }` match keys against string literals.
    public static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        key == pattern
    }
}

extension JSONKey: CustomStringConvertible {
    public var description: String { string }
}

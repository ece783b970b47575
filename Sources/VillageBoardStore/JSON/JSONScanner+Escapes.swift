#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Escapes: checked while scanning (so skipped strings are checked too) and decoded only for strings that have them.

extension JSONScanner {
    /// Reads the escape whose backslash is at `index`: the scalar it stands for and the index just after it.
    func parseEscape(at index: Int) throws(JSONError) -> (scalar: UInt32, next: Int) {
        guard index + 1 < bytes.count else { throw unterminatedString(at: index + 1) }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): return (0x22, index + 2)
        case UInt8(ascii: "\\"): return (0x5C, index + 2)
        case UInt8(ascii: "/"): return (0x2F, index + 2)
        case UInt8(ascii: "b"): return (0x08, index + 2)
        case UInt8(ascii: "f"): return (0x0C, index + 2)
        case UInt8(ascii: "n"): return (0x0A, index + 2)
        case UInt8(ascii: "r"): return (0x0D, index + 2)
        case UInt8(ascii: "t"): return (0x09, index + 2)
        case UInt8(ascii: "u"):
            let unit = try hex4(at: index + 2)
            switch unit {
            case 0xD800..<0xDC00:
                // A high surrogate must be followed at once by an escaped low surrogate.
                guard index + 7 < bytes.count, bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u")
                else { throw syntaxError(expected: "a low surrogate \\uDC00-\\uDFFF after \\u\(Self.hex(unit))", at: index + 6) }
                let low = try hex4(at: index + 8)
                guard (0xDC00..<0xE000).contains(low) else {
                    throw syntaxError(expected: "a low surrogate \\uDC00-\\uDFFF after \\u\(Self.hex(unit))", at: index + 6)
                }
                return (0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), index + 12)
            case 0xDC00..<0xE000:
                throw syntaxError(expected: "a high surrogate before the low surrogate \\u\(Self.hex(unit))", at: index)
            default:
                return (unit, index + 6)
            }
        default:
            throw syntaxError(expected: "an escape: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", at: index)
        }
    }

    private func hex4(at index: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for digitIndex in index..<index + 4 {
            guard digitIndex < bytes.count else { throw unterminatedString(at: digitIndex) }
            let byte = bytes[digitIndex]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntaxError(expected: "four hex digits after \\u", at: digitIndex)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Decodes the string body between `start` and `end` (already checked by `scanStringBody`), escapes and all.
    func decodeString(from start: Int, to end: Int) throws(JSONError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(end - start)
        var index = start
        while index < end {
            // Copy the run up to the next backslash in one go, then decode the escape.
            var runEnd = end
            if let base = bytes.baseAddress, let backslash = memchr(base + index, 0x5C, end - index) {
                runEnd = base.distance(to: backslash.assumingMemoryBound(to: UInt8.self))
            }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
            guard runEnd < end else { break }
            let (scalar, next) = try parseEscape(at: runEnd)
            Self.appendUTF8(scalar, to: &decoded)
            index = next
        }
        let result: Result<String, JSONError> = decoded.withUnsafeBufferPointer { utf8 in
            do throws(JSONError) {
                return .success(try makeString(utf8, isASCII: false, errorRange: start..<end))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

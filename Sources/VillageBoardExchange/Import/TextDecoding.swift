#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
import VillageBoardStore
#endif

/// Spreadsheet text as offices send it: UTF-8 with or without a byte-order mark, or GB18030 (what Chinese Excel
/// and WPS save "CSV" as). Anything that is not valid UTF-8 is read as GB18030 through the C library's iconv.
public enum TextDecoding {
    /// Which encoding a file was read in.
    public enum Encoding: String, Sendable {
        case utf8, utf8WithBOM, gb18030
    }

    /// Why a file could not be read as text.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var offset: Int
        public var description: String {
            "the file is neither UTF-8 nor GB18030 (byte \(offset) cannot be read); save it as \"CSV UTF-8\" and try again"
        }
    }

    /// Decodes `bytes`, saying which encoding it was.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            if let s = String(validating: rest, as: UTF8.self) { return (s, .utf8WithBOM) }
        }
        if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
        return (try fromGB18030(bytes), .gb18030)
    }

    /// GB18030 bytes to a String through iconv.
    public static func fromGB18030(_ bytes: [UInt8]) throws(Failure) -> String {
        let out = try convert(bytes, from: "GB18030", to: "UTF-8")
        return String(decoding: out, as: UTF8.self)
    }

    /// A String as GB18030 bytes (for tests and for offices whose programs want it).
    public static func toGB18030(_ text: String) throws(Failure) -> [UInt8] {
        try convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    static func convert(_ input: [UInt8], from: String, to: String) throws(Failure) -> [UInt8] {
        guard let cd = iconv_open(to, from), cd != iconv_t(bitPattern: -1) else { throw Failure(offset: 0) }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var source = input.map { CChar(bitPattern: $0) }
        let total = source.count
        var failedAt: Int?
        let written = source.withUnsafeMutableBufferPointer { inBuffer -> Int in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = total
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        failedAt = total - inLeft
                        break
                    }
                }
                return outBuffer.count - outLeft
            }
        }
        if let failedAt { throw Failure(offset: failedAt) }
        return Array(output.prefix(written))
    }
}

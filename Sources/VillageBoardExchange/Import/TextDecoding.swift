#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VillageBoardCore

/// Spreadsheet text as offices send it: UTF-8 with or without a byte-order mark, or GB18030 (what Chinese Excel
/// and WPS save "CSV" as). Anything that is not valid UTF-8 is read as GB18030 through the C library's iconv.
public enum TextDecoding {
    /// Which encoding a file was read in.
    public enum Encoding: String, Sendable {
        case utf8, utf8WithBOM, gb18030

        /// The encoding's own name, as people and programs write it (a proper noun in every language).
        public var name: String {
            switch self {
            case .utf8: "UTF-8"
            case .utf8WithBOM: "UTF-8 BOM"
            case .gb18030: "GB18030"
            }
        }
    }

    /// Why a file could not be read as text.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var offset: Int
        /// When the bytes read both ways and neither reading is clearly Chinese text: the first lines of each.
        public var readings: (utf8: String, gb18030: String)?

        /// `--encoding utf8` was given for bytes that are not UTF-8.
        public var notUTF8 = false

        public init(offset: Int, readings: (utf8: String, gb18030: String)? = nil, notUTF8: Bool = false) {
            self.offset = offset
            self.readings = readings
            self.notUTF8 = notUTF8
        }

        public var description: String {
            if let readings {
                return "the file reads both as UTF-8 and as GB18030, and neither is clearly right; nothing was imported. "
                    + "As UTF-8:\n\(readings.utf8)\nAs GB18030:\n\(readings.gb18030)\n"
                    + "Say which with --encoding utf8 or --encoding gb18030."
            }
            if notUTF8 { return "the file is not UTF-8 (try --encoding gb18030)" }
            return "the file is neither UTF-8 nor GB18030 (byte \(offset) cannot be read); save it as \"CSV UTF-8\" and try again"
        }
    }

    /// Decodes `bytes`, saying which encoding it was; `forced` (from `--encoding`) skips the guessing.
    ///
    /// Validity alone does not decide: GB18030 text can happen to be valid UTF-8 (钱学森 is `c7 ae d1 a7 c9 ad`, which
    /// is also the UTF-8 of "Ǯѧɭ"). When the bytes read both ways, each reading is scored (`score`: Chinese counts
    /// for it, characters of scripts a Chinese office's sheet hardly ever holds count twice against); the clearly
    /// better one wins, and when neither is clearly right the file is refused with both readings shown.
    public static func decode(_ bytes: [UInt8], forced: Encoding? = nil) throws(Failure) -> (text: String, encoding: Encoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        let utf8Encoding: Encoding = hasBOM ? .utf8WithBOM : .utf8
        switch forced {
        case .gb18030?: return (try fromGB18030(body), .gb18030)
        case .utf8?, .utf8WithBOM?:
            guard let s = String(validating: body, as: UTF8.self) else { throw Failure(offset: 0, notUTF8: true) }
            return (s, utf8Encoding)
        case nil: break
        }
        guard let utf8 = String(validating: body, as: UTF8.self) else { return (try fromGB18030(body), .gb18030) }
        // A byte-order mark says UTF-8; so does text that is all ASCII (it reads the same either way).
        if hasBOM || body.allSatisfy({ $0 < 0x80 }) { return (utf8, utf8Encoding) }
        guard let gb = try? fromGB18030(body) else { return (utf8, utf8Encoding) }
        let u = score(utf8), g = score(gb)
        if u >= 0.8 && u >= g { return (utf8, utf8Encoding) }
        if g >= 0.8 && g - u >= 0.3 { return (gb, .gb18030) }
        if u - g >= 0.3 { return (utf8, utf8Encoding) }
        func head(_ s: String) -> String { s.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).joined(separator: "\n") }
        throw Failure(offset: 0, readings: (head(utf8).visibleControlsKeepingLines, head(gb).visibleControlsKeepingLines))
    }

    /// How much a reading looks like a Chinese office's text, from 1 (every non-ASCII character Chinese) down: per
    /// non-ASCII character, +1 for Chinese (CJK ideographs U+3400–U+9FFF and U+F900–U+FAFF, CJK punctuation
    /// U+3000–U+303F, full-width forms U+FF00–U+FFEF), −2 for a rare script, the sign of a wrong reading (private use,
    /// U+FFFD, Latin Extended-B and IPA U+0180–U+02AF, Cyrillic, supplementary planes), 0 for anything else.
    static func score(_ text: String) -> Double {
        var total = 0, points = 0
        for s in text.unicodeScalars where !s.isASCII {
            total += 1
            switch s.value {
            case 0x3400...0x9FFF, 0xF900...0xFAFF, 0x3000...0x303F, 0xFF00...0xFFEF: points += 1
            case 0xE000...0xF8FF, 0xFFFD, 0x0180...0x02AF, 0x0400...0x04FF, 0x10000...: points -= 2
            default: break
            }
        }
        return total == 0 ? 1 : Double(points) / Double(total)
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

// Numbers: integers are read digit by digit with overflow checks; doubles take an exact fast path when the
// digits fit (Clinger's: a mantissa up to 2^53 times a power of ten up to 10^22) and otherwise the standard
// library's correctly rounded parser, which, unlike strtod, ignores the locale's decimal comma.

extension JSONScanner {
    /// Reads an integer that fits in `Int`; `1.5`, `1e3` and out-of-range numbers are errors naming the number.
    public mutating func readInt() throws(JSONError) -> Int {
        skipWhitespace()
        valueStart = pos
        var index = pos
        let count = bytes.count
        guard index < count, bytes[index] == UInt8(ascii: "-") || Self.isDigit(bytes[index]) else {
            throw unexpected("an integer")
        }
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < count, Self.isDigit(bytes[index]) else { throw syntaxError(expected: "a digit", at: index, valueAt: pos) }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < count, Self.isDigit(bytes[index + 1]) {
            throw syntaxError(expected: "a number without leading zeros", at: index, valueAt: pos)
        }
        // Accumulate downwards so that Int.min, which has no positive counterpart, can be read. Eighteen digits
        // cannot overflow; only longer numbers pay for the checks.
        var value = 0
        var overflow = false
        let digitsStart = index
        while index < count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            if index - digitsStart < 18 {
                value = value &* 10 &- Int(digit)
            } else {
                let (times10, overflowA) = value.multipliedReportingOverflow(by: 10)
                let (next, overflowB) = times10.subtractingReportingOverflow(Int(digit))
                overflow = overflow || overflowA || overflowB
                value = next
            }
            index += 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") {
            pos = valueStart
            _ = try scanNumber()
            throw unexpectedValue(expected: "an integer")
        }
        if !negative {
            if value == .min { overflow = true } else { value = -value }
        }
        pos = index
        if overflow { throw unexpectedValue(expected: "an integer from \(Int.min) to \(Int.max)") }
        return value
    }

    /// Reads an integer that fits in `Int64`.
    public mutating func readInt64() throws(JSONError) -> Int64 {
        Int64(try readInt())
    }

    /// Reads any JSON number as the nearest `Double`; numbers too large for a `Double` are errors.
    public mutating func readDouble() throws(JSONError) -> Double {
        skipWhitespace()
        valueStart = pos
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "-") || Self.isDigit(bytes[pos]) else {
            throw unexpected("a number")
        }
        let number = try scanNumber()
        var value: Double
        if number.mantissa == 0 {
            value = 0
        } else if !number.truncated, number.mantissa <= 1 << 53, (-22...22).contains(number.exponent) {
            value = Double(number.mantissa)
            let scale = Self.powersOfTen[abs(number.exponent)]
            value = number.exponent < 0 ? value / scale : value * scale
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<pos]), as: UTF8.self)
            guard let parsed = Double(text) else { throw syntaxError(expected: "a number", at: valueStart) }
            guard parsed.isFinite else { throw unexpectedValue(expected: "a number within the range of a Double") }
            return parsed
        }
        return number.negative ? -value : value
    }

    /// A number literal taken apart: the first 19 significant digits, the power of ten to scale them by, and the sign.
    struct NumberParts {
        var negative = false
        var mantissa: UInt64 = 0
        var exponent = 0
        /// Whether digits beyond the nineteenth were dropped (the fast path is then not exact).
        var truncated = false
    }

    /// Reads one number literal, checking it against JSON's grammar, and leaves `pos` just after it.
    mutating func scanNumber() throws(JSONError) -> NumberParts {
        var parts = NumberParts()
        let count = bytes.count
        var index = pos
        var digits = 0
        if index < count, bytes[index] == UInt8(ascii: "-") {
            parts.negative = true
            index += 1
        }
        guard index < count, Self.isDigit(bytes[index]) else { throw syntaxError(expected: "a digit", at: index, valueAt: pos) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < count, Self.isDigit(bytes[index]) {
                throw syntaxError(expected: "a number without leading zeros", at: index - 1, valueAt: pos)
            }
        } else {
            while index < count, Self.isDigit(bytes[index]) {
                Self.accumulate(bytes[index], into: &parts, digits: &digits, scale: 0)
                index += 1
            }
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < count, Self.isDigit(bytes[index]) else {
                throw syntaxError(expected: "a digit after the decimal point", at: index, valueAt: pos)
            }
            while index < count, Self.isDigit(bytes[index]) {
                Self.accumulate(bytes[index], into: &parts, digits: &digits, scale: -1)
                index += 1
            }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < count, Self.isDigit(bytes[index]) else {
                throw syntaxError(expected: "a digit in the exponent", at: index, valueAt: pos)
            }
            var exponent = 0
            while index < count, Self.isDigit(bytes[index]) {
                // Saturate: anything this large is out of range either way, and the slow path decides.
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            parts.exponent += exponentNegative ? -exponent : exponent
        }
        pos = index
        return parts
    }

    /// Adds one digit: into the mantissa while it has room (leading zeros take none), else counted as truncated.
    /// `scale` is 0 for integer digits (a dropped one raises the exponent) and -1 for fraction digits.
    @inline(__always)
    private static func accumulate(_ byte: UInt8, into parts: inout NumberParts, digits: inout Int, scale: Int) {
        let digit = UInt64(byte - UInt8(ascii: "0"))
        if digits < 19 {
            parts.mantissa = parts.mantissa * 10 + digit
            parts.exponent += scale
            if parts.mantissa != 0 { digits += 1 }
        } else {
            if digit != 0 { parts.truncated = true }
            parts.exponent += scale + 1
        }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// 10^0 … 10^22: every one exactly representable as a Double.
    private static let powersOfTen: [Double] = (0...22).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }
}

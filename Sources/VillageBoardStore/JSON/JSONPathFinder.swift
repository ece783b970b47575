/// Finds the field path to a byte offset by walking the JSON again from the start.
///
/// Only errors need a path, so the scanner keeps none while reading (no stack of keys to update for every
/// value, no reference counting); an error pays for one more pass over the bytes before it instead. The
/// bytes before the offset have already been read successfully, so this walk needs no error handling of
/// its own; it simply stops wherever the bytes stop making sense.
struct JSONPathFinder {
    let bytes: UnsafeBufferPointer<UInt8>
    let target: Int
    private var index = 0
    private var components: [JSONPathComponent] = []

    init(bytes: UnsafeBufferPointer<UInt8>, target: Int) {
        self.bytes = bytes
        self.target = target
    }

    /// The keys and indexes leading to the value at or around `target`. At a value: that value's components. At the
    /// `}` or `]` that closes a container: the container's. After a value, where a `,` was due: that value's.
    mutating func find() -> [JSONPathComponent] {
        while true {
            skipWhitespace()
            if index >= target || index >= bytes.count { return components }
            components.removeAll()
            if walkValue() { return components }
        }
    }

    /// Walks the value at `index`; true once `target` is reached (then `components` say where).
    private mutating func walkValue() -> Bool {
        skipWhitespace()
        if index >= target || index >= bytes.count { return true }
        let end: Int
        switch bytes[index] {
        case UInt8(ascii: "{"): return walkContainer(isObject: true)
        case UInt8(ascii: "["): return walkContainer(isObject: false)
        case UInt8(ascii: "\""): end = endOfString(from: index)
        default: end = endOfToken(from: index)
        }
        if target < end || end == index { return true }
        index = end
        return false
    }

    private mutating func walkContainer(isObject: Bool) -> Bool {
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let depth = components.count
        var element = 0
        index += 1
        while true {
            skipWhitespace()
            guard index < bytes.count else { return true }
            if bytes[index] == close {
                // A closing bracket at the target means the container itself (a field missing from it).
                components.removeSubrange(depth...)
                if index >= target { return true }
                index += 1
                return false
            }
            if index >= target { return true }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
            }
            components.removeSubrange(depth...)
            if index >= target { return true }
            if isObject {
                guard bytes[index] == UInt8(ascii: "\"") else { return true }
                let end = endOfString(from: index)
                components.append(.key(decodeKey(from: index + 1, to: max(index + 1, end - 1))))
                if target < end { return true }
                index = end
                skipWhitespace()
                guard index < target, index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return true }
                index += 1
            } else {
                components.append(.index(element))
                element += 1
            }
            if walkValue() { return true }
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    /// Just after the quote closing the string that starts at `start` (or the end of the bytes).
    private func endOfString(from start: Int) -> Int {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""): return position + 1
            default: position += 1
            }
        }
        return bytes.count
    }

    /// Just after the number or literal that starts at `start` (`start` itself if nothing there could be one).
    private func endOfToken(from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            guard JSONScanner.isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".")
            else { break }
            position += 1
        }
        return position
    }

    private func decodeKey(from start: Int, to end: Int) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<min(end, bytes.count)])
        return JSONKey(raw: raw, hasEscapes: raw.contains(UInt8(ascii: "\\"))).string
    }
}

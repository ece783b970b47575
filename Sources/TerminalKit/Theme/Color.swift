/// A colour as a theme names it; `ColorDepth` maps it to what the terminal can show.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 named colours: 0–7 normal (black red green yellow blue magenta cyan
    /// white), 8–15 their bright versions.
    case ansi(Int)
    /// An xterm 256-colour palette index.
    case indexed(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads "default", a name ("red", "bright-red", "grey"), "0"–"255" or "#rrggbb".
    public init?(name: String) {
        let text = name.lowercased()
        if text == "default" {
            self = .default
            return
        }
        if let index = Self.ansiNames.firstIndex(of: text) {
            self = .ansi(index)
            return
        }
        for prefix in ["bright-", "bright", "light-"] where text.hasPrefix(prefix) {
            if let index = Self.ansiNames.firstIndex(of: String(text.dropFirst(prefix.count))) {
                self = .ansi(index + 8)
                return
            }
        }
        if text == "gray" || text == "grey" {
            self = .ansi(8)
            return
        }
        if let number = Int(text), number >= 0, number <= 255 {
            self = .indexed(number)
            return
        }
        if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
            return
        }
        return nil
    }

    public var description: String {
        switch self {
        case .default: return "default"
        case .ansi(let index) where index < 8: return Self.ansiNames[index]
        case .ansi(let index): return "bright-" + Self.ansiNames[(index - 8) & 7]
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { byte in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
    }

    /// The colour as 8-bit red, green and blue (xterm's default palette for indexed colours).
    public var components: (red: Int, green: Int, blue: Int)? {
        switch self {
        case .default: return nil
        case .rgb(let red, let green, let blue): return (Int(red), Int(green), Int(blue))
        case .ansi(let index): return Palette.rgb(ofIndex: index)
        case .indexed(let index): return Palette.rgb(ofIndex: index)
        }
    }
}

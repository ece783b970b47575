/// What to show while the window is smaller than the screens need.
public enum SizeGuard {
    public static func isTooSmall(_ size: Size, minimum: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    /// What a terminal of `size` shows for `canvas`: the canvas (fitted to the size, should it
    /// have been drawn before a resize), or the enlarge message while the window is too small.
    public static func frame(_ canvas: Canvas, size: Size, minimum: Size, chinese: Bool) -> Canvas {
        if isTooSmall(size, minimum: minimum) { return self.canvas(size: size, minimum: minimum, chinese: chinese) }
        return canvas.fullSize == size ? canvas : canvas.resized(to: size)
    }

    /// A canvas of `size` asking to enlarge the window to `minimum`, centred, in Chinese and
    /// English (English only where Chinese cannot be shown).
    public static func canvas(size: Size, minimum: Size, chinese: Bool = true) -> Canvas {
        var canvas = Canvas(size: size)
        let target = "\(minimum.width)×\(minimum.height)"
        var text: [String] = []
        if chinese {
            text += DisplayWidth.wrap("窗口太小：请放大到至少 \(target)（现在 \(size)）", width: size.width)
        }
        text += DisplayWidth.wrap("Enlarge the window to at least \(target) (now \(size))", width: size.width)
        let top = max(0, (size.height - text.count) / 2)
        for (offset, line) in text.enumerated() {
            let left = max(0, (size.width - DisplayWidth.of(line)) / 2)
            canvas.put(line, x: left, y: top + offset, style: "warning")
        }
        return canvas
    }

    /// Keys that still reach the app while the window is too small: resizes and signals.
    public static func passesWhileTooSmall(_ key: Key) -> Bool {
        switch key {
        case .resize, .signal: return true
        default: return false
        }
    }
}

import TerminalKit

/// A one-line text field: takes typed characters (Chinese arrives whole from an input method), moves a caret,
/// and tells where the real cursor must sit so an input method's candidate window appears there.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var caret: Int

    public init(_ text: String = "") {
        characters = Array(text)
        caret = characters.count
    }

    public var text: String { String(characters) }

    /// What a key did to the field.
    public enum Result { case edited, moved, submit, cancel, ignored }

    public mutating func handle(_ key: Key) -> Result {
        switch key {
        case .char(let c):
            guard !c.isNewline else { return .submit }
            characters.insert(c, at: caret)
            caret += 1
            return .edited
        case .backspace:
            guard caret > 0 else { return .ignored }
            characters.remove(at: caret - 1)
            caret -= 1
            return .edited
        case .delete:
            guard caret < characters.count else { return .ignored }
            characters.remove(at: caret)
            return .edited
        case .left:
            caret = max(0, caret - 1)
            return .moved
        case .right:
            caret = min(characters.count, caret + 1)
            return .moved
        case .home, .ctrl("a"):
            caret = 0
            return .moved
        case .end, .ctrl("e"):
            caret = characters.count
            return .moved
        case .ctrl("u"):
            characters.removeFirst(caret)
            caret = 0
            return .edited
        case .enter:
            return .submit
        case .escape:
            return .cancel
        default:
            return .ignored
        }
    }

    /// Draws the field at (x, y) within `width` columns, scrolling so the caret stays visible,
    /// and sets the canvas cursor at the caret when `focused`.
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, style: StyleName, focused: Bool) {
        guard width > 0 else { return }
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        // Scroll from the left so the caret's column fits.
        var start = 0
        var before = DisplayWidth.of(String(characters[0..<caret]))
        while before > width - 1, start < caret {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        let visible = String(characters[start...])
        canvas.put(visible, x: x, y: y, style: style, maxWidth: width)
        if focused { canvas.cursor = (x: x + before, y: y) }
    }
}

import CNcursesw

/// Turns what the C shim reads (a character or a named key code) into a `Key`.
enum KeyDecoder {
    /// A character code point as a key: control bytes become named or Ctrl keys.
    static func decodeCharacter(_ value: Int32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(UInt8(value) + 96)))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        default:
            guard value > 0, let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A VB_KEY_* code as a key; nil for keys we do not know (they are ignored).
    static func decodeKey(_ code: Int32) -> Key? {
        let base = Int32(VB_KEY_FUNCTION_BASE)
        if code > base { return .function(Int(code - base)) }
        switch code {
        case Int32(VB_KEY_UP): return .up
        case Int32(VB_KEY_DOWN): return .down
        case Int32(VB_KEY_LEFT): return .left
        case Int32(VB_KEY_RIGHT): return .right
        case Int32(VB_KEY_HOME): return .home
        case Int32(VB_KEY_END): return .end
        case Int32(VB_KEY_PAGE_UP): return .pageUp
        case Int32(VB_KEY_PAGE_DOWN): return .pageDown
        case Int32(VB_KEY_ENTER): return .enter
        case Int32(VB_KEY_BACKSPACE): return .backspace
        case Int32(VB_KEY_DELETE): return .delete
        case Int32(VB_KEY_INSERT): return .insert
        case Int32(VB_KEY_BACK_TAB): return .backTab
        case Int32(VB_KEY_RESIZE): return .resize
        default: return nil
        }
    }

    /// A VB_MOUSE_* button code as a button.
    static func decodeMouseButton(_ code: Int32) -> MouseButton {
        switch code {
        case Int32(VB_MOUSE_LEFT): return .left
        case Int32(VB_MOUSE_MIDDLE): return .middle
        case Int32(VB_MOUSE_RIGHT): return .right
        case Int32(VB_MOUSE_WHEEL_UP): return .wheelUp
        case Int32(VB_MOUSE_WHEEL_DOWN): return .wheelDown
        case Int32(VB_MOUSE_RELEASE): return .release
        default: return .other
        }
    }
}

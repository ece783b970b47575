/// The kinds of file accepted as evidence: photos, scans and office documents. The file's extension names the type;
/// where the type has a fixed signature, the first bytes must carry it (`EvidenceRules.check`).
public enum EvidenceType: String, CaseIterable, Hashable, Sendable {
    case jpg, png, pdf, heic, doc, docx, xls, xlsx

    /// The type an extension names (case-insensitive; `jpeg` is `jpg`), or nil.
    public init?(fileExtension: some StringProtocol) {
        let lower = fileExtension.lowercased()
        if lower == "jpeg" { self = .jpg; return }
        guard let type = EvidenceType(rawValue: lower) else { return nil }
        self = type
    }

    /// The type of a file name by its extension, or nil when it has none this program takes.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        self.init(fileExtension: fileName[fileName.index(after: dot)...])
    }

    /// Whether `head` (the file's first bytes) carries this type's signature. Office formats are zip (docx, xlsx)
    /// or OLE (doc, xls) containers; HEIC has an ISO box `ftyp` at byte 4.
    public func matches(head: [UInt8]) -> Bool {
        func starts(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + sig.count && Array(head[offset..<(offset + sig.count)]) == sig
        }
        switch self {
        case .jpg: return starts([0xFF, 0xD8, 0xFF])
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: return starts(Array("%PDF-".utf8))
        case .heic: return starts(Array("ftyp".utf8), at: 4)
        case .doc, .xls: return starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        case .docx, .xlsx: return starts([0x50, 0x4B, 0x03, 0x04])
        }
    }

    /// Whether the type is a picture a viewer shows (for the screens' glyph, not for any rule).
    public var isImage: Bool { self == .jpg || self == .png || self == .heic }
}

/// The limits on evidence files, as data: the largest size and the types taken. Checked where a file is attached
/// (the store reads the file); an operation from another laptop is never refused for them, since limits change.
public struct EvidenceRules: Hashable, Sendable {
    /// The largest file taken, in bytes.
    public var maxBytes: Int
    public var allowed: Set<EvidenceType>

    public init(maxBytes: Int, allowed: Set<EvidenceType>) {
        self.maxBytes = maxBytes
        self.allowed = allowed
    }

    /// 20 MB (20 × 1024 × 1024 bytes), and every type above.
    public static let standard = EvidenceRules(maxBytes: 20 * 1024 * 1024, allowed: Set(EvidenceType.allCases))

    /// How many first bytes `check` needs to see.
    public static let headBytes = 16

    /// Why a file named `name`, of `size` bytes and starting with `head`, is refused, or its type when taken.
    public func check(name: String, size: Int, head: [UInt8]) -> Result<EvidenceType, EvidenceRefusal> {
        guard let type = EvidenceType(fileName: name), allowed.contains(type) else {
            return .failure(.typeNotAllowed(name: name))
        }
        guard size <= maxBytes else { return .failure(.tooLarge(name: name, size: size, limit: maxBytes)) }
        guard size > 0 else { return .failure(.empty(name: name)) }
        guard type.matches(head: head) else { return .failure(.contentMismatch(name: name, type: type)) }
        return .success(type)
    }
}

/// Why a file is not taken as evidence.
public enum EvidenceRefusal: Error, Hashable, Sendable {
    /// Its extension is not one of the allowed types.
    case typeNotAllowed(name: String)
    case tooLarge(name: String, size: Int, limit: Int)
    case empty(name: String)
    /// The extension says one type, the first bytes another (a renamed file).
    case contentMismatch(name: String, type: EvidenceType)
}

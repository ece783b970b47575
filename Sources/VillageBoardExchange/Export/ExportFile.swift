import VillageBoardStore
/// Writes an export (a report, a list) where the user asked, owner-only, atomically.
public enum ExportFile {
    /// `byteOrderMark` puts the UTF-8 BOM first, which spreadsheet programs need to read Chinese in CSV.
    public static func write(_ bytes: [UInt8], to path: String, byteOrderMark: Bool = false) throws(FileError) {
        try FileIO.replaceAtomically(path, with: (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + bytes)
    }
}

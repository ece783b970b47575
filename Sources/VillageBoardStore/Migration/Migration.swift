/// Turns the snapshot of an older format into the current one, one step per format.
enum Migration {
    /// The snapshot bytes in the current format. Format 1 differs only in fields the current reader still
    /// understands (`incomeNet`, read as itemised wages), so its bytes pass through unchanged; a later format
    /// change adds a step here that rewrites lines.
    static func upgrade(_ snapshot: [UInt8], from format: Int) -> [UInt8] {
        var bytes = snapshot
        var version = format
        while version < StoreMeta.currentFormat {
            bytes = step(bytes, from: version)
            version += 1
        }
        return bytes
    }

    private static func step(_ bytes: [UInt8], from version: Int) -> [UInt8] {
        switch version {
        case 1: return bytes
        default: return bytes
        }
    }
}

/// One theme file as written, before inheritance and fallback are applied.
struct ThemeDocument: Sendable {
    var name: String?
    var inherit: String?
    var description: String?
    var glyphs: String?
    var styles: [StyleName: TextStyle] = [:]
    var monochrome: [StyleName: TextAttributes] = [:]
    /// Lines that do no harm but are likely mistakes (a style no screen asks for: a misspelt name, most often).
    var warnings: [ThemeError] = []
}

import Testing
@testable import TerminalKit

@Suite struct GlyphSetTests {
    @Test(arguments: [GlyphSet.unicode, GlyphSet.ascii])
    func barIsAlwaysExactlyTheWidth(_ glyphs: GlyphSet) {
        for width in 0...12 {
            for step in 0...16 {
                let bar = glyphs.bar(fraction: Double(step) / 16, width: width)
                #expect(DisplayWidth.of(bar) == width)
            }
        }
        #expect(DisplayWidth.of(glyphs.bar(fraction: .nan, width: 5)) == 5)
        #expect(DisplayWidth.of(glyphs.bar(fraction: 7, width: 5)) == 5)
        #expect(DisplayWidth.of(glyphs.bar(fraction: -1, width: 5)) == 5)
    }

    @Test func barUsesEighths() {
        #expect(GlyphSet.unicode.bar(fraction: 0.5, width: 4) == "██  ")
        #expect(GlyphSet.unicode.bar(fraction: 1.0 / 32, width: 4) == "▏   ")
        #expect(GlyphSet.unicode.bar(fraction: 1, width: 3) == "███")
        #expect(GlyphSet.unicode.bar(fraction: 0, width: 3) == "   ")
    }

    @Test func sparklineScales() {
        #expect(GlyphSet.unicode.sparkline([0, 7, 14]) == "▁▅█")
        #expect(GlyphSet.unicode.sparkline([]) == "")
        #expect(GlyphSet.unicode.sparkline([3, 3]).count == 2)
        #expect(GlyphSet.ascii.sparkline([0, .infinity, 1]) == "__#")
    }

    @Test func everyStatusHasADistinctGlyph() {
        for glyphs in [GlyphSet.unicode, .ascii] {
            let marks = StatusMark.allCases.map { glyphs.mark($0) }
            #expect(Set(marks).count == StatusMark.allCases.count)
            for mark in marks { #expect(DisplayWidth.of(mark) == 1) }
        }
    }

    @Test func asciiSetIsPureASCII() {
        let glyphs = GlyphSet.ascii
        let all = [glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft,
                   glyphs.bottomRight, glyphs.teeDown, glyphs.teeUp, glyphs.teeRight, glyphs.teeLeft, glyphs.cross,
                   glyphs.met, glyphs.notMet, glyphs.notApplicable, glyphs.notChecked, glyphs.ellipsis, glyphs.pointer,
                   glyphs.bullet] + glyphs.barEighths + glyphs.sparks + glyphs.shades
        for glyph in all { #expect(glyph.unicodeScalars.allSatisfy { $0.isASCII }, "\(glyph)") }
    }

    @Test func glyphsAreOneColumn() {
        for glyphs in [GlyphSet.unicode, .ascii] {
            for glyph in glyphs.barEighths + glyphs.sparks + glyphs.shades {
                #expect(DisplayWidth.of(glyph) == 1)
            }
        }
    }

    @Test func shades() {
        #expect(GlyphSet.unicode.shade(fraction: 0) == "░")
        #expect(GlyphSet.unicode.shade(fraction: 1) == "█")
        #expect(GlyphSet.named("ASCII") == .ascii)
        #expect(GlyphSet.named("fancy") == nil)
    }
}

import Testing
@testable import TerminalKit

@Suite struct ColorDepthTests {
    @Test func depthFromColourCount() {
        #expect(ColorDepth(colorCount: 0) == .monochrome)
        #expect(ColorDepth(colorCount: -1) == .monochrome)
        #expect(ColorDepth(colorCount: 8) == .colors8)
        #expect(ColorDepth(colorCount: 16) == .colors16)
        #expect(ColorDepth(colorCount: 88) == .colors16)
        #expect(ColorDepth(colorCount: 256) == .colors256)
        #expect(ColorDepth(colorCount: 0x1000000) == .trueColor)
    }

    @Test func rgbDegradesStepByStep() {
        let orange = Color.rgb(0xFF, 0x87, 0x00)
        #expect(ColorDepth.trueColor.degrade(orange) == orange)
        #expect(ColorDepth.colors256.degrade(orange) == .indexed(208))
        #expect(ColorDepth.colors16.degrade(orange) == .ansi(3) || ColorDepth.colors16.degrade(orange) == .ansi(11))
        if case .ansi(let index)? = ColorDepth.colors8.degrade(orange) { #expect(index < 8) } else { Issue.record("not ansi") }
        #expect(ColorDepth.monochrome.degrade(orange) == nil)
    }

    @Test func greysUseTheGreyRamp() {
        #expect(ColorDepth.colors256.degrade(.rgb(0x30, 0x30, 0x30)) == .indexed(236))
        #expect(ColorDepth.colors256.degrade(.rgb(0, 0, 0)) == .indexed(16))
        #expect(ColorDepth.colors256.degrade(.rgb(255, 255, 255)) == .indexed(231))
    }

    @Test func indexedColoursDegrade() {
        #expect(ColorDepth.colors256.degrade(.indexed(200)) == .indexed(200))
        #expect(ColorDepth.colors16.degrade(.indexed(9)) == .ansi(9))
        #expect(ColorDepth.colors16.degrade(.indexed(196)) == .ansi(9))
        #expect(ColorDepth.colors8.degrade(.indexed(196)) == .ansi(1))
        #expect(ColorDepth.colors8.degrade(.ansi(12)) == .ansi(4))
        #expect(ColorDepth.colors8.degrade(.default) == .default)
    }

    @Test func brightColoursBecomeBoldAtEightColours() {
        let theme = Theme.builtinDefault
        // header = bright-white on 24
        let header = theme.resolve("header", depth: .colors8)
        #expect(header.foreground == .ansi(7))
        #expect(header.attributes.contains(.bold))
        #expect(theme.resolve("header", depth: .colors16).foreground == .ansi(15))
    }

    @Test func monochromeUsesAttributesOnly() {
        let theme = Theme.builtinDefault
        let focus = theme.resolve("focus", depth: .monochrome)
        #expect(focus == ResolvedStyle(attributes: [.reverse, .bold]))
        // A name only the colour section knows still gets the attributes written there.
        #expect(theme.resolve("status.unresolved.extra", depth: .monochrome).attributes == .bold)
    }

    @Test func degradingNeverMakesTextInvisible() {
        var document = ThemeDocument()
        document.styles["pale"] = TextStyle(foreground: .rgb(250, 250, 250), background: .rgb(255, 255, 255))
        let theme = Theme(name: "t", source: "test", document: document, fallback: nil)
        for depth in [ColorDepth.colors8, .colors16, .colors256] {
            let resolved = theme.resolve("pale", depth: depth)
            #expect(resolved.foreground != resolved.background, "\(depth)")
        }
    }
}

@Suite struct NoColorTests {
    @Test func noColorMeansAnyNonEmptyValue() {
        #expect(ProcessEnvironment.wantsNoColor(["NO_COLOR": "1"]))
        #expect(ProcessEnvironment.wantsNoColor(["NO_COLOR": "yes please"]))
        #expect(!ProcessEnvironment.wantsNoColor(["NO_COLOR": ""]))
        #expect(!ProcessEnvironment.wantsNoColor([:]))
    }

    @Test(arguments: ThemeLoader.builtinNames)
    func everyThemeResolvesWithoutColourInMonochrome(_ name: String) throws {
        let theme = try ThemeLoader(userDirectory: nil).load(name)
        for style in theme.definedNames {
            let resolved = theme.resolve(style, depth: .monochrome)
            #expect(resolved.foreground == .default && resolved.background == .default)
        }
    }
}

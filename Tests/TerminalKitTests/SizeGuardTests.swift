import Testing
@testable import TerminalKit

@Suite struct SizeGuardTests {
    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 9, height: 3),
                      Size(width: 39, height: 9), Size(width: 79, height: 23)])
    func messageFitsAnySize(_ size: Size) {
        let canvas = SizeGuard.canvas(size: size, minimum: Size(width: 80, height: 24))
        #expect(canvas.size == Size(width: max(0, size.width), height: max(0, size.height)))
        for line in canvas.lines() { #expect(DisplayWidth.of(line) == size.width) }
    }

    @Test func messageIsBilingualOrEnglish() {
        let size = Size(width: 60, height: 10)
        let both = SizeGuard.canvas(size: size, minimum: Size(width: 80, height: 24)).lines().joined()
        #expect(both.contains("请放大到至少 80×24"))
        #expect(both.contains("Enlarge the window to at least 80×24"))
        let english = SizeGuard.canvas(size: size, minimum: Size(width: 80, height: 24), chinese: false).lines().joined()
        #expect(!english.contains("请"))
    }

    @Test func onlyResizesAndSignalsPass() {
        #expect(SizeGuard.passesWhileTooSmall(.resize))
        #expect(SizeGuard.passesWhileTooSmall(.signal(.terminate)))
        #expect(!SizeGuard.passesWhileTooSmall(.char("q")))
        #expect(!SizeGuard.passesWhileTooSmall(.escape))
    }
}

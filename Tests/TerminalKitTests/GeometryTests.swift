import Testing
@testable import TerminalKit

@Suite struct GeometryTests {
    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(a.intersection(Rect(x: 5, y: 2, width: 10, height: 10)) == Rect(x: 5, y: 2, width: 5, height: 3))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 2, height: 2)).isEmpty)
    }

    @Test func slicing() {
        let area = Rect(x: 1, y: 1, width: 10, height: 6)
        let (top, rest) = area.sliceTop(2)
        #expect(top == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(rest == Rect(x: 1, y: 3, width: 10, height: 4))
        #expect(area.sliceBottom(1).slice == Rect(x: 1, y: 6, width: 10, height: 1))
        #expect(area.sliceLeft(3).remainder == Rect(x: 4, y: 1, width: 7, height: 6))
        #expect(area.sliceRight(20).slice == area)
        #expect(area.sliceTop(-1).slice.height == 0)
        #expect(area.insetBy(dx: 6, dy: 1) == Rect(x: 7, y: 2, width: 0, height: 4))
    }

    @Test func sizeDescription() {
        #expect(Size(width: 80, height: 24).description == "80×24")
        #expect(Size(width: 80, height: 24).contains(Size(width: 80, height: 10)))
        #expect(Size(width: 0, height: 3).isEmpty)
    }
}

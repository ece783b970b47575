import TerminalKit
import VillageBoardCore

/// Names on the map, placed once per layout so that no two overlap, none covers a village, and two names always
/// have a blank column between them. The more important are placed first (the areas one level down, then the
/// level below that, then villages beside their glyphs); a name that finds no room near its place is left off
/// (the side panel and the tiles still name it) rather than drawn over something.
struct MapLabels {
    /// One placed name.
    struct Label: Equatable {
        var unit: DivisionCode
        var text: String
        var x: Int
        var y: Int
        var width: Int
        var style: StyleName
    }

    /// A name to place: centred on (x, y), or beside the village glyph there.
    struct Wanted {
        var unit: DivisionCode
        var name: String
        var x: Int
        var y: Int
        var besideGlyph: Bool
        var style: StyleName
    }

    var labels: [Label] = []
    /// Per cell: the label there, or -1.
    var labelAt: [Int] = []

    init() {}

    init(plot: MapPlot, wanted: [Wanted], ellipsis: String) {
        let width = plot.width, height = plot.height
        guard width > 0, height > 0 else { return }
        labelAt = Array(repeating: -1, count: width * height)
        for want in wanted {
            let full = DisplayWidth.of(want.name)
            // The whole name first; then shorter with an ellipsis, down to two characters' worth.
            var texts = [want.name]
            var w = full - 1
            while w >= 3 && w < full {
                let cut = DisplayWidth.truncate(want.name, to: w, ellipsis: ellipsis)
                if cut != texts.last { texts.append(cut) }
                w -= 2
            }
            placing: for text in texts {
                let tw = DisplayWidth.of(text)
                let own = want.besideGlyph ? plot.group(x: want.x, y: want.y) : nil
                for (x, y) in candidates(want, width: tw) where fits(x: x, y: y, width: tw, plot: plot, own: own) {
                    for cx in x..<(x + tw) { labelAt[y * width + cx] = labels.count }
                    labels.append(Label(unit: want.unit, text: text, x: x, y: y, width: tw, style: want.style))
                    break placing
                }
            }
        }
    }

    /// Where a name may start, nearest its place first.
    private func candidates(_ want: Wanted, width w: Int) -> [(Int, Int)] {
        if want.besideGlyph {
            return [(want.x + 1, want.y), (want.x - w, want.y), (want.x - w / 2, want.y - 1), (want.x - w / 2, want.y + 1)]
        }
        var out: [(Int, Int)] = []
        let x0 = want.x - w / 2
        for dy in [0, -1, 1, -2, 2] {
            for dx in [0, -2, 2, -4, 4, -6, 6] { out.append((x0 + dx, want.y + dy)) }
        }
        return out
    }

    /// Inside the map, over no village and no other name, with a blank column (or the frame) on either side — only a
    /// village's own glyph (`own`) may touch its name, so a name never reads as another village's.
    private func fits(x: Int, y: Int, width w: Int, plot: MapPlot, own: Int?) -> Bool {
        guard y >= 0, y < plot.height, x >= 0, x + w <= plot.width else { return false }
        for cx in x..<(x + w) where plot.group(x: cx, y: y) != nil || labelAt[y * plot.width + cx] >= 0 { return false }
        for side in [x - 1, x + w] where side >= 0 && side < plot.width {
            if labelAt[y * plot.width + side] >= 0 { return false }
            if let g = plot.group(x: side, y: y), g != own { return false }
        }
        return true
    }

    /// The label covering a cell, if any.
    func label(x: Int, y: Int, width: Int) -> Int? {
        guard !labelAt.isEmpty, x >= 0, y >= 0, x < width, y * width + x < labelAt.count else { return nil }
        let l = labelAt[y * width + x]
        return l >= 0 ? l : nil
    }
}

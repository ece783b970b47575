import TerminalKit
import VillageBoardCore
import VillageBoardUI

/// Key press → finished frame: each press is `AppModel.handle` plus a full render into a fresh canvas (what the
/// main loop does before the ncurses diff, which only writes the cells that changed).
struct KeyBench {
    let ctx: ScreenContext
    let size: Size
    /// Presses per scenario.
    let presses: Int

    /// The screens as the program builds them for `user` on `board`.
    static func context(_ board: Board, user: UserID = StoreCache.author, readOnly: Bool = false) -> ScreenContext {
        ScreenContext(board: board, text: Catalog(.zh), glyphs: .unicode, user: board.user(user), readOnly: readOnly)
    }

    func makeApp() -> AppModel {
        AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), size: size)
    }

    /// One press and the frame after it, in seconds.
    static func press(_ key: Key, _ app: inout AppModel, size: Size) -> Double {
        let started = Measure.wall()
        _ = app.handle(key)
        var canvas = Canvas(width: size.width, height: size.height)
        app.render(into: &canvas)
        return Measure.seconds(since: started)
    }

    /// The scenarios, by the names the table uses.
    func run(into readings: inout Readings) {
        readings.set("keys.unresolvedMove", cycle(setup: [.char("2")], [Self.runs(of: .char("j"), .char("k"), 100)]))
        readings.set("keys.villageMove", cycle(setup: drillToVillage, [Self.runs(of: .char("j"), .char("k"), 100)]))
        readings.set("keys.drill", cycle(setup: [], [Array(repeating: .enter, count: 4) + Array(repeating: .escape, count: 4)]))
        readings.set("keys.filterItem", cycle(setup: [.char("2")], (2...8).map { [.char("i"), .char(Character(String($0)))] }))
        var submits = Samples()
        readings.set("keys.searchName", cycle(setup: [.char("2")], names().map(Self.search), submits: &submits))
        readings.set("keys.searchName.submit", submits)
        submits = Samples()
        let initials = ["zs", "wl", "lj", "zh", "wx", "cy", "lm", "hj", "ly", "zw"]
        readings.set("keys.searchPinyin", cycle(setup: [.char("2")], initials.map(Self.search), submits: &submits))
        readings.set("keys.searchPinyin.submit", submits)
        readings.set("keys.switch", cycle(setup: [], [[.char("2"), .char("3"), .char("4"), .char("1")]]))
        readings.set("keys.openHousehold", cycle(setup: [.char("2")], [[.enter, .escape, .char("j")]]))
    }

    /// From the top of the chart down to a village's board: one Enter per level (province → city → county →
    /// township → village).
    var drillToVillage: [Key] { Array(repeating: .enter, count: 4) }

    /// `forward` `count` times, then `back` `count` times.
    static func runs(of forward: Key, _ back: Key, _ count: Int) -> [Key] {
        Array(repeating: forward, count: count) + Array(repeating: back, count: count)
    }

    /// `/`, the query one character at a time, Enter.
    static func search(_ query: String) -> [Key] { [.char("/")] + query.map { Key.char($0) } + [.enter] }

    /// Household heads' names from the unresolved list, to search for.
    func names() -> [String] {
        let board = ctx.board
        var out: [String] = []
        var i = 0
        while out.count < 20 && i < board.households.count {
            let h = board.households[i]
            if h.isUnresolved, !h.headName.isEmpty { out.append(h.headName) }
            i += max(1, board.households.count / 400)
        }
        return out.isEmpty ? ["王"] : out
    }

    /// A fresh app, the setup keys unmeasured, then the sequences in turn until `presses` presses are measured.
    /// When `submits` is given, the Enter presses are also collected there.
    func cycle(setup: [Key], _ sequences: [[Key]]) -> Samples {
        var ignored = Samples()
        return cycle(setup: setup, sequences, submits: &ignored)
    }

    func cycle(setup: [Key], _ sequences: [[Key]], submits: inout Samples) -> Samples {
        var app = makeApp()
        for key in setup { _ = Self.press(key, &app, size: size) }
        var samples = Samples()
        var s = 0
        while samples.count < presses, !sequences.isEmpty {
            for key in sequences[s % sequences.count] where samples.count < presses {
                let seconds = Self.press(key, &app, size: size)
                samples.add(seconds)
                if key == .enter { submits.add(seconds) }
            }
            s += 1
        }
        return samples
    }
}

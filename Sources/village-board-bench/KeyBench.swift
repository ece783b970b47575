import TerminalKit
import VillageBoardCore
import VillageBoardStore
import VillageBoardText
import VillageBoardUI

/// Key press → finished frame: each press is `AppModel.handle` plus a full render into a fresh canvas (what the
/// main loop does before the ncurses diff, which only writes the cells that changed).
struct KeyBench {
    let ctx: ScreenContext
    let size: Size
    /// Presses per scenario.
    let presses: Int

    /// The screens as the program builds them for `user` on the store's board.
    static func context(_ store: Store, user: UserID = StoreCache.author, readOnly: Bool = false) -> ScreenContext {
        ScreenContext(live: store.live, text: Catalog(.zh), glyphs: .unicode, user: store.board.user(user), readOnly: readOnly)
    }

    /// The app on the chart, as the program starts it for a user given on the command line.
    func makeApp() -> AppModel {
        AppModel(ctx: ctx, home: HomeScreenSet.make(), first: HomeScreenSet.chart(ctx), view: .chart, size: size)
    }

    /// One press and the frame after it: wall seconds and this thread's CPU seconds.
    @discardableResult
    static func press(_ key: Key, _ app: inout AppModel, size: Size) -> (wall: Double, cpu: Double) {
        let started = Measure.wall(), cpu = Measure.threadCPU()
        _ = app.handle(key)
        var canvas = Canvas(width: size.width, height: size.height)
        app.render(into: &canvas)
        return (Measure.seconds(since: started), Double(Measure.threadCPU() - cpu) / 1e9)
    }

    /// Wall and CPU samples of one scenario.
    struct Presses {
        var wall = Samples()
        var cpu = Samples()
        mutating func add(_ p: (wall: Double, cpu: Double)) {
            wall.add(p.wall)
            cpu.add(p.cpu)
        }
    }

    /// The scenarios, by the names the table uses; `.enter` of the searches and each key of the screen switch are
    /// also recorded on their own (`NAME.submit`, `keys.switch.N`).
    func run(into readings: inout Readings) {
        func record(_ name: String, _ p: Presses) {
            readings.set(name, p.wall)
            readings.set(name + ".cpu", p.cpu)
        }
        // As the program does after its first frame: the radar's index and the unresolved list's rows start building in
        // the background (not in `context`, which the open probe uses: the open row measures the first frame without).
        ctx.prepareKept()
        record("keys.unresolvedMove", cycle(setup: [.char("2")], [Self.runs(of: .char("j"), .char("k"), 100)]).all)
        record("keys.villageMove", cycle(setup: drillToVillage, [Self.runs(of: .char("j"), .char("k"), 100)]).all)
        record("keys.drill", cycle(setup: [], [Array(repeating: .enter, count: 4) + Array(repeating: .escape, count: 4)]).all)
        record("keys.filterItem", cycle(setup: [.char("2")], (2...8).map { [.char("i"), .char(Character(String($0)))] }).all)
        let initials = ["zs", "wl", "lj", "zh", "wx", "cy", "lm", "hj", "ly", "zw"]
        for (name, queries) in [("keys.searchName", names()), ("keys.searchPinyin", initials)] {
            let (all, byKey) = cycle(setup: [.char("2")], queries.map(Self.search))
            record(name, all)
            record(name + ".submit", byKey[.enter] ?? Presses())
        }
        let (all, byKey) = cycle(setup: [], [[.char("2"), .char("3"), .char("4"), .char("1")]])
        record("keys.switch", all)
        for n in ["1", "2", "3", "4"] { record("keys.switch.\(n)", byKey[.char(Character(n))] ?? Presses()) }
        record("keys.openHousehold", cycle(setup: [.char("2")], [[.enter, .escape, .char("j")]]).all)
        // The map of the whole scope (issue 16): built when `m` opens it, then each arrow only moves the cursor between
        // groups of villages and redraws.
        record("keys.mapMove", cycle(setup: [.char("m")], [[.char("l"), .char("j"), .char("h"), .char("k")]]).all)
        record("keys.mapToggle", cycle(setup: [], [[.char("m"), .char("m")]]).all)
        record("keys.mapSearch", cycle(setup: [.char("m")], villageQueries().map(Self.search)).all)
        // Each 7 opens the radar afresh: the kept index (built in the background since the context was made, waited
        // for if not done) brought up to date, then its villages' sums added over the scope; then Enter lists the
        // households behind the warning with the most (one pass over the masks). 20 of each, as for the first visits.
        var radarApp = makeApp()
        var radar = Presses(), radarList = Presses()
        for _ in 0..<max(1, min(20, presses / 50)) {
            radar.add(Self.press(.char("7"), &radarApp, size: size))
            if let screen = radarApp.top as? RadarScreen {
                let counts = RadarWarning.allCases.map { screen.radar.count($0) }
                let most = counts.indices.max { counts[$0] < counts[$1] } ?? 0
                for _ in 0..<most { Self.press(.char("j"), &radarApp, size: size) }
            }
            radarList.add(Self.press(.enter, &radarApp, size: size))
            Self.press(.escape, &radarApp, size: size)
            Self.press(.char("1"), &radarApp, size: size)
        }
        record("keys.radar", radar)
        record("keys.radar.list", radarList)
        // The keys above mostly meet screens the app already keeps; the first visit after opening builds them, and the
        // first sort, filter or menu on a fresh list needs every row's fields. Each on its own fresh app.
        var first: [String: Presses] = [:]
        for _ in 0..<max(1, min(20, presses / 50)) {
            for (name, key) in [("sort", Key.char("s")), ("filter", .char("o")), ("menu", .char("i"))] {
                var app = makeApp()
                first["2", default: Presses()].add(Self.press(.char("2"), &app, size: size))
                first[name, default: Presses()].add(Self.press(key, &app, size: size))
                if name == "menu" { first["3", default: Presses()].add(Self.press(.char("3"), &app, size: size)) }
            }
        }
        for (name, p) in first { record("keys.first.\(name)", p) }
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

    /// Village names spread over the board, to find on the map.
    func villageQueries() -> [String] {
        let board = ctx.board
        let villages = board.units.values.filter { $0.level == .village }.map(\.code).sorted()
        guard !villages.isEmpty else { return ["村"] }
        return (0..<10).compactMap { board.unit(villages[$0 * villages.count / 10])?.name }
    }

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

    /// A fresh app, the setup keys unmeasured, then the sequences in turn until `presses` presses are measured;
    /// every press, and the presses of each key apart.
    func cycle(setup: [Key], _ sequences: [[Key]]) -> (all: Presses, byKey: [Key: Presses]) {
        var app = makeApp()
        for key in setup { Self.press(key, &app, size: size) }
        var all = Presses()
        var byKey: [Key: Presses] = [:]
        var s = 0
        while all.wall.count < presses, !sequences.isEmpty {
            for key in sequences[s % sequences.count] where all.wall.count < presses {
                let p = Self.press(key, &app, size: size)
                all.add(p)
                byKey[key, default: Presses()].add(p)
            }
            s += 1
        }
        return (all, byKey)
    }
}

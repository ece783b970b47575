import Foundation
import Testing

/// The chart at a glance in the real program, in tmux at 80×24: the city's six counties on one screen as tiles, the map
/// with the counties' names and its legend, `/` jumping to a village on the map and Enter following it down into its
/// county's map, `v` for the list of every village — in Chinese and in English.
@Suite(.serialized, .enabled(if: BoardTmux.hasTmux, "tmux is not installed: the board's end-to-end tests need it"))
struct ChartMapEndToEndTests {
    @Test func theCityOnOneScreenTheMapWithNamesAndSlashOnTheMap() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "admin", width: 80, height: 24)
        let tiles = try tmux.wait("the city's tiles") { screen in BoardTests.counties.allSatisfy { c in screen.contains { $0.contains(c) } } }
        #expect(tiles.contains { $0.contains("未解决 79 户 140 人") })
        try tmux.press("m")
        let map = try tmux.wait(for: "区域分界")
        #expect(map.contains { $0.contains("浑江区") } && map.contains { $0.contains("靖宇县") })
        try tmux.press("/")
        try tmux.wait(for: "搜索：")
        try tmux.type("tpc")
        try tmux.press("Enter")
        try tmux.wait(for: "找到“太平村”")
        try tmux.wait("太平村 in the side panel") { $0.contains { $0.hasSuffix("太平村") || $0.contains("✗ 太平村") } }
        try tmux.press("Enter")
        try tmux.wait("靖宇县's map") { BoardTmux.crumbs($0) == ["白山市", "靖宇县"] && $0.contains { $0.contains("三道湖镇") } }
        try tmux.press("v")
        try tmux.wait(for: "太平村")
        try tmux.press("q")
        try tmux.waitForExit()
    }

    @Test func inEnglishTheTilesSayWhatTheFiguresAre() throws {
        let tmux = try BoardTmux()
        defer { tmux.kill() }
        try tmux.initDemo()
        try tmux.open(as: "admin", width: 80, height: 24, extra: ["LANG": "en_US.UTF-8"])
        try tmux.wait(for: "140 people")
        try tmux.press("m")
        try tmux.wait(for: "area boundary")
        try tmux.press("q")
        try tmux.waitForExit()
    }
}

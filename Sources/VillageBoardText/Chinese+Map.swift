/// Chinese text for the battle chart at a glance (issue 16): the unit tiles, the map's side panel and legend, and
/// the list of every village.
let chineseMapText: [TextKey: String] = [
    "action.villageList": "切换：下级单位图块 / 全部村的列表",
    "action.villageList.short": "全部村",
    "chart.tile.unresolved": "未解决 {0} 户 {1} 人",
    "chart.tile.unresolved.short": "未解决{0}户{1}人",
    "chart.tile.tasks": "待验收 {0} · 逾期 {1}",
    "chart.tile.tasks.short": "待验收{0} 逾期{1}",
    "chart.tile.remaining": "剩余 {0} 户 {1} 人",
    "chart.tile.remaining.short": "剩余{0}户{1}人",
    "chart.tile.monitored": "监测 {0} 户 · 未达标 {1} 项",
    "chart.tile.monitored.short": "监测{0}户 未达标{1}项",
    "chart.tile.pair": "{0}/{1}",
    "chart.tile.below": "下辖 {0}",
    "chart.tile.more": "还有 {0} 行，PgDn 翻页",
    "chart.map.here": "此处 {0} 个村：",
    "chart.map.legend.group": "2–9 一处几个村",
    "chart.map.legend.many": "+ 一处十个以上",
    "chart.map.legend.border": "{0} 区域分界",
    "chart.map.unplaced": "{0} 个村无坐标",
]

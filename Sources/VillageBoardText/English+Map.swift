/// English text for the battle chart at a glance (issue 16): the unit tiles, the map's side panel and legend, and
/// the list of every village.
let englishMapText: [TextKey: String] = [
    "action.villageList": "Switch: tiles of the units below / list of every village",
    "action.villageList.short": "villages",
    "chart.tile.unresolved": "{0} unresolved ({1} people)",
    "chart.tile.unresolved.short": "{0} unres. ({1} ppl)",
    "chart.tile.tasks": "{0} to verify · {1} overdue",
    "chart.tile.tasks.short": "{0} verify · {1} late",
    "chart.tile.remaining": "{0} left ({1} people)",
    "chart.tile.remaining.short": "{0} left ({1} ppl)",
    "chart.tile.monitored": "{0} monitored · {1} unmet",
    "chart.tile.monitored.short": "{0} mon. · {1} unmet",
    "chart.tile.pair": "{0}/{1}",
    "chart.tile.below": "below {0}",
    "chart.tile.more": "{0} more rows, PgDn",
    "chart.map.here": "{0} villages here:",
    "chart.map.legend.group": "2–9 villages in one spot",
    "chart.map.legend.many": "+ ten or more",
    "chart.map.legend.border": "{0} area boundary",
    "chart.map.unplaced": "{0} villages lack coordinates",
]

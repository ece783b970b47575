/// English text for the reports screen and exports.
let englishReportsText: [TextKey: String] = [
    // The reports screen's table (short headers; `village-board report` keeps the long "report.col.*" ones)
    "reports.col.unit": "Unit",
    "reports.col.registered": "Reg.",
    "reports.col.registeredPeople": "Reg.ppl",
    "reports.col.out": "Out",
    "reports.col.remaining": "Left",
    "reports.col.remainingPeople": "Ppl left",
    "reports.col.incidence": "Rate",
    "reports.col.monitored": "Monit.",
    "reports.col.notMet": "Unmet",
    "reports.col.open": "Open",
    "reports.col.awaiting": "To verify",
    "reports.col.verified": "Verified",
    "reports.col.overdue": "Overdue",
    // Bar charts
    "reports.chart.remaining": "Registered households not yet out",
    "reports.chart.notMet": "Checklist items not met",
    // The summary paragraphs
    "reports.summary.households":
        "{0} registered poor households ({1} people): {2} ({3} people) out, {4} ({5} people) left; poverty incidence {6}.",
    "reports.summary.monitored": "Monitored with the risk present: {0} households ({1} people). {2} villages, {3} of them poor villages.",
    "reports.summary.notMet": "Households with an item not met: {0}; {1} in all.",
    "reports.summary.item": "{0} {1}",
    "reports.summary.separator": ", ",
    "reports.summary.tasks": "Tasks: {0} open, {1} awaiting verification, {2} verified, {3} overdue.",
    "reports.noUnits": "No units under {0}",
    "reports.nothingToOpen": "Nothing to open here",

    // docs/KEYS.md
    "keys.title": "Keys",
    "keys.generated": "Generated from the key tables; do not edit by hand. To regenerate: {0}",
    "keys.col.keys": "Keys",
    "keys.col.action": "What it does",
    "keys.col.hint": "Hint bar",
    "keys.hinted": "shown",
    "keys.global": "Every screen",
    "keys.screen.chart": "Battle chart (1)",
    "keys.screen.village": "Village board",
    "keys.screen.household": "Household",
    "keys.screen.unresolved": "Unresolved households (2)",
    "keys.screen.tasks": "Task board (3)",
    "keys.screen.reports": "Reports (4)",
    "keys.screen.help": "Help (?)",
    "keys.screen.palette": "Command palette (:)",

    // The palette and help overlay
    "palette.hint": "↑↓ choose  Enter run  1–9 run that one  Esc close",
    "help.section.screen": "This screen",
    "help.section.global": "Everywhere",
    "palette.run": "Run the chosen command",
    "palette.run.short": "run",
    "palette.choose": "Run the command with that number",
    "palette.choose.short": "number",
    "overlay.close": "Close",
    "overlay.close.short": "close",
    "help.more": "↑↓ scroll, {0} more lines",
]

/// Chinese text for the command line's messages (`village-board …` errors and reports on standard error).
let chineseCommandText: [TextKey: String] = [
    "cli.error": "village-board: {0}",
]

/// English text for the command line's messages (`village-board …` errors and reports on standard error).
let englishCommandText: [TextKey: String] = [
    "cli.error": "village-board: {0}",
]

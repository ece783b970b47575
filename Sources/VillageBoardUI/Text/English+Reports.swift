/// English text for the reports screen and exports.
let englishReportsText: [TextKey: String] = [:]

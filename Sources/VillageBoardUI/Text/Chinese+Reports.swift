/// Chinese text for the reports screen and exports.
let chineseReportsText: [TextKey: String] = [:]

/// Chinese text for the unresolved list and the task board.
let chineseListsText: [TextKey: String] = [:]

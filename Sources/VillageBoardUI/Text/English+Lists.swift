/// English text for the unresolved list and the task board.
let englishListsText: [TextKey: String] = [:]

/// Chinese text for the household screen and its forms.
let chineseHouseholdText: [TextKey: String] = [:]

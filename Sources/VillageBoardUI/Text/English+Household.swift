/// English text for the household screen and its forms.
let englishHouseholdText: [TextKey: String] = [:]

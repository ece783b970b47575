/// English text for the rules under a household's status: the status table's refusals, the gate, the code lists' new
/// values, and the labels that say which count is which.
let englishRulesText: [TextKey: String] = [
    "error.transitionNotAllowed": "Cannot go from “{0}” to “{1}”",
    "error.staysMonitored": "Stays monitored: {0}",
    "error.staysMonitored.incomeInMonitoringRange": "per-capita income still within the monitoring range",
    "error.staysMonitored.safetyNetWithoutLabour": "no labour capacity, under safety-net support",
    "error.notApplicableNotAllowed": "“{0}” cannot be marked not applicable",
    "access.action.exitHousehold": "mark a household out of poverty",
    "access.action.eliminateRisk": "mark a household's risk eliminated",
    "access.denied.ownHousehold": "a household's responsible cadre does not decide its status alone",
    "cause.other": "Other",
    "relation.grandparent": "Grandparent",
    "relation.parentInLaw": "Parent-in-law",
    "labour.skilled": "Skilled labour",
    "labour.lost": "Lost labour capacity",
]

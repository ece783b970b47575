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
    // Which count is which: every household (registered or not), registered ones, unresolved ones.
    "report.col.households": "All households (incl. unregistered monitored)",
    "report.col.households.short": "All",
    "report.col.people": "All people",
    "report.col.people.short": "All ppl",
    "report.col.householdsUnresolved": "Unresolved (remaining + monitored at risk)",
    "report.col.householdsUnresolved.short": "Unres.",
    "report.col.peopleUnresolved": "People unresolved",
    "report.col.peopleUnresolved.short": "Ppl unres.",
    "chart.headingPairs": "{0} unresolved ({1} people) · {2} left ({3} people) · {4} to verify · {5} overdue",
    "village.allHouseholds": "{0} households, {1} people in all ({2} registered)",
    "chart.unresolvedPair": "{0} unresolved ({1} people)",
]

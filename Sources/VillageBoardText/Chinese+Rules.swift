/// Chinese text for the rules under a household's status: the status table's refusals, the gate, the code lists' new
/// values, and the labels that say which count is which.
let chineseRulesText: [TextKey: String] = [
    "error.transitionNotAllowed": "不能从“{0}”改为“{1}”",
    "error.staysMonitored": "仍需监测：{0}",
    "error.staysMonitored.incomeInMonitoringRange": "人均纯收入仍在监测范围内",
    "error.staysMonitored.safetyNetWithoutLabour": "无劳动能力的兜底保障户",
    "error.notApplicableNotAllowed": "“{0}”不能标为不适用",
    "access.action.exitHousehold": "标记脱贫",
    "access.action.eliminateRisk": "标注风险消除",
    "access.denied.ownHousehold": "包保干部不能单独决定本户状态",
    "cause.other": "其他",
    "relation.grandparent": "祖父母",
    "relation.parentInLaw": "公婆/岳父母",
    "labour.skilled": "技能劳动力",
    "labour.lost": "丧失劳动力",
    // Which count is which: every household (全部, registered or not), registered ones, unresolved ones.
    "report.col.households": "全部户（含未建档监测户）",
    "report.col.households.short": "全部户",
    "report.col.people": "全部人口",
    "report.col.people.short": "全部人口",
    "report.col.householdsUnresolved": "未解决户（剩余+风险未消除监测户）",
    "report.col.householdsUnresolved.short": "未解决户",
    "report.col.peopleUnresolved": "未解决人口",
    "report.col.peopleUnresolved.short": "未解决人口",
    "chart.headingPairs": "未解决 {0} 户 {1} 人 · 剩余 {2} 户 {3} 人 · 待验收 {4} · 逾期 {5}",
    "village.allHouseholds": "全部 {0} 户 {1} 人（建档 {2} 户）",
    "chart.unresolvedPair": "未解决 {0} 户 {1} 人",
]

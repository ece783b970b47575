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
]

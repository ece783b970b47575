/// Chinese text for issue 13's visits (帮扶记录): a visit for a past day, corrected or voided, and the
/// "not visited for N days" filters.
let chineseVisitsText: [TextKey: String] = [
    // Refusals, in the user's words
    "error.visitFuture": "走访日期 {0} 晚于今天，不能记录还没发生的走访",
    "error.visitBeforeRegistration": "走访日期 {0} 早于该户登记的日期 {1}",
    "error.visitChanged": "第 {0} 次走访记录已被更改，请重新打开再更正",
    // The visit forms
    "visits.form.date": "走访日期",
    "visits.form.visitorLine": "走访人：{0}",
    "visits.form.visitor": "走访人",
    "visits.form.badDate": "日期请写成 2020-06-01",
    "visits.form.future": "不能晚于今天",
    "visits.form.beforeRegistration": "不能早于该户登记日期",
    "visits.form.dateHintToday": "日期可填过去的某天，不晚于今天 {0}",
    "visits.form.dateHint": "日期可填过去的某天：{0} 至 {1}",
    "visits.form.correctTitle": "更正第 {0} 次走访",
    "visits.form.voidTitle": "作废第 {0} 次走访",
    "visits.form.reason": "原因",
    "visits.form.reasonRequired": "请写明原因",
    "visits.form.unchanged": "没有改动，请修改后再保存",
    "visits.form.voidInfo": "作废后这条记录仍保留，标为“已作废”，不再算作走访",
    "visits.form.voided": "{0} · {1}：{2}",
    // The visits pane
    "visits.action.correct": "更正选中的走访",
    "visits.action.correct.short": "更正",
    "visits.action.void": "作废选中的走访",
    "visits.action.void.short": "作废",
    "visits.noVisit": "没有选中的走访记录",
    "visits.reason.visitsPane": "请先切换到走访记录",
    "visits.voided": "已作废",
    "visits.alreadyVoided": "这次走访已作废",
    // History and log
    "visits.hist.corrected": "更正 {0} 的走访：{1}",
    "visits.hist.voided": "作废 {0} 的走访",
    "visits.hist.restored": "恢复已作废的 {0} 走访",
    "visits.hist.day": "日期 {0} → {1}",
    "visits.hist.found": "发现情况 {0} → {1}",
    "visits.hist.done": "采取措施 {0} → {1}",
    "visits.hist.empty": "（空）",
    // "Not visited for N days"
    "visits.action.filterNotVisited": "筛选：多少天未走访（30/60/90 天，再按取消）",
    "visits.action.filterNotVisited.short": "未走访",
    "visits.filter.notVisited": "{0} 天未走访",
    // The command line
    "cli.visit.recorded": "已记录 {0} 的走访（{1}），第 {2} 次",
    "cli.visit.corrected": "已更正 {0} 的第 {1} 次走访",
    "cli.visit.voided": "已作废 {0} 的第 {1} 次走访",
    "cli.visit.badDate": "日期“{0}”无法识别，请写成 2020-06-01",
    "cli.visit.empty": "请至少写明发现情况或采取措施（--found / --done）",
    "cli.visit.noVisit": "户 {0} 没有第 {1} 次走访（共 {2} 次）",
    "cli.visit.reason": "请用 --reason 写明原因",
    "cli.visit.nothing": "没有要更正的内容（--day / --found / --done）",
]

/// Chinese text for the task work of issue 13: `task add`, and the task board's prompts that name the task.
let chineseTaskWorkText: [TextKey: String] = [
    "cli.task.added": "已保存 {0}：新任务 {1}",
    "cli.task.oneSubject": "请用 --household 或 --village 指明任务对象（只能一个）",
    "cli.task.badDue": "“{0}”不是日期（应为 YYYY-MM-DD）",
    "cli.task.noTitle": "任务名称不能为空",
    // The task board's prompts name the task they act on
    "tasks.prompt.verifyTask": "验收“{0}”（{1}，{2}）？备注（可不填），Enter 确认销号，Esc 取消：",
    "tasks.prompt.sendBackTask": "退回“{0}”（{1}）的原因（必填）：",
    "tasks.prompt.reopenTask": "重新打开“{0}”（{1}）的原因（必填）：",
]

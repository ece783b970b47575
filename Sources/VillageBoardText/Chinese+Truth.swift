/// Chinese text for what keeps the screen true: marks saved with their evidence, unverified values, read-only stores.
let chineseTruthText: [TextKey: String] = [
    "hh.prompt.markEvidence": "{0} 标为{1} · 佐证：",
    "hh.prompt.markEvidenceWasNoted": "{0} 标为{1} · 原佐证“{2}” · 新佐证：",
    "cli.notice.readOnlyMedia": "数据所在的文件夹不可写（只读磁盘或没有权限）：已以只读方式打开，不能修改",
    "status.readOnlyMediaRefused": "只读：数据所在的文件夹不可写（只读磁盘或没有权限），不能修改",
    "reports.hiddenColumns": "窗口较窄，另有 {0} 列未显示（放大窗口或导出可见）：{1}",
    "access.maskedShort": "不公开",
    "truth.unverifiedBanner": "⚠ 数据文件被改动：{0} 第 {1} 行起的 {2} 处修改未经核验，标 ⚠ 的数值不可作准；请运行 village-board check",
    "truth.unverifiedMark": "⚠未核验",
    "hh.task.reopened": "{0} 重新打开，原因：{1}",
    "tasks.detail.reopened": "{0} 重新打开：{1}",
    "tasks.cell.reopened": "重开：{0}",
]

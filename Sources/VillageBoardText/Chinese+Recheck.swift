/// 回头看 (issue 14) 的中文: 三项国家指标、对阈值的判断、一致率。
let chineseRecheckText: [TextKey: String] = [
    "recheck.measure.wrongExit": "错退率",
    "recheck.measure.missed": "漏评率",
    "recheck.measure.satisfaction": "群众认可度",
    "recheck.threshold.below": "应低于 {0}",
    "recheck.threshold.above": "应高于 {0}",
    "recheck.verdict.met": "达标",
    "recheck.verdict.uncertain": "样本不足以判断",
    "recheck.verdict.notMet": "未达标",
    "recheck.verdict.noData": "暂无数据",
    "recheck.interval": "{0}（95% 置信区间 {1}–{2}）",
    "recheck.agreement": "一致 {0}/{1} 项（{2}）",
]

/// English text for the 回头看 re-check (issue 14): the three national measures, their verdicts, agreement.
let englishRecheckText: [TextKey: String] = [
    "recheck.measure.wrongExit": "Wrong-exit rate (错退率)",
    "recheck.measure.missed": "Missed rate (漏评率)",
    "recheck.measure.satisfaction": "Satisfaction (认可度)",
    "recheck.threshold.below": "must stay below {0}",
    "recheck.threshold.above": "must stay above {0}",
    "recheck.verdict.met": "met",
    "recheck.verdict.uncertain": "sample too small to tell",
    "recheck.verdict.notMet": "not met",
    "recheck.verdict.noData": "no data yet",
    "recheck.interval": "{0} (95% interval {1}–{2})",
    "recheck.agreement": "{0} of {1} items agree ({2})",
]

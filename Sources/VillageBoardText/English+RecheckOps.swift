/// The 回头看 (issue 14) operations in English: samples and re-checks in history and the log, refusals, the
/// permission table's name.
let englishRecheckOpsText: [TextKey: String] = [
    "access.action.recheck": "re-check (回头看)",
    "recheck.rule.count": "{0} households",
    "recheck.rule.percent": "{0} %",
    "recheck.hist.draw": "Drew re-check sample {0}: {1}, {2}, seed {3}, {4} households drawn",
    "recheck.hist.stratified": ", by village",
    "recheck.hist.period": ", of households exited or risk-eliminated {0} to {1}",
    "recheck.hist.record": "Re-checked (sample {0}): {1}",
    "recheck.hist.agreeAll": "all {0} items agree with the register",
    "recheck.hist.agreed": "{0}/{1} items agree with the register",
    "recheck.hist.disagree": "{0} disagrees with the register ({1}): {2}",
    "recheck.hist.shouldMonitor": "should be monitored",
    "recheck.hist.missed": "added as missed by the register",
    "recheck.hist.satisfied": "the household is satisfied",
    "recheck.hist.notSatisfied": "the household is not satisfied",
    "error.duplicateRecheckSample": "Re-check sample {0} was already drawn",
    "error.unknownRecheckSample": "There is no re-check sample {0}",
    "error.notInRecheckSample": "This household is not in re-check sample {0}; outside the sample only a household the register missed may be added",
    "error.recheckItemTwice": "The re-check gives {0} twice",
    "error.recheckNoteRequired": "The re-check disagrees on {0}: say why in a note",
    "error.malformedRecheck": "Re-check refused: {0}",
]

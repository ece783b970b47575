/// English text for what keeps the screen true: marks saved with their evidence, unverified values, read-only stores.
let englishTruthText: [TextKey: String] = [
    "hh.prompt.markEvidence": "{0} {1} · evidence:",
    "hh.prompt.markEvidenceWasNoted": "{0} {1} · was “{2}” · new evidence:",
    "cli.notice.readOnlyMedia": "the store's folder cannot be written (read-only disk or no permission): opened read-only, nothing can be changed",
    "status.readOnlyMediaRefused": "Read-only: the store's folder cannot be written (read-only disk or no permission)",
    "reports.hiddenColumns": "{0} more columns do not fit (widen the window or export): {1}",
    "access.maskedShort": "hidden",
    "truth.unverifiedBanner": "⚠ A journal was edited: {2} changes from {0} line {1} on are unverified; values marked ⚠ are not to be trusted; run village-board check",
    "truth.unverifiedMark": "⚠unverified",
    "hh.task.reopened": "Reopened by {0}: {1}",
    "tasks.detail.reopened": "reopened by {0}: {1}",
    "tasks.cell.reopened": "reopened: {0}",
]

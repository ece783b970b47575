/// English text for issue 13's visits: a visit for a past day, corrected or voided, and the
/// "not visited for N days" filters.
let englishVisitsText: [TextKey: String] = [
    // Refusals, in the user's words
    "error.visitFuture": "The visit date {0} is after today: a visit that has not happened cannot be recorded",
    "error.visitBeforeRegistration": "The visit date {0} is before the household was registered ({1})",
    "error.visitChanged": "Visit {0} has changed since: open it again to correct it",
    // The visit forms
    "visits.form.date": "Visit date",
    "visits.form.visitorLine": "Visitor: {0}",
    "visits.form.visitor": "Visitor",
    "visits.form.badDate": "Write the date as 2020-06-01",
    "visits.form.future": "Not after today",
    "visits.form.beforeRegistration": "Not before the household was registered",
    "visits.form.dateHintToday": "The date may be a past day, not after today ({0})",
    "visits.form.dateHint": "The date may be a past day: {0} to {1}",
    "visits.form.correctTitle": "Correct visit {0}",
    "visits.form.voidTitle": "Void visit {0}",
    "visits.form.reason": "Reason",
    "visits.form.reasonRequired": "Give a reason",
    "visits.form.unchanged": "Nothing changed: change something before saving",
    "visits.form.voidInfo": "A voided visit stays on record, marked voided, and no longer counts as a visit",
    "visits.form.voided": "{0} · {1}: {2}",
    // The visits pane
    "visits.action.correct": "Correct the selected visit",
    "visits.action.correct.short": "correct",
    "visits.action.void": "Void the selected visit",
    "visits.action.void.short": "void",
    "visits.noVisit": "No visit is selected",
    "visits.reason.visitsPane": "Switch to the visits pane first",
    "visits.voided": "voided",
    "visits.alreadyVoided": "This visit is already voided",
    // History and log
    "visits.hist.corrected": "Visit of {0} corrected: {1}",
    "visits.hist.voided": "Visit of {0} voided",
    "visits.hist.restored": "Voided visit of {0} restored",
    "visits.hist.day": "date {0} → {1}",
    "visits.hist.found": "found {0} → {1}",
    "visits.hist.done": "done {0} → {1}",
    "visits.hist.empty": "(empty)",
    // "Not visited for N days"
    "visits.action.filterNotVisited": "Filter: not visited for 30/60/90 days (again to clear)",
    "visits.action.filterNotVisited.short": "not visited",
    "visits.filter.notVisited": "Not visited for {0} days",
    // The command line
    "cli.visit.recorded": "Visit to {0} recorded ({1}), number {2}",
    "cli.visit.corrected": "Visit {1} of {0} corrected",
    "cli.visit.voided": "Visit {1} of {0} voided",
    "cli.visit.badDate": "Cannot read the date \"{0}\": write it as 2020-06-01",
    "cli.visit.empty": "Say what was found or what was done (--found / --done)",
    "cli.visit.noVisit": "Household {0} has no visit {1} (it has {2})",
    "cli.visit.reason": "Give a reason with --reason",
    "cli.visit.nothing": "Nothing to correct (--day / --found / --done)",
]

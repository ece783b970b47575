/// Everything a user can ask for, whatever key they pressed. Screens handle the ones they bind.
public enum Action: String, CaseIterable, Hashable, Sendable {
    // Moving
    case up, down, left, right, pageUp, pageDown, top, bottom
    case open, back, quit
    case nextPane, previousPane
    // Everywhere
    case help, palette, search, nextMatch, previousMatch, undo
    case goChart, goUnresolved, goTasks, goReports, goLog
    // Conflicts between laptops (docs/SYNC.md)
    case goConflicts
    // The monitoring radar (issue 14)
    case goRadar
    // Battle chart
    case toggleLayout, toggleVillageList
    // The burn-down (issue 16)
    case burnDown
    // Lists
    case sortNext, sortReverse, filterNext, clearFilter
    case filterUnresolved, filterMonitored, filterItem
    // Unresolved list: filter by place, cause, cadre, overdue tasks
    case filterCounty, filterTownship, filterVillage, filterCause, filterCadre, filterOverdue
    // Household and tasks
    case markMet, markNotMet, markNotApplicable, editCheck, editPlan, addVisit, editIncome
    case markTaskDone, verifyTask, sendBackTask, reopenTask
    // Task work (issue 13): mark tasks for a batch verify; create tasks from a measure
    case toggleMark, newTasks, stepBack
    // Village-level targets (issue 13): the pane, and a target's figure
    case villageTargets, editFigure
    // Registering households and keeping their members and cadre (issue 12)
    case registerHousehold, addMember, editMember, moveMember, changeCadre, removeMember
    // The staged exit / risk-elimination procedure (issue 12): the gate screen, its steps, what awaits
    case openExit, proposeExit, approveExit, sendBackExit, rollBackExit, listExits
    // Reports
    case exportCSV, exportJSON
    // The log: filter by who and by date; a task's history
    case filterAuthor, filterFrom, filterTo, filterMine, showHistory
    // Privacy: show the members' ID numbers in full, for roles that may
    case revealIDs
    // Evidence files (issue 21): the list of a task's or household's attachments, attaching one by its path
    case showEvidence, attachEvidence
    // Visits (issue 13): correct or void the selected visit, and the "not visited for N days" filter.
    case correctVisit, voidVisit, filterNotVisited
    // Department cross-check findings (issue 14): look at one, with a note.
    case lookAtFinding
    // 回头看 re-check (issue 14): open the samples, draw one, add a missed household, the results, a task from a
    // disagreement
    case openRecheck, drawSample, addMissed, recheckResults, recheckTask
    // Menus
    // Task board filters beyond the list's: a state chooser and tasks due this week
    case filterState, filterDueWeek
    case choose1, choose2, choose3, choose4, choose5, choose6, choose7, choose8, choose9
}

/// English text for the task work of issue 13: batches of tasks on the command line, and prompts that name the task.
let englishTaskWorkText: [TextKey: String] = [
    "cli.task.noIds": "no task ids given: name them after the command, or use --from FILE (one a line)",
    "cli.task.refused": "task {0} not saved: {1}",
    "cli.task.batchRefused": "saved {0} of {1}; {2} refused (see above)",
    "cli.task.added": "saved {0}: new task {1}",
    "cli.task.oneSubject": "name the task's subject with --household or --village (exactly one)",
    "cli.task.badDue": "'{0}' is not a date (YYYY-MM-DD)",
    "cli.task.noTitle": "a task needs a title",
    // The task board's prompts name the task they act on
    "tasks.prompt.verifyTask": "Verify '{0}' ({1})? Enter strikes it off, Esc cancels",
    "tasks.prompt.sendBackTask": "Reason for sending back '{0}' ({1}) (required):",
    "tasks.prompt.reopenTask": "Reason for reopening '{0}' ({1}) (required):",
]

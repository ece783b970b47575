/// English text for the task work of issue 13: `task add`, and the task board's prompts that name the task.
let englishTaskWorkText: [TextKey: String] = [
    "cli.task.added": "saved {0}: new task {1}",
    "cli.task.oneSubject": "name the task's subject with --household or --village (exactly one)",
    "cli.task.badDue": "'{0}' is not a date (YYYY-MM-DD)",
    "cli.task.noTitle": "a task needs a title",
    // The task board's prompts name the task they act on
    "tasks.prompt.verifyTask": "Verify '{0}' ({1}, {2})? Note (optional), Enter strikes it off, Esc cancels:",
    "tasks.prompt.sendBackTask": "Reason for sending back '{0}' ({1}) (required):",
    "tasks.prompt.reopenTask": "Reason for reopening '{0}' ({1}) (required):",
]

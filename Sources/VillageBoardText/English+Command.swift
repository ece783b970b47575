/// English text for the command line's messages (`village-board …` errors and notices on standard error).
let englishCommandText: [TextKey: String] = [
    "cli.error": "village-board: {0}",

    // What a command did
    "cli.demoFarewell": "The demo and your changes are kept in {0}\n  reopen it with: village-board --store {0}",
    "cli.check.note": "note: {0}",
    "cli.check.clean": "{0}: no problems",
    "cli.task.saved": "saved {0}: task {1} is now {2}",
    "cli.user.added": "added {0} ({1}, {2})",
    "cli.user.pinChanged": "PIN of {0} changed",
    "cli.user.disabled": "{0} disabled",
    "cli.user.enabled": "{0} enabled",
    "cli.pin.prompt": "PIN for {0}: ",
    "cli.pin.newPrompt": "new PIN for {0}: ",
    "cli.pin.againPrompt": "the same PIN again: ",
    "cli.compacted": "compacted {0}",
    "cli.wrote": "wrote {0}",
    "cli.wroteRows": "wrote {0}: {1} rows",
    "cli.init.demo": "created a demo store at {0}",
    "cli.init.empty": "created an empty store at {0}",

    // Finding and opening the store
    "cli.noStoreHow": """
        no store at {0}.
          create one:        village-board init --store {0}
          with demo data:    village-board init --store {0} --demo
          or just look:      village-board --demo
        """,
    "cli.noStoreAt": "no store at {0} (no store.json)",
    "cli.locked": "another Village Board has the store open; try again later",
    "cli.lockedWriting": "another Village Board has the store open for writing; close it and try again",
    "cli.empty": "the store is empty: nothing to report",
    "cli.cannotRead": "cannot read {0}",
    "cli.inFile": "{0}: {1}",
    "cli.savedThen": "saved {0} changes, then: {1}",

    // Arguments that name nothing in the store
    "cli.badCode": "'{0}' is not a 12-digit division code",
    "cli.scopeCode": "--scope must be a 12-digit division code (got '{0}')",
    "cli.noUnit": "no unit {0} in this store",
    "cli.noUser": "no user '{0}' in this store",
    "cli.noTask": "no task '{0}'",
    "cli.noHousehold": "no household '{0}' in this store",

    // PINs and who is acting
    "cli.pin.noActiveUser": "no active user '{0}' in this store (users include: {1})",
    "cli.pin.needed": "a PIN is needed for {0}: give --pin, set $VILLAGE_BOARD_PIN, or run at a terminal",
    "cli.pin.disabled": "the account '{0}' is disabled",
    "cli.pin.noPin": "'{0}' has no PIN yet; an admin sets one with `village-board user passwd {0}`",
    "cli.pin.wrong": "wrong PIN for '{0}'; the next try must wait {1} s",
    "cli.pin.mustWait": "too many wrong PINs for '{0}'; try again in {1} s",
    "cli.pin.newNeeded": "a new PIN is needed: give --new-pin, set $VILLAGE_BOARD_NEW_PIN, or run at a terminal",
    "cli.pin.differ": "the two PINs differ; nothing changed",
    "cli.pin.notDigits": "a PIN is made of digits 0–9 only",
    "cli.pin.length": "a PIN has {0} to {1} digits, not {2}",
    "cli.pin.hashFailed": "the PIN could not be hashed: {0}",
    "cli.user.role": "unknown role '{0}'; one of {1}",
    "cli.user.adminLists": "only an admin lists the users",
    "cli.init.demoAdmin": "the demo has its users already (PIN {0}); --admin is for an empty store",

    // Commands
    "cli.check.problem": "{0} problem in {1}",
    "cli.check.problems": "{0} problems in {1}",
    "cli.conflicts.noSuch": "no conflict {0} (there are {1})",
    "cli.conflicts.noSide": "conflict {0} has no side {1}",
    "cli.conflicts.outsideScope": "{0} may not settle {1}: it lies outside their scope",
    "cli.conflicts.cannotTake": "side {0} cannot be taken from where {1} is now; change it on its screen",
    "cli.import.badRows": "{0} of {1} rows have problems; nothing was imported (fix them, or use --skip-invalid to import the good rows)",
    "cli.sync.noStore": "no store at {0} (no store.json); to start one from a bundle: village-board sync BUNDLE --store {0} --new-store",
    "cli.sync.what": "say what to merge: village-board sync PATH (a store folder or a bundle file)",
    "cli.bundle.since": "--since must be LAPTOP=SEQ,… or YYYY-MM-DD (got '{0}')",
    "cli.export.fullIDs": "full ID numbers are for an admin only: add --as with an admin's user id",
    "cli.export.xlsxOut": "an .xlsx workbook needs --out FILE",
    "cli.print.which": "say which household: village-board print household ID",

    // The store's errors (StoreError)
    "cli.store.notAStore": "{0} is not a Village Board store (no store.json). Create one with `village-board init --store {0}` or try the demo with `village-board --demo`.",
    "cli.store.alreadyExists": "{0} already holds a store; choose an empty folder.",
    "cli.store.newerFormat": "{0}/store.json is format {1}, made by a newer Village Board; this program reads up to format {2}. Upgrade the program; the store was not changed.",
    "cli.store.malformed": "{0}. The store was not changed; fix or remove that line (see docs/STORE.md) and open again.",
    "cli.store.sequenceGap": "{0} line {1}, field \"seq\": expected {2}, found {3}. Lines are missing or out of order; restore the file from a copy. The store was not changed.",
    "cli.store.wrongDevice": "{0} line {1}, field \"dev\": expected {2}, found {3}. Each laptop's journal holds only its own operations. The store was not changed.",
    "cli.store.readOnly": "the store is open read-only ({0}); nothing was saved",
    "cli.store.unsigned": "{0}'s signing key is not unlocked: log in as {0} with their PIN (or `village-board unlock`); nothing was saved",

    // Merging (SyncError) and importing (ImportFailure)
    "cli.sync.notFound": "{0} is neither a store folder (no store.json) nor a bundle file",
    "cli.sync.malformed": "{0} line {1}: {2}; nothing was merged",
    "cli.sync.wrongDevice": "{0} line {1}, field \"dev\": expected {2}, found {3}; nothing was merged",
    "cli.sync.sequenceGap": "{0} line {1}, field \"seq\": expected {2}, found {3}; nothing was merged",
    "cli.sync.divergent": "laptop {0}'s operation {1} differs between the two stores: the same laptop name wrote two histories (was a store folder copied and used on two laptops?). Nothing was merged; see docs/SYNC.md",
    "cli.sync.missingLines": "the other side's operations of laptop {0} start at {2}, but this store has only up to {1}: ask for a bundle made with --since {0}={1}. Nothing was merged",
    "cli.sync.ownAhead": "the other side holds operations of this laptop ({0}) up to {2}, but this laptop has only {1}: two laptops use the same name (set VILLAGE_BOARD_DEVICE). Nothing was merged",
    "cli.sync.differentBase": "the two stores began from different boards (base.jsonl differs): they are not copies of one store. Nothing was merged",
    "cli.import.noHeader": "the file is empty: the first row must name the columns (see docs/IMPORT.md)",
    "cli.import.missingColumn": "row 1: required column missing: {0} (see docs/IMPORT.md)",
    "cli.import.missingColumns": "row 1: required columns missing: {0} (see docs/IMPORT.md)",

    // The file system's refusals (FileError): what was being done, then the system's reason
    "cli.file.open": "cannot open {0}",
    "cli.file.read": "cannot read {0}",
    "cli.file.write": "cannot write to {0}",
    "cli.file.sync": "cannot flush {0} to disk",
    "cli.file.rename": "cannot rename {0} to {1}",
    "cli.file.createFolder": "cannot create folder {0}",
    "cli.file.list": "cannot list folder {0}",
    "cli.file.remove": "cannot remove {0}",
    "cli.file.lock": "cannot lock {0}",
    "cli.file.inspect": "cannot inspect {0}",
    "cli.file.setPermissions": "cannot make {0} private to its owner",
    "cli.file.truncate": "cannot cut back {0}",
    "cli.file.because": "{0}: {1} (errno {2})",

    // What opening a store noticed (StoreNotice)
    "cli.notice.tornTailMoved": "{0} line {1} was cut off (power cut?); it was never saved and was moved to {2}",
    "cli.notice.tornTail": "{0} line {1} was cut off (power cut?) and was skipped",
    "cli.notice.locked": "another Village Board has this store open: opened read-only",
    "cli.notice.readOnly": "opened read-only",
    "cli.notice.migrated": "the store was upgraded from format {0} to {1}",
    "cli.notice.refused": "{0} line {1} was not applied: {2}",
    "cli.notice.chainBroken": "{0} line {1}: {2}; run `village-board check`",
    "cli.notice.unsigned": "{1} line(s) of {0} are unsigned (their authors had no signing key yet): nothing proves who wrote them",
    "cli.session.noKey": "'{0}' has no signing key yet: set the PIN again (`village-board user passwd {0}`)",
    "cli.session.unlocked": "unlocked {0} on {1} until 15 minutes pass without a command (`village-board lock` ends it)",
    "cli.session.none": "no unlocked session on {0}",
    "cli.session.locked": "locked ({0} session(s) ended)",
    "cli.chain.edited": "hash chain broken (edited line: its content does not match its hash)",
    "cli.chain.broken": "hash chain broken (removed or reordered line: it does not follow the line before it)",
    "cli.chain.unchained": "hash chain broken (a line without a hash after hashed lines: added or edited by hand)",
]

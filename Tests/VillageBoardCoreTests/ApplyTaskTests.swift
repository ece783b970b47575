import Testing
@testable import VillageBoardCore

/// Tasks through `Board.apply`: open → done → verified, sent back, reopened; and their refusals.
@Suite struct ApplyTaskTests {
    let h1 = HouseholdID("220622101201-0001")
    let houseTask = TaskID("t-house")
    let roadTask = TaskID("t-road")

    /// One household in 太平村 with a household task (due 2020-07-01) and a village task for 太平村.
    func board() -> Board {
        var b = Fixture.board()
        b.must(.registerHousehold(Fixture.household(h1.raw)))
        b.must(.addTask(Fixture.task(houseTask.raw, about: .household(h1))), by: Fixture.supervisor)
        b.must(.addTask(Fixture.task(roadTask.raw, about: .village(Fixture.taiping), due: day("2020-10-01"))),
               by: Fixture.supervisor)
        return b
    }

    func counts(_ b: Board, _ c: DivisionCode = Fixture.taiping) -> [Int] {
        let r = b.rollup(c)
        return [r.tasksOpen, r.tasksDone, r.tasksVerified, r.tasksOverdue]
    }

    @Test func addTaskCountsOpenTasksInTheVillageAndAbove() {
        let b = board()
        for c in [Fixture.taiping, Fixture.sandaohu, Fixture.jingyu, Fixture.city] {
            #expect(counts(b, c) == [2, 0, 0, 0], "at \(c)")
        }
        #expect(counts(b, Fixture.fusong) == [0, 0, 0, 0])
        #expect(b.taskIndices(forHousehold: h1) == [0])
        #expect(b.taskIndices(inVillage: Fixture.taiping) == [0, 1])
        #expect(b.taskIndices(under: Fixture.jingyu) == [0, 1])
        #expect(b.taskIndices(under: Fixture.fusong).isEmpty)
        #expect(b.village(of: b.task(houseTask)!) == Fixture.taiping)
    }

    @Test func addTaskRefusals() {
        var b = board()
        b.mustRefuse(.addTask(Fixture.task(houseTask.raw, about: .village(Fixture.banshi))), by: Fixture.admin, .duplicateTask(houseTask))
        let ghost = HouseholdID("nobody")
        b.mustRefuse(.addTask(Fixture.task("t-2", about: .household(ghost))), .unknownHousehold(ghost))
        let nowhere = code("220622101288")
        b.mustRefuse(.addTask(Fixture.task("t-3", about: .village(nowhere))), .unknownUnit(nowhere))
        b.mustRefuse(.addTask(Fixture.task("t-4", about: .village(Fixture.jingyu))), .notAVillage(Fixture.jingyu))
    }

    @Test func openDoneVerified() {
        var b = board()
        b.setToday(day("2020-06-20"))
        b.must(.markTaskDone(houseTask, note: "已签约"), by: Fixture.secretary)
        var t = b.task(houseTask)!
        #expect(t.state == .done)
        #expect(t.doneBy == Fixture.secretary && t.doneOn == day("2020-06-20") && t.doneNote == "已签约")
        #expect(counts(b) == [1, 1, 0, 0])

        b.setToday(day("2020-06-25"))
        b.must(.verifyTask(houseTask), by: Fixture.supervisor)
        t = b.task(houseTask)!
        #expect(t.state == .verified)
        #expect(t.verifiedBy == Fixture.supervisor && t.verifiedOn == day("2020-06-25"))
        #expect(t.doneBy == Fixture.secretary, "verification keeps who did the work")
        #expect(counts(b) == [1, 0, 1, 0])
        #expect(counts(b, Fixture.city) == [1, 0, 1, 0])
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func doneSentBackIsOpenWithTheReasonKept() {
        var b = board()
        b.must(.markTaskDone(houseTask, note: "done"), by: Fixture.secretary)
        b.must(.sendBackTask(houseTask, reason: "缺少签约照片"), by: Fixture.supervisor)
        let t = b.task(houseTask)!
        #expect(t.state == .open)
        #expect(t.returnReason == "缺少签约照片" && t.returnedBy == Fixture.supervisor)
        #expect(!t.reopened, "sent back, not reopened")
        #expect(t.verifiedBy == nil)
        #expect(counts(b) == [2, 0, 0, 0])
        // Done again and verified; the last reason stays on record.
        b.must(.markTaskDone(houseTask, note: "补充照片"), by: Fixture.secretary)
        b.must(.verifyTask(houseTask), by: Fixture.supervisor)
        #expect(b.task(houseTask)?.returnReason == "缺少签约照片")
        #expect(b.task(houseTask)?.doneNote == "补充照片")
    }

    /// The radar's "sent back twice or more" reads the count `apply` keeps; reopening a verified task is not a send-back.
    @Test func eachSendBackIsCountedOnTheTask() {
        var b = board()
        #expect(b.task(houseTask)?.sendBacks == 0)
        for n in 1...2 {
            b.must(.markTaskDone(houseTask, note: "done"), by: Fixture.secretary)
            b.must(.sendBackTask(houseTask, reason: "第\(n)次退回"), by: Fixture.supervisor)
            #expect(b.task(houseTask)?.sendBacks == n)
        }
        #expect(Radar(board: b, scope: nil).positions(.sentBackTwice) == [b.tasks.firstIndex { $0.id == houseTask }].compactMap { $0 })
        b.must(.markTaskDone(houseTask, note: "done"), by: Fixture.secretary)
        b.must(.verifyTask(houseTask), by: Fixture.supervisor)
        #expect(Radar(board: b, scope: nil).count(.sentBackTwice) == 0, "a verified task is no longer a warning")
        b.must(.reopenTask(houseTask, reason: "回头看"), by: Fixture.supervisor)
        #expect(b.task(houseTask)?.sendBacks == 2)
    }

    @Test func verifiedReopenedWithAReason() {
        var b = board()
        b.must(.markTaskDone(roadTask, note: ""), by: Fixture.secretary)
        b.must(.verifyTask(roadTask), by: Fixture.head)
        b.mustRefuse(.reopenTask(roadTask, reason: ""), by: Fixture.supervisor, .reasonRequired)
        b.mustRefuse(.reopenTask(roadTask, reason: "   "), by: Fixture.supervisor, .reasonRequired)
        b.must(.reopenTask(roadTask, reason: "回头看: 路面开裂"), by: Fixture.supervisor)
        let t = b.task(roadTask)!
        #expect(t.state == .open)
        #expect(t.returnReason == "回头看: 路面开裂" && t.returnedBy == Fixture.supervisor)
        #expect(t.reopened, "a reopen is told as a reopen, not as sent back")
        #expect(t.verifiedBy == nil && t.verifiedOn == nil)
        #expect(counts(b) == [2, 0, 0, 0])
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func wrongStateRefusals() {
        var b = board()
        // open: cannot be verified, sent back or reopened
        b.mustRefuse(.verifyTask(houseTask), by: Fixture.supervisor, .wrongTaskState(houseTask, expected: .done, actual: .open))
        b.mustRefuse(.sendBackTask(houseTask, reason: "x"), by: Fixture.supervisor,
                     .wrongTaskState(houseTask, expected: .done, actual: .open))
        b.mustRefuse(.reopenTask(houseTask, reason: "x"), by: Fixture.supervisor,
                     .wrongTaskState(houseTask, expected: .verified, actual: .open))
        // done: cannot be marked done again or reopened
        b.must(.markTaskDone(houseTask, note: ""))
        b.mustRefuse(.markTaskDone(houseTask, note: ""), .wrongTaskState(houseTask, expected: .open, actual: .done))
        b.mustRefuse(.reopenTask(houseTask, reason: "x"), by: Fixture.supervisor,
                     .wrongTaskState(houseTask, expected: .verified, actual: .done))
        // verified: cannot be done, verified or sent back
        b.must(.verifyTask(houseTask), by: Fixture.supervisor)
        b.mustRefuse(.markTaskDone(houseTask, note: ""), .wrongTaskState(houseTask, expected: .open, actual: .verified))
        b.mustRefuse(.verifyTask(houseTask), by: Fixture.head, .wrongTaskState(houseTask, expected: .done, actual: .verified))
        b.mustRefuse(.sendBackTask(houseTask, reason: "x"), by: Fixture.head,
                     .wrongTaskState(houseTask, expected: .done, actual: .verified))
    }

    @Test func nobodyVerifiesTheirOwnWork() {
        var b = board()
        // A supervisor's own task, marked done by them: they may not verify it; the county office head may.
        let own = TaskID("t-own")
        b.must(.addTask(Fixture.task(own.raw, about: .household(h1), owner: Fixture.supervisor)), by: Fixture.supervisor)
        b.must(.markTaskDone(own, note: ""), by: Fixture.supervisor)
        b.mustRefuse(.verifyTask(own), by: Fixture.supervisor, .selfVerification(own, Fixture.supervisor))
        b.must(.verifyTask(own), by: Fixture.head)
        #expect(b.task(own)?.verifiedBy == Fixture.head)
    }

    @Test func sendingBackNeedsAReason() {
        var b = board()
        b.must(.markTaskDone(houseTask, note: ""))
        b.mustRefuse(.sendBackTask(houseTask, reason: ""), by: Fixture.supervisor, .reasonRequired)
        b.mustRefuse(.sendBackTask(houseTask, reason: "\n"), by: Fixture.supervisor, .reasonRequired)
        #expect(b.task(houseTask)?.state == .done)
    }

    @Test func unknownTaskRefusals() {
        var b = board()
        let ghost = TaskID("t-ghost")
        b.mustRefuse(.markTaskDone(ghost, note: ""), .unknownTask(ghost))
        b.mustRefuse(.verifyTask(ghost), .unknownTask(ghost))
        b.mustRefuse(.sendBackTask(ghost, reason: "r"), .unknownTask(ghost))
        b.mustRefuse(.reopenTask(ghost, reason: "r"), .unknownTask(ghost))
    }

    // MARK: Overdue

    @Test func overdueIsOpenPastItsDueDay() {
        var b = board()  // house task due 2020-07-01, road task due 2020-10-01
        b.setToday(day("2020-07-01"))
        #expect(counts(b)[3] == 0, "due today is not overdue")
        b.setToday(day("2020-07-02"))
        #expect(counts(b)[3] == 1)
        #expect(b.rollup(Fixture.city).tasksOverdue == 1)
        b.setToday(day("2020-10-02"))
        #expect(counts(b)[3] == 2)
        // Marking done takes a task out of overdue; sending it back puts it in again.
        b.must(.markTaskDone(houseTask, note: ""))
        #expect(counts(b) == [1, 1, 0, 1])
        b.must(.sendBackTask(houseTask, reason: "返工"), by: Fixture.supervisor)
        #expect(counts(b) == [2, 0, 0, 2])
        // Moving today back makes nothing overdue.
        b.setToday(day("2020-01-01"))
        #expect(counts(b, Fixture.city)[3] == 0)
        #expect(rollupDifference(b.rollups, b.recountedRollups()) == nil)
    }

    @Test func taskStateChangesAreInTheTaskHistory() {
        var b = board()
        b.must(.markTaskDone(houseTask, note: ""))
        b.must(.sendBackTask(houseTask, reason: "r"), by: Fixture.supervisor)
        b.must(.markTaskDone(roadTask, note: ""))
        #expect(b.history(ofTask: houseTask).map(\.change.kind.rawValue) == ["addTask", "markTaskDone", "sendBackTask"])
        #expect(b.history(ofTask: roadTask).map(\.change.kind.rawValue) == ["addTask", "markTaskDone"])
        #expect(b.history(ofTask: TaskID("none")).isEmpty)
    }
}

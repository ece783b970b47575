import Testing
import VillageBoardCore

/// The progress meter a long command's line reads: stages of fixed weight, each counting its own units.
@Suite("Work meter")
struct WorkMeterTests {
    @Test func saysNothingUntilTheWorkSaysHowMuchItExpects() {
        let meter = WorkMeter()
        #expect(meter.fraction == nil)
        meter.advance(10)
        #expect(meter.fraction == nil, "units done before any are expected count for nothing")
        meter.expect(200)
        meter.advance(50)
        #expect(meter.fraction == 0.25)
    }

    @Test func aLaterStageLearningItsSizeNeverMovesTheWholeBack() {
        let meter = WorkMeter(stages: [3, 1])
        meter.expect(1000)
        meter.advance(1000)
        #expect(meter.fraction == 0.75)
        meter.nextStage()
        #expect(meter.fraction == 0.75, "the second stage has not said its size yet")
        meter.expect(10)
        #expect(meter.fraction == 0.75)
        meter.advance(5)
        #expect(meter.fraction == 0.875)
        meter.nextStage()
        #expect(meter.fraction == 1)
        meter.nextStage()
        #expect(meter.fraction == 1, "a stage past the last is still all done")
    }

    @Test func moreWorkFoundInTheSameStageHoldsStillRatherThanGoingBack() {
        // A store is written (its households counted), then opened again (its bytes counted) in one stage.
        let meter = WorkMeter()
        meter.expect(100)
        meter.advance(90)
        #expect(meter.fraction == 0.9)
        meter.expect(900)
        #expect(meter.fraction == 0.9)
        meter.advance(900)
        #expect(meter.fraction == 0.99)
    }

    @Test func neverPassesTheWholeNorTrapsOnHugeCounts() {
        let meter = WorkMeter(stages: [1, .nan, -4, .infinity])
        meter.expect(Int.max)
        meter.expect(Int.max)
        meter.advance(Int.max)
        meter.advance(Int.max)
        #expect(meter.fraction == 1)
        meter.expect(-5)
        meter.advance(-5)
        #expect(meter.fraction == 1)
    }

    @Test func aBatchTellsTheMeterInLumpsAndAllOfItWhenFlushed() {
        let meter = WorkMeter()
        meter.expect(100)
        var batch = WorkMeter.Batch(meter, every: 40)
        for _ in 0..<30 { batch.advance(1) }
        #expect(meter.fraction == 0)
        for _ in 0..<10 { batch.advance(1) }
        #expect(meter.fraction == 0.4)
        for _ in 0..<5 { batch.advance(1) }
        batch.flush()
        #expect(meter.fraction == 0.45)
    }

    @Test func theMeterOfTheWorkUnderWayIsSeenByWhatItCalls() {
        let meter = WorkMeter()
        #expect(WorkMeter.current == nil)
        WorkMeter.$current.withValue(meter) {
            WorkMeter.current?.expect(4)
            WorkMeter.current?.advance(1)
        }
        #expect(meter.fraction == 0.25)
        #expect(WorkMeter.current == nil)
    }
}

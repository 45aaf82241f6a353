import SlantText
import Synchronization
import Testing

/// Large parallel maps report their progress to the installed reporter; small ones and maps
/// with no reporter stay quiet. (The reporter is global and other suites run at the same time,
/// so each test looks only at reports of its own unit.)
@Suite("Work progress", .serialized)
struct WorkProgressTests {
    final class Reports: Sendable {
        let list = Mutex<[WorkProgress]>([])
        var all: [WorkProgress] { list.withLock { $0 } }
    }

    @Test func aLargeMapReportsUpToTheEnd() {
        let reports = Reports()
        WorkProgressReporting.install { progress in reports.list.withLock { $0.append(progress) } }
        defer { WorkProgressReporting.install(nil) }
        let doubled = ParallelMap.map(Array(0..<2000), unit: "large-test-items") { $0 * 2 }
        #expect(doubled == (0..<2000).map { $0 * 2 })
        let all = reports.all.filter { $0.unit == "large-test-items" }
        #expect(all.count >= 2)
        #expect(all.allSatisfy { $0.total == 2000 && $0.done <= 2000 })
        #expect(all.last?.isFinished == true)
        #expect(all.filter(\.isFinished).count == 1)
    }

    @Test func smallMapsAndNoReporterAreQuiet() {
        let reports = Reports()
        WorkProgressReporting.install { progress in reports.list.withLock { $0.append(progress) } }
        _ = ParallelMap.map(Array(0..<(WorkProgressReporting.minimumItems - 1)), unit: "quiet-test-items") { $0 + 1 }
        WorkProgressReporting.install(nil)
        _ = ParallelMap.map(Array(0..<5000), unit: "quiet-test-items") { $0 + 1 }
        #expect(reports.all.filter { $0.unit == "quiet-test-items" }.isEmpty)
    }

    @Test func rateAndTimeLeft() {
        let half = WorkProgress(done: 500, total: 1000, unit: "documents", elapsed: 2)
        #expect(half.rate == 250)
        #expect(half.secondsLeft == 2)
        #expect(WorkProgress(done: 0, total: 10, unit: "documents", elapsed: 0).secondsLeft == nil)
    }
}

import Dispatch
import Synchronization

/// How far a long piece of work over many items (documents, groups) has got.
public struct WorkProgress: Sendable, Hashable {
    /// Items finished, of `total`.
    public var done: Int
    public var total: Int
    /// What is counted: "documents", "groups".
    public var unit: String
    /// Seconds since the work started.
    public var elapsed: Double

    public init(done: Int, total: Int, unit: String, elapsed: Double) {
        self.done = done
        self.total = total
        self.unit = unit
        self.elapsed = elapsed
    }

    public var isFinished: Bool { done >= total }

    /// Items per second so far; nil before any time has passed.
    public var rate: Double? { elapsed > 0 ? Double(done) / elapsed : nil }

    /// Seconds left at the rate so far; nil until something is done.
    public var secondsLeft: Double? {
        guard done > 0, let rate, rate > 0 else { return nil }
        return Double(total - done) / rate
    }
}

/// Where long work reports its progress. The library never prints: a front end installs a
/// reporter (the `slant` tool draws a progress line when standard error is a terminal), and
/// ``ParallelMap`` reports every map over ``minimumItems`` items or more to it.
public enum WorkProgressReporting {
    /// Work over fewer items is quick enough to go unreported.
    public static let minimumItems = 1000

    /// Installs `reporter` (nil removes it). It is called from worker threads, at most every
    /// 1/64 of the work, and once with the finished state at the end.
    public static func install(_ reporter: (@Sendable (WorkProgress) -> Void)?) {
        current.withLock { $0 = reporter }
    }

    /// A tracker for work over `total` items, or nil when nobody listens or the work is small.
    public static func track(total: Int, unit: String) -> WorkTracker? {
        guard total >= minimumItems, let reporter = current.withLock({ $0 }) else { return nil }
        return WorkTracker(total: total, unit: unit, reporter: reporter)
    }

    private static let current = Mutex<(@Sendable (WorkProgress) -> Void)?>(nil)
}

/// Counts finished items of one piece of work from any thread and reports to the installed reporter.
public final class WorkTracker: Sendable {
    private let total: Int
    private let unit: String
    private let reporter: @Sendable (WorkProgress) -> Void
    private let started = DispatchTime.now()
    private let done = Atomic<Int>(0)
    /// Report when the count crosses a multiple of this.
    private let step: Int

    init(total: Int, unit: String, reporter: @escaping @Sendable (WorkProgress) -> Void) {
        self.total = total
        self.unit = unit
        self.reporter = reporter
        step = max(1, total / 64)
    }

    /// One more item finished.
    public func advance() {
        let count = done.wrappingAdd(1, ordering: .relaxed).newValue
        if count % step == 0 && count < total { report(count) }
    }

    /// The work is over: reports it finished.
    public func finish() {
        report(total)
    }

    private func report(_ count: Int) {
        let nanoseconds = DispatchTime.now().uptimeNanoseconds &- started.uptimeNanoseconds
        reporter(WorkProgress(done: count, total: total, unit: unit, elapsed: Double(nanoseconds) / 1e9))
    }
}

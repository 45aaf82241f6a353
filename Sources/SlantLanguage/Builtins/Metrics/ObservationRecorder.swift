import SlantMetrics

/// Collects the observations of the metric calls evaluated inside `compare(…)`.
///
/// `compare` binds a recorder while it evaluates its metric on each group; a metric that can be
/// compared hands it the ``Observation``s its number is a ratio of (one per mention for a mean,
/// one per sentence for a rate) and the ``RatioStatistic`` that turns them into the number:
///
///     ObservationRecorder.current?.record(metric: label, statistic: .perThousand, observations: …)
///
/// Outside `compare` there is no recorder and metrics build no observations. Like
/// ``EvidenceRecorder``, a task-local value that follows the (single-threaded) evaluation.
final class ObservationRecorder: @unchecked Sendable {
    struct Entry {
        /// The call as written (`tone(Russia)`).
        var metric: String
        var statistic: RatioStatistic
        var observations: [Observation]
    }

    // Only the evaluation thread that bound the recorder appends to it.
    private(set) var entries: [Entry] = []

    func record(metric: String, statistic: RatioStatistic, observations: [Observation]) {
        entries.append(Entry(metric: metric, statistic: statistic, observations: observations))
    }

    @TaskLocal static var current: ObservationRecorder?
}

extension ObservationRecorder {
    /// For metric builtins: hands `compare` the observations behind the number `call` computes,
    /// when `compare` is listening (otherwise `observations` is never evaluated). Call it once
    /// per computation over a set of documents.
    static func offer(_ call: BuiltinCall, statistic: RatioStatistic, _ observations: () -> [Observation]) {
        guard let recorder = current else { return }
        recorder.record(metric: call.interpreter.text(of: call.range), statistic: statistic, observations: observations())
    }
}

import SlantMetrics

/// Collects the evidence of the metric calls evaluated inside `explain(…)`.
///
/// `explain` binds a recorder for the time it evaluates its argument; every metric builtin
/// run through ``MetricBridge`` hands it its evidence, labelled with the call's source text
/// (`mentions(Russia)`). Outside `explain` there is no recorder and metrics build no evidence.
/// A task-local value, so it follows the evaluation (which runs on one thread) and nothing
/// else; it needs no field on the interpreter.
final class EvidenceRecorder: @unchecked Sendable {
    // Only the evaluation thread that bound the recorder appends to it.
    private(set) var entries: [(metric: String, evidence: [Evidence])] = []

    func record(metric: String, _ evidence: [Evidence]) {
        entries.append((metric, evidence))
    }

    var count: Int { entries.reduce(0) { $0 + $1.evidence.count } }

    @TaskLocal static var current: EvidenceRecorder?
}

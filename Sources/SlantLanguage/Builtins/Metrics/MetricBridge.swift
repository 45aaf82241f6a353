import SlantMetrics
import SlantText

/// What a metric computes over one set of documents.
struct MetricOutput {
    /// The result: one record of fields (a summary), or rows (a table).
    enum Shape {
        case record([(String, Value)])
        case rows(columns: [String], rows: [[Value]])
    }

    var shape: Shape
    /// The evidence behind the result; called only when `explain` asks for it.
    var evidence: () -> [Evidence]

    init(_ shape: Shape, evidence: @escaping () -> [Evidence]) {
        self.shape = shape
        self.evidence = evidence
    }
}

/// Runs metric builtins the same way for every metric, so each gets grouping and `explain` for free.
///
/// A metric builtin's first parameter is `input`: a table of documents (from `corpus()`), a
/// grouped table, or — when nothing is piped — the metric's first argument (an actor), in
/// which case the documents are the current row's document (inside `derive`, `select`,
/// `where`), the stage input `it` (inside `table(…)` after `by`), or else the session's
/// corpus (see ``input(of:)``, which also says whether the arguments are shifted). The metric
/// computes a ``MetricOutput`` from a list of analysed documents; the bridge then
/// - returns a record (or a table of rows) for a table of documents;
/// - for a grouped table, computes once per group and returns a table with the key columns
///   first: one row per group for records, the groups' rows one after the other for rows
///   (columns that repeat a key column are dropped);
/// - under `explain`, hands the evidence to the ``EvidenceRecorder``.
enum MetricBridge {
    /// The documents a metric call measures: one list, or groups of them.
    enum Input {
        case documents([AnalysedDocument])
        case groups(GroupedTable)
    }

    /// Where the call's documents come from. `shifted` is true when `input` holds the first
    /// real argument (nothing was piped).
    static func input(of call: BuiltinCall) throws(RuntimeError) -> (input: Input, shifted: Bool) {
        switch call.value("input") {
        case .table(let table)?:
            return (.documents(try documents(of: table, call: call, parameter: "input")), false)
        case .grouped(let grouped)?:
            return (.groups(grouped), false)
        case nil, .nil?, .some:
            return (try defaultInput(call), true)
        }
    }

    /// With nothing piped: the current row's document (inside `derive`, `select`, `where`), or
    /// the stage input `it` when it is a table of documents (`table(m = mentions(A).n)` after
    /// `by`, which evaluates `mentions(A).n` with the group as `it`), else the session's corpus.
    private static func defaultInput(_ call: BuiltinCall) throws(RuntimeError) -> Input {
        var scope: Environment? = call.environment
        while let current = scope {
            if case .tableRow(let table, let index)? = current.row, table.rows.indices.contains(index),
               let analysis = table.rows[index].analysis {
                return .documents([analysis])
            }
            if current.localNames.contains("it") {
                switch current.lookup("it") {
                case .table(let table)?:
                    return .documents(try documents(of: table, call: call, parameter: nil))
                case .grouped(let grouped)?:
                    return .groups(grouped)
                default:
                    break
                }
            }
            scope = current.parent
        }
        return .documents(try call.corpusTable(path: nil).analysedDocuments)
    }

    /// The analysed documents of a table's rows; an error when its rows are not documents.
    private static func documents(of table: Table, call: BuiltinCall, parameter: String?) throws(RuntimeError) -> [AnalysedDocument] {
        guard table.rowCount == 0 || table.rows.contains(where: { $0.analysis != nil }) else {
            throw call.error(
                "'\(call.name)' needs a table of documents, but this table's rows are not documents", at: parameter,
                suggestion: "start from corpus(): corpus() | \(call.name)(…)")
        }
        return table.analysedDocuments
    }

    /// Evaluates a metric over the call's input (see the type's documentation).
    static func run(
        _ call: BuiltinCall, input: Input, compute: ([AnalysedDocument]) throws(RuntimeError) -> MetricOutput
    ) throws(RuntimeError) -> Value {
        let recorder = EvidenceRecorder.current
        let label = call.interpreter.text(of: call.range)
        switch input {
        case .documents(let documents):
            let output = try compute(documents)
            recorder?.record(metric: label, output.evidence())
            return try value(of: output, call: call)
        case .groups(let grouped):
            // No groups: compute over nothing, only to give the (empty) result its columns.
            guard !grouped.groups.isEmpty else { return try groupedValue([], shapeOf: try compute([]), grouped: grouped, call: call) }
            try call.checkCancellation()
            let outputs: [MetricOutput]
            if recorder == nil, ObservationRecorder.current == nil {
                outputs = try computeInParallel(grouped.groups.map(\.rows.analysedDocuments), compute)
            } else {
                // `explain` and `compare` record each group's evidence or observations in group
                // order, on this thread (their recorders are task-local and not thread-safe).
                var serial: [MetricOutput] = []
                for group in grouped.groups {
                    try call.checkCancellation()
                    let output = try compute(group.rows.analysedDocuments)
                    recorder?.record(metric: label, output.evidence())
                    serial.append(output)
                }
                outputs = serial
            }
            try call.checkCancellation()
            return try groupedValue(outputs, shapeOf: nil, grouped: grouped, call: call)
        }
    }

    /// `compute` over each group, the groups spread over all cores (by outlet, a corpus has
    /// many small groups, whose per-group statistics — bootstrap intervals — would otherwise
    /// run one after another); the first group's error, in group order, is thrown.
    private static func computeInParallel(
        _ groups: [[AnalysedDocument]], _ compute: ([AnalysedDocument]) throws(RuntimeError) -> MetricOutput
    ) throws(RuntimeError) -> [MetricOutput] {
        try withoutActuallyEscaping(compute) { compute throws(RuntimeError) in
            let shared = UncheckedBox(compute)
            let results = ParallelMap.map(groups, minimumForParallel: 2, unit: "groups") { documents in
                UncheckedBox(Result { () throws(RuntimeError) in try shared.value(documents) })
            }
            var outputs: [MetricOutput] = []
            outputs.reserveCapacity(results.count)
            for result in results { outputs.append(try result.value.get()) }
            return outputs
        }
    }

    /// Carries a value that is not `Sendable` across ``ParallelMap``'s threads. Sound here
    /// because a metric's `compute` only reads what it captured (the call's evaluated arguments,
    /// finders and analyzers, which are immutable or lock their caches) while the evaluation
    /// thread waits, and each result is read only after all threads have finished.
    private struct UncheckedBox<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private static func value(of output: MetricOutput, call: BuiltinCall) throws(RuntimeError) -> Value {
        switch output.shape {
        case .record(let fields):
            return .record(Record(fields))
        case .rows(let columns, let rows):
            return .table(try TableBuiltins.make(call, columns, rows.map { Table.Row(values: $0) }))
        }
    }

    private static func groupedValue(
        _ outputs: [MetricOutput], shapeOf empty: MetricOutput?, grouped: GroupedTable, call: BuiltinCall
    ) throws(RuntimeError) -> Value {
        let keys = grouped.keyColumns
        var names: [String] = []
        var rows: [Table.Row] = []
        for (group, output) in zip(grouped.groups, outputs) {
            switch output.shape {
            case .record(let fields):
                if names.isEmpty { names = keys + fields.map(\.0) }
                rows.append(Table.Row(values: group.key + fields.map(\.1)))
            case .rows(let columns, let groupRows):
                let kept = columns.indices.filter { !keys.contains(columns[$0]) }
                if names.isEmpty { names = keys + kept.map { columns[$0] } }
                for row in groupRows { rows.append(Table.Row(values: group.key + kept.map { row[$0] })) }
            }
        }
        if names.isEmpty, let first = outputs.first ?? empty {
            // No groups, or none produced rows: still give the table its columns.
            switch first.shape {
            case .record(let fields): names = keys + fields.map(\.0)
            case .rows(let columns, _): names = keys + columns.filter { !keys.contains($0) }
            }
        }
        return .table(try TableBuiltins.make(call, names, rows))
    }

    // MARK: Values

    /// A count as a number.
    static func number(_ value: Int) -> Value { .number(Double(value)) }

    /// An optional number: nil prints as an empty cell, never as NaN.
    static func number(_ value: Double?) -> Value {
        guard let value, value.isFinite else { return .nil }
        return .number(value)
    }
}

import SlantMetrics

/// A report block's data, computed with its evidence: the value of the data argument and, when
/// that argument was an expression evaluated here, the evidence of the metric calls in it,
/// assigned to rows and columns (``ReportEvidenceMatcher``) as a table:
/// `row` (1-based), `column` (nil: every number column), `document`, `outlet`, `sentence`
/// (1-based), `text` (the sentence with the counted words between `[[` and `]]`), `rule`.
struct ReportBlockData {
    static let evidenceColumns = ["row", "column", "document", "outlet", "sentence", "text", "rule"]

    var value: Value
    var evidence: Table

    /// Evaluates parameter `name` of `call` (kept unevaluated as a per-row parameter) with an
    /// evidence recorder bound. A piped value is taken as it is, without evidence.
    static func evaluate(_ name: String, of call: BuiltinCall) throws(RuntimeError) -> ReportBlockData {
        switch call.bound[name] {
        case .value(let value, _)?:
            return ReportBlockData(value: value, evidence: Table(columns: []))
        case .expression(let expr)?:
            return try evaluate(expr, call: call)
        case nil:
            throw call.error("'\(call.name)' needs its data", suggestion: "it is \(call.builtin.signature)")
        }
    }

    /// Evaluates `expr` in the caller's scope with an evidence recorder bound.
    static func evaluate(_ expr: Expr, call: BuiltinCall) throws(RuntimeError) -> ReportBlockData {
        let recorder = EvidenceRecorder()
        let value = try TaskLocals.with(evidence: recorder) { () throws(RuntimeError) in try call.evaluate(expr) }
        guard case .table(let table) = value, !recorder.entries.isEmpty else {
            return ReportBlockData(value: value, evidence: try evidenceTable([], call: call))
        }
        let matcher = ReportEvidenceMatcher(
            table: table, columnLabels: ReportEvidenceMatcher.columnLabels(of: expr, interpreter: call.interpreter),
            documents: try documentLookup(call))
        let assignments = matcher.assign(recorder.entries)
        try call.checkSize(assignments.count)
        return ReportBlockData(value: value, evidence: try evidenceTable(assignments, call: call))
    }

    static func evidenceTable(_ assignments: [ReportEvidenceMatcher.Assignment], call: BuiltinCall) throws(RuntimeError) -> Table {
        let rows = assignments.map { assignment in
            let piece = assignment.evidence
            return Table.Row(values: [
                .number(Double(assignment.row + 1)), assignment.column.map { .string($0) } ?? .nil, .string(piece.documentID),
                piece.outlet.isEmpty ? .nil : .string(piece.outlet), .number(Double(piece.sentenceIndex + 1)),
                .string(EvidenceTable.marked(piece)), .string(piece.rule),
            ])
        }
        return try TableBuiltins.make(call, evidenceColumns, rows)
    }

    /// The session corpus's documents by id, as records of their columns.
    private static func documentLookup(_ call: BuiltinCall) throws(RuntimeError) -> [String: Record] {
        let corpus = try call.corpusTable(path: nil)
        var lookup: [String: Record] = [:]
        for (index, row) in corpus.rows.enumerated() {
            guard let id = row.document?.id else { continue }
            lookup[id] = corpus.record(at: index)
        }
        return lookup
    }
}

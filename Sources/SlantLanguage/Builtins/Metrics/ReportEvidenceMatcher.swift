import SlantMetrics

/// Assigns the evidence recorded while a report block's data was computed to the cells of the
/// table that came out, so each number can link to its own sentences.
///
/// - Rows: a piece of evidence belongs to the rows whose key columns (the leading columns that
///   are document columns of the corpus, such as `outlet` or `bias`) hold its document's values;
///   rows of single documents (`document` and `sentence` columns, as from `kwic`) match exactly;
///   rows of a term (`term`, from `keyness`) or an item (`kind`, `item`, from `coverage`) match
///   the piece's rule. A table with none of these is one row's worth: every piece goes to every row.
/// - Columns: when the data is a `table(name = expression, …)` stage, a piece goes to the
///   columns whose expressions contain the metric call that produced it; otherwise to every
///   number column (nil column).
struct ReportEvidenceMatcher {
    struct Assignment {
        var row: Int
        /// Nil: every number column of the row.
        var column: String?
        var evidence: Evidence
    }

    let table: Table
    /// Column name → labels (call source texts) of the metric calls in its expression.
    let columnLabels: [String: Set<String>]?
    /// Document id → the corpus row's values by column name.
    let documents: [String: Record]

    func assign(_ entries: [(metric: String, evidence: [Evidence])]) -> [Assignment] {
        let keys = keyColumns
        let documentColumn = table.columnIndex("document")
        let sentenceColumn = table.columnIndex("sentence")
        let termColumn = table.columnIndex("term")
        let kindColumn = table.columnIndex("kind")
        let itemColumn = table.columnIndex("item")
        // Rows by their key values, so each piece is checked only against its group's rows.
        var rowsByKey: [ValueKey: [Int]] = [:]
        for (index, row) in table.rows.enumerated() {
            rowsByKey[ValueKey(.list(keys.map { row.values[$0] })), default: []].append(index)
        }
        var result: [Assignment] = []
        for (metric, pieces) in entries {
            let columns: [String?]
            if let columnLabels {
                columns = table.columnNames.filter { columnLabels[$0]?.contains(metric) == true }
                if columns.isEmpty { continue }
            } else {
                columns = [nil]
            }
            for piece in pieces {
                guard let pieceKey = key(of: piece, columns: keys), let candidates = rowsByKey[ValueKey(.list(pieceKey))] else { continue }
                for index in candidates {
                    let row = table.rows[index]
                    if let documentColumn, let sentenceColumn {
                        guard case .string(let id) = row.values[documentColumn], id == piece.documentID,
                              case .number(let sentence) = row.values[sentenceColumn], Int(sentence) == piece.sentenceIndex + 1
                        else { continue }
                    }
                    if let termColumn, case .string(let term) = row.values[termColumn], piece.rule.hasPrefix("term ") {
                        guard piece.rule == "term \"\(term)\"" else { continue }
                    }
                    if let kindColumn, let itemColumn, case .string(let kind) = row.values[kindColumn],
                       case .string(let item) = row.values[itemColumn] {
                        guard piece.rule == "\(kind) \"\(item)\"" else { continue }
                    }
                    for column in columns { result.append(Assignment(row: index, column: column, evidence: piece)) }
                }
            }
        }
        return result
    }

    /// The piece's document's values for the key columns (`outlet` from the piece itself);
    /// nil when its document is unknown.
    private func key(of piece: Evidence, columns: [Int]) -> [Value]? {
        var values: [Value] = []
        for column in columns {
            let name = table.columnNames[column]
            if name == "outlet" {
                values.append(piece.outlet.isEmpty ? .nil : .string(piece.outlet))
            } else if let record = documents[piece.documentID], let value = record[name] {
                values.append(value)
            } else {
                return nil
            }
        }
        return values
    }

    /// Leading columns that are columns of the documents (the grouping keys).
    private var keyColumns: [Int] {
        guard let sample = documents.values.first else {
            return table.columnIndex("outlet").map { [$0] } ?? []
        }
        var keys: [Int] = []
        for (index, name) in table.columnNames.enumerated() {
            guard name != "document", name != "sentence", sample[name] != nil || name == "outlet" else { break }
            keys.append(index)
        }
        if keys.isEmpty, let outlet = table.columnIndex("outlet") { keys = [outlet] }
        return keys
    }

    /// For a `table(name = expression, …)` stage (possibly at the end of a pipeline), the metric
    /// calls inside each column's expression, by column name; nil for any other expression.
    static func columnLabels(of expr: Expr, interpreter: Interpreter) -> [String: Set<String>]? {
        var stage = expr
        if case .pipe(_, let last) = expr.kind { stage = last }
        guard case .call(let callee, let arguments) = stage.kind, case .identifier(let function) = callee.kind, function == "table" else { return nil }
        var isPiped = false
        if case .pipe = expr.kind { isPiped = true }
        var labels: [String: Set<String>] = [:]
        for (position, argument) in arguments.enumerated() {
            // Written as table(input, name = …), the first argument is the input, not a column.
            if !isPiped, position == 0, argument.name == nil { continue }
            let name = argument.name ?? interpreter.columnLabel(for: argument.value)
            var calls = Set<String>()
            collectCalls(argument.value, interpreter: interpreter, into: &calls)
            labels[name] = calls
        }
        return labels
    }

    private static func collectCalls(_ expr: Expr, interpreter: Interpreter, into calls: inout Set<String>) {
        switch expr.kind {
        case .call(let callee, let arguments):
            calls.insert(interpreter.text(of: expr.range))
            collectCalls(callee, interpreter: interpreter, into: &calls)
            for argument in arguments { collectCalls(argument.value, interpreter: interpreter, into: &calls) }
        case .pipe(let input, let stage):
            collectCalls(input, interpreter: interpreter, into: &calls)
            collectCalls(stage, interpreter: interpreter, into: &calls)
        case .field(let base, _, _):
            collectCalls(base, interpreter: interpreter, into: &calls)
        case .index(let base, let index):
            collectCalls(base, interpreter: interpreter, into: &calls)
            collectCalls(index, interpreter: interpreter, into: &calls)
        case .unary(_, let operand):
            collectCalls(operand, interpreter: interpreter, into: &calls)
        case .binary(_, let left, let right, _):
            collectCalls(left, interpreter: interpreter, into: &calls)
            collectCalls(right, interpreter: interpreter, into: &calls)
        case .conditional(let a, let b, let c):
            collectCalls(a, interpreter: interpreter, into: &calls)
            collectCalls(b, interpreter: interpreter, into: &calls)
            collectCalls(c, interpreter: interpreter, into: &calls)
        case .list(let items):
            for item in items { collectCalls(item, interpreter: interpreter, into: &calls) }
        case .record(let fields):
            for field in fields { collectCalls(field.value, interpreter: interpreter, into: &calls) }
        case .number, .string, .bool, .nil, .identifier, .function, .block, .verb:
            break
        }
    }
}

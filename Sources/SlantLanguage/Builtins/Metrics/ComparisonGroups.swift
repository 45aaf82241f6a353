import SlantText

/// The groups a comparison builtin compares, from its input and `by:`.
///
/// - `corpus() | by outlet | NAME(…)`: the groups of the grouped table;
/// - `NAME(…, by: outlet)` or `docs | NAME(…, by: outlet)`: the documents (the piped table,
///   else the session's corpus) grouped by the `by` expression, evaluated per row like the
///   `by` verb's; groups in ascending key order, as `by` orders them.
struct ComparisonGroups {
    struct Group {
        /// One value per key column.
        var key: [Value]
        /// The key as a label ("Breitbart", "left / 2015").
        var label: String
        var table: Table
        var documents: [AnalysedDocument] { table.analysedDocuments }
    }

    var keyColumns: [String]
    var groups: [Group]

    /// Reads `input` (table or grouped table, optional) and `by` (per-row, optional) of `call`.
    static func resolve(_ call: BuiltinCall, requireGroups: Bool = true) throws(RuntimeError) -> ComparisonGroups {
        try resolve(call, input: call.value("input"), requireGroups: requireGroups)
    }

    /// As ``resolve(_:requireGroups:)`` with the input given (nil: the session's corpus).
    static func resolve(_ call: BuiltinCall, input: Value?, requireGroups: Bool = true) throws(RuntimeError) -> ComparisonGroups {
        let source: Value
        if let input, !input.isNil {
            source = input
        } else {
            source = .table(try call.corpusTable(path: nil))
        }
        switch source {
        case .grouped(let grouped):
            if call.has("by") {
                throw call.error(
                    "'\(call.name)' got a grouped table and 'by:'", at: "by",
                    suggestion: "group once: either corpus() | by outlet | \(call.name)(…) or \(call.name)(…, by: outlet)")
            }
            return ComparisonGroups(keyColumns: grouped.keyColumns, groups: grouped.groups.map { group in
                Group(key: group.key, label: label(group.key), table: group.rows)
            })
        case .table(let table):
            try requireDocuments(table, call: call)
            guard call.has("by") else {
                if requireGroups {
                    throw call.error(
                        "'\(call.name)' compares groups of documents, but got no grouping",
                        suggestion: "group the documents: \(call.name)(…, by: outlet) or corpus() | by outlet | \(call.name)(…)")
                }
                return ComparisonGroups(keyColumns: [], groups: [Group(key: [], label: "all", table: table)])
            }
            return try grouping(table, call: call)
        default:
            throw call.error(
                "'\(call.name)' needs a table of documents, not \(source.type.withArticle)", at: "input",
                suggestion: "start from corpus(): corpus() | \(call.name)(…)")
        }
    }

    private static func requireDocuments(_ table: Table, call: BuiltinCall) throws(RuntimeError) {
        guard table.rowCount == 0 || table.rows.contains(where: { $0.analysis != nil }) else {
            throw call.error(
                "'\(call.name)' needs a table of documents, but this table's rows are not documents", at: "input",
                suggestion: "start from corpus(): corpus() | \(call.name)(…)")
        }
    }

    private static func grouping(_ table: Table, call: BuiltinCall) throws(RuntimeError) -> ComparisonGroups {
        let keys = try call.perRowValues("by", over: table)
        var members: [ValueKey: [Int]] = [:]
        var order: [Value] = []
        for (row, key) in keys.enumerated() {
            let hashKey = ValueKey(key)
            if members[hashKey] == nil { order.append(key) }
            members[hashKey, default: []].append(row)
        }
        order.sort { Value.order($0, $1) < 0 }
        let name = call.label(of: "by") ?? "group"
        return ComparisonGroups(keyColumns: [name], groups: order.map { key in
            Group(key: [key], label: label([key]), table: table.withRows((members[ValueKey(key)] ?? []).map { table.rows[$0] }))
        })
    }

    /// "Breitbart"; "left / 2015" for several keys; "(none)" for nil.
    static func label(_ key: [Value]) -> String {
        guard !key.isEmpty else { return "all" }
        return key.map { $0.isNil ? "(none)" : ValueText.plain($0) }.joined(separator: " / ")
    }

    /// Rows of a result table: the key values first, then `values`.
    func row(_ group: Group, _ values: [Value]) -> Table.Row {
        Table.Row(values: group.key + values)
    }
}

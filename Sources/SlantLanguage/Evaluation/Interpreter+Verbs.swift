/// The table verbs `where`, `select`, `sort`, `top` and `by`, and per-row evaluation.
extension Interpreter {
    func applyVerb(_ verb: Verb, to input: Value, range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        switch verb {
        case .filter(let condition): return try filter(input, condition, range: range, in: environment)
        case .select(let specs): return try select(input, specs, range: range, in: environment)
        case .sort(let keys): return try sort(input, keys, range: range, in: environment)
        case .top(let countExpr): return try top(input, countExpr, range: range, in: environment)
        case .group(let specs): return try group(input, specs, range: range, in: environment)
        }
    }

    private func notTabular(_ keyword: String, _ input: Value, range: SourceRange, lists: Bool = true) -> RuntimeError {
        RuntimeError(
            "'\(keyword)' needs a table\(lists ? " or a list" : ""), not \(input.type.withArticle)", at: range,
            suggestion: "start from a table, e.g. corpus() | \(keyword) …")
    }

    // MARK: Per-row evaluation

    func evaluatePerRow(_ expr: Expr, over table: Table, in environment: Environment) throws(RuntimeError) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(table.rowCount)
        for index in table.rows.indices {
            let scope = Environment(parent: environment, row: .tableRow(table, index))
            values.append(try evaluate(expr, in: scope))
        }
        return values
    }

    func evaluatePerElement(_ expr: Expr, over items: [Value], in environment: Environment) throws(RuntimeError) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items {
            let scope = Environment(parent: environment, row: RowScope.forElement(item))
            values.append(try evaluate(expr, in: scope))
        }
        return values
    }

    /// The name a computed column gets: `words` for a column, `mean_words` for `mean(words)`,
    /// `count` for `count`, otherwise the expression's source text.
    func columnLabel(for expr: Expr) -> String {
        switch expr.kind {
        case .identifier(let name): return name
        case .field(_, let name, _): return name
        case .call(let callee, let arguments):
            if case .identifier(let function) = callee.kind {
                if arguments.isEmpty { return function }
                if arguments.count == 1, arguments[0].name == nil, case .identifier(let argument) = arguments[0].value.kind {
                    return "\(function)_\(argument)"
                }
            }
        default:
            break
        }
        return text(of: expr.range).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    private func conditionResults(_ condition: Expr, values: [Value]) throws(RuntimeError) -> [Bool] {
        var results: [Bool] = []
        results.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            guard case .bool(let flag) = value else {
                throw RuntimeError(
                    "the 'where' condition must be true or false, but for row \(index + 1) it is \(value.type.withArticle)",
                    at: condition.range, suggestion: "write a comparison, e.g. where words > 500")
            }
            results.append(flag)
        }
        return results
    }

    // MARK: where

    private func filter(_ input: Value, _ condition: Expr, range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        func filterTable(_ table: Table) throws(RuntimeError) -> Table {
            let keep = try conditionResults(condition, values: try evaluatePerRow(condition, over: table, in: environment))
            return table.withRows(zip(table.rows, keep).filter(\.1).map(\.0))
        }
        switch input {
        case .table(let table):
            return .table(try filterTable(table))
        case .grouped(let grouped):
            return .grouped(try grouped.mapGroups(dropEmpty: true, filterTable))
        case .list(let items):
            let keep = try conditionResults(condition, values: try evaluatePerElement(condition, over: items, in: environment))
            return .list(zip(items, keep).filter(\.1).map(\.0))
        default:
            throw notTabular("where", input, range: range)
        }
    }

    // MARK: select

    private func select(_ input: Value, _ specs: [ColumnSpec], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        func selectTable(_ table: Table) throws(RuntimeError) -> Table {
            var names: [String] = []
            var columns: [[Value]] = []
            for spec in specs {
                let name = spec.name ?? columnLabel(for: spec.expr)
                if names.contains(name) {
                    throw RuntimeError("column '\(name)' is selected twice", at: spec.nameRange ?? spec.expr.range,
                                       suggestion: "rename one: select \(name)2 = …")
                }
                names.append(name)
                if spec.name == nil, case .identifier(let column) = spec.expr.kind, let index = table.columnIndex(column) {
                    columns.append(table.values(ofColumn: index))
                } else {
                    columns.append(try evaluatePerRow(spec.expr, over: table, in: environment))
                }
            }
            let rows = table.rows.indices.map { row in
                Table.Row(values: columns.map { $0[row] }, analysis: table.rows[row].analysis)
            }
            return try makeTable(names, rows, at: range)
        }
        switch input {
        case .table(let table): return .table(try selectTable(table))
        case .grouped(let grouped): return .grouped(try grouped.mapGroups(selectTable))
        default: throw notTabular("select", input, range: range, lists: false)
        }
    }

    func makeTable(_ names: [String], _ rows: [Table.Row], at range: SourceRange) throws(RuntimeError) -> Table {
        do {
            return try Table(columnNames: names, rows: rows)
        } catch {
            throw RuntimeError(error.description, at: range, suggestion: "a column holds one type of value (or nil)")
        }
    }

    // MARK: sort

    private func sort(_ input: Value, _ keys: [SortKey], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        func order(_ keyValues: [[Value]], count: Int) -> [Int] {
            Array(0..<count).sorted { a, b in
                for (key, values) in zip(keys, keyValues) {
                    let (x, y) = (values[a], values[b])
                    // nil sorts last in both directions.
                    if x.isNil != y.isNil { return y.isNil }
                    var comparison = Value.order(x, y)
                    if key.descending { comparison = -comparison }
                    if comparison != 0 { return comparison < 0 }
                }
                return a < b  // stable
            }
        }
        func sortTable(_ table: Table) throws(RuntimeError) -> Table {
            var keyValues: [[Value]] = []
            for key in keys { keyValues.append(try evaluatePerRow(key.expr, over: table, in: environment)) }
            return table.withRows(order(keyValues, count: table.rowCount).map { table.rows[$0] })
        }
        switch input {
        case .table(let table): return .table(try sortTable(table))
        case .grouped(let grouped): return .grouped(try grouped.mapGroups(sortTable))
        case .list(let items):
            var keyValues: [[Value]] = []
            for key in keys { keyValues.append(try evaluatePerElement(key.expr, over: items, in: environment)) }
            return .list(order(keyValues, count: items.count).map { items[$0] })
        default:
            throw notTabular("sort", input, range: range)
        }
    }

    // MARK: top

    private func top(_ input: Value, _ countExpr: Expr, range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        let value = try evaluate(countExpr, in: environment)
        guard case .number(let number) = value, number == number.rounded(), number >= 0, number < 1e15 else {
            throw RuntimeError(
                "'top' needs a whole number of rows (0 or more), not \(value.type == .number ? NumberFormat.plain(valueNumber(value)) : value.type.withArticle)",
                at: countExpr.range, suggestion: "write e.g. top 5")
        }
        let count = Int(number)
        switch input {
        case .table(let table): return .table(table.withRows(Array(table.rows.prefix(count))))
        case .grouped(let grouped): return .grouped(grouped.mapGroups { table in table.withRows(Array(table.rows.prefix(count))) })
        case .list(let items): return .list(Array(items.prefix(count)))
        default: throw notTabular("top", input, range: range)
        }
    }

    private func valueNumber(_ value: Value) -> Double {
        if case .number(let number) = value { return number }
        return .nan
    }

    // MARK: by

    private func group(_ input: Value, _ specs: [ColumnSpec], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        let table: Table
        switch input {
        case .table(let value):
            table = value
        case .grouped(let grouped):
            throw RuntimeError(
                "the table is already grouped by \(grouped.keyColumns.joined(separator: ", "))", at: range,
                suggestion: "group once by several columns: by \((grouped.keyColumns + ["…"]).joined(separator: ", "))")
        default:
            throw notTabular("by", input, range: range, lists: false)
        }
        var names: [String] = []
        var keyColumns: [[Value]] = []
        for spec in specs {
            let name = spec.name ?? columnLabel(for: spec.expr)
            if names.contains(name) {
                throw RuntimeError("'\(name)' appears twice in 'by'", at: spec.nameRange ?? spec.expr.range)
            }
            names.append(name)
            keyColumns.append(try evaluatePerRow(spec.expr, over: table, in: environment))
        }
        var members: [ValueKey: [Int]] = [:]
        var keys: [[Value]] = []
        for row in table.rows.indices {
            let key = keyColumns.map { $0[row] }
            let hashKey = ValueKey(.list(key))
            if members[hashKey] == nil { keys.append(key) }
            members[hashKey, default: []].append(row)
        }
        keys.sort { Value.order(.list($0), .list($1)) < 0 }
        let groups = keys.map { key in
            GroupedTable.Group(key: key, rows: table.withRows((members[ValueKey(.list(key))] ?? []).map { table.rows[$0] }))
        }
        return .grouped(GroupedTable(keyColumns: names, groups: groups))
    }
}

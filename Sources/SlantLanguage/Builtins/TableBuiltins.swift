/// Building, counting, reshaping and summarising tables.
enum TableBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [count, table, derive, distinct, rows, columns, ungroup] }

    static let count = Builtin(
        name: "count", category: "Tables", signature: "count(input) -> number or table",
        summary: "The number of rows of a table, of items in a list, or of rows per group.",
        details: "On a grouped table the result is a table with the key columns and a `count` column, one row per group.",
        examples: [
            BuiltinExample("count([1, 2, 3])", "3"),
            BuiltinExample("corpus() | count", "5"),
            BuiltinExample("table(g = [\"b\", \"a\", \"b\"]) | by g | count", "g  count\n-  -----\na      1\nb      2"),
        ],
        parameters: [.value("input", .list, .table, .grouped)]
    ) { call throws(RuntimeError) in
        switch call.value("input") {
        case .list(let items)?: return .number(Double(items.count))
        case .table(let table)?: return .number(Double(table.rowCount))
        case .grouped(let grouped)?:
            do throws(TableError) {
                return .table(try grouped.summary(columns: ["count"], values: grouped.groups.map { [.number(Double($0.rows.rowCount))] }))
            } catch {
                throw call.error(error.description)
            }
        default:
            throw call.error("'count' needs a list or a table", at: "input")
        }
    }

    static let table = Builtin(
        name: "table", category: "Tables", signature: "table(input?, name = expression, …) -> table",
        summary: "Builds a table from columns or records, or summarises a (grouped) table with named expressions.",
        details: """
            Without an input, each named argument is a column given as a list: `table(a = [1, 2], b = ["x", "y"])`. \
            With a list of records as input, each record becomes a row. With a table or a grouped table as \
            input, each argument is evaluated like a pipeline stage on the table (or on each group): \
            `by outlet | table(n = count, avg = mean(words))` gives one row per group with the key columns \
            first. An unnamed argument is named after its expression (`mean(words)` gives `mean_words`).
            """,
        examples: [
            BuiltinExample("table(name = [\"a\", \"b\"], n = [1, 2])", "name  n\n----  -\na     1\nb     2"),
            BuiltinExample("table([{x: 1}, {x: 2, y: true}])", "x  y\n-  ----\n1\n2  true"),
            BuiltinExample(
                "table(g = [\"a\", \"a\", \"b\"], v = [1, 3, 5]) | by g | table(n = count, total = sum(v))",
                "g  n  total\n-  -  -----\na  2      4\nb  1      5"),
        ],
        parameters: [.value("input", optional: true), .columns("columns")]
    ) { call throws(RuntimeError) in
        switch call.value("input") {
        case nil:
            return .table(try fromColumns(call))
        case .list(let items)?:
            guard call.columns.isEmpty else {
                throw call.error("'table' of a list of records takes no further arguments", at: "input")
            }
            return .table(try fromRecords(call, items))
        case .table(let source)?:
            if call.columns.isEmpty { return .table(source) }
            var names: [String] = []
            var values: [Value] = []
            for argument in call.columns {
                names.append(call.columnName(of: argument))
                values.append(try call.evaluateStage(argument.expr, input: .table(source)))
            }
            return .table(try make(call, names, [Table.Row(values: values)]))
        case .grouped(let grouped)?:
            let names = call.columns.map { call.columnName(of: $0) }
            var rows: [[Value]] = []
            for group in grouped.groups {
                try call.checkCancellation()
                var row: [Value] = []
                for argument in call.columns {
                    row.append(try call.evaluateStage(argument.expr, input: .table(group.rows)))
                }
                rows.append(row)
            }
            do throws(TableError) {
                return .table(try grouped.summary(columns: names, values: rows))
            } catch {
                throw call.error(error.description)
            }
        case let other?:
            throw call.error("'table' needs columns, a list of records or a table, not \(other.type.withArticle)", at: "input")
        }
    }

    private static func fromColumns(_ call: BuiltinCall) throws(RuntimeError) -> Table {
        var names: [String] = []
        var lists: [[Value]] = []
        for argument in call.columns {
            guard let name = argument.name else {
                throw RuntimeError("name each column: table(a = [1, 2], …)", at: argument.expr.range)
            }
            let value = try call.evaluate(argument.expr)
            guard case .list(let items) = value else {
                throw RuntimeError(
                    "column '\(name)' must be a list, not \(value.type.withArticle)", at: argument.expr.range,
                    suggestion: "write \(name) = [ … ]")
            }
            if let first = lists.first, first.count != items.count {
                throw RuntimeError(
                    "column '\(name)' has \(items.count) values but '\(names[0])' has \(first.count)", at: argument.expr.range,
                    suggestion: "every column needs the same number of values")
            }
            names.append(name)
            lists.append(items)
        }
        let height = lists.first?.count ?? 0
        let rows = (0..<height).map { row in Table.Row(values: lists.map { $0[row] }) }
        return try make(call, names, rows)
    }

    private static func fromRecords(_ call: BuiltinCall, _ items: [Value]) throws(RuntimeError) -> Table {
        var names: [String] = []
        var records: [Record] = []
        for item in items {
            guard case .record(let record) = item else {
                throw call.error("'table' of a list needs records, but found \(item.type.withArticle)", at: "input",
                                 suggestion: "write table([{name: value}, …])")
            }
            for key in record.keys where !names.contains(key) { names.append(key) }
            records.append(record)
        }
        let rows = records.map { record in Table.Row(values: names.map { record[$0] ?? .nil }) }
        return try make(call, names, rows)
    }

    static func make(_ call: BuiltinCall, _ names: [String], _ rows: [Table.Row]) throws(RuntimeError) -> Table {
        do throws(TableError) {
            return try Table(columnNames: names, rows: rows)
        } catch {
            throw call.error(error.description, suggestion: "a column holds one type of value (or nil)")
        }
    }

    static let derive = Builtin(
        name: "derive", category: "Tables", signature: "derive(input, name = expression, …) -> table",
        summary: "Adds (or replaces) columns computed from each row, keeping the others.",
        details: "Each expression sees the row's columns as names, including columns derived before it in the same call. On a grouped table, derives within each group.",
        examples: [
            BuiltinExample("table(a = [1, 2]) | derive(b = a * 10)", "a   b\n-  --\n1  10\n2  20"),
        ],
        parameters: [.value("input", .table, .grouped), .columns("columns")]
    ) { call throws(RuntimeError) in
        // Columns are computed in order, each seeing the ones before it (`a = a + 1, b = a * 2`).
        func extend(_ table: Table) throws(RuntimeError) -> Table {
            var current = table
            for argument in call.columns {
                let name = call.columnName(of: argument)
                let values = try call.interpreter.evaluatePerRow(argument.expr, over: current, in: call.environment)
                var names = current.columnNames
                var rows = current.rows
                if let index = names.firstIndex(of: name) {
                    for row in rows.indices { rows[row].values[index] = values[row] }
                } else {
                    names.append(name)
                    for row in rows.indices { rows[row].values.append(values[row]) }
                }
                current = try make(call, names, rows)
            }
            return current
        }
        switch call.value("input") {
        case .table(let table)?: return .table(try extend(table))
        case .grouped(let grouped)?: return .grouped(try grouped.mapGroups(extend))
        default: throw call.error("'derive' needs a table", at: "input")
        }
    }

    static let distinct = Builtin(
        name: "distinct", category: "Tables", signature: "distinct(input) -> table or list",
        summary: "Drops repeated rows (or list items), keeping the first of each in order.",
        examples: [
            BuiltinExample("distinct([3, 1, 3, 2, 1])", "[3, 1, 2]"),
            BuiltinExample("table(a = [1, 1, 2]) | distinct", "a\n-\n1\n2"),
        ],
        parameters: [.value("input", .list, .table, .grouped)]
    ) { call throws(RuntimeError) in
        func unique(_ table: Table) -> Table {
            var seen = Set<ValueKey>()
            return table.withRows(table.rows.filter { seen.insert(ValueKey(.list($0.values))).inserted })
        }
        switch call.value("input") {
        case .list(let items)?:
            var seen = Set<ValueKey>()
            return .list(items.filter { seen.insert(ValueKey($0)).inserted })
        case .table(let table)?: return .table(unique(table))
        case .grouped(let grouped)?: return .grouped(grouped.mapGroups(unique))
        default: throw call.error("'distinct' needs a list or a table", at: "input")
        }
    }

    static let rows = Builtin(
        name: "rows", category: "Tables", signature: "rows(table) -> list of records",
        summary: "The rows of a table as records.",
        examples: [BuiltinExample("table(a = [1, 2]) | rows", "[{a: 1}, {a: 2}]")],
        parameters: [.value("table", .table)]
    ) { call throws(RuntimeError) in
        let table = try call.table("table")
        return .list(table.rows.indices.map { .record(table.record(at: $0)) })
    }

    static let columns = Builtin(
        name: "columns", category: "Tables", signature: "columns(table) -> list of strings",
        summary: "The column names of a table, in order.",
        examples: [BuiltinExample("corpus() | columns | top 6", "[\"id\", \"outlet\", \"date\", \"title\", \"words\", \"sentences\"]")],
        parameters: [.value("table", .table, .grouped)]
    ) { call throws(RuntimeError) in
        switch call.value("table") {
        case .grouped(let grouped)?:
            return .list((grouped.groups.first?.rows.columnNames ?? grouped.keyColumns).map { .string($0) })
        default:
            return .list(try call.table("table").columnNames.map { .string($0) })
        }
    }

    static let ungroup = Builtin(
        name: "ungroup", category: "Tables", signature: "ungroup(grouped) -> table",
        summary: "Joins the groups of a grouped table back into one table, group after group.",
        examples: [
            BuiltinExample(
                "table(g = [\"b\", \"a\", \"b\"], v = [1, 2, 3]) | by g | top 1 | ungroup", "g  v\n-  -\na  2\nb  1"),
        ],
        parameters: [.value("grouped", .grouped)]
    ) { call throws(RuntimeError) in
        guard case .grouped(let grouped)? = call.value("grouped"), let first = grouped.groups.first else {
            return .table(Table(columns: []))
        }
        return .table(try make(call, first.rows.columnNames, grouped.groups.flatMap(\.rows.rows)))
    }
}

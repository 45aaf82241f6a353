/// Lists: ranges, mapping, filtering, first/last, membership, records' keys.
enum ListBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [range, map, filter, first, last, reverse, contains, keys] }

    static let range = Builtin(
        name: "range", category: "Lists", signature: "range(start_or_count, end?) -> list",
        summary: "Whole numbers: `range(n)` is 0 … n−1, `range(a, b)` is a … b−1.",
        examples: [BuiltinExample("range(4)", "[0, 1, 2, 3]"), BuiltinExample("range(2, 5)", "[2, 3, 4]")],
        parameters: [.value("start_or_count", .number), .value("end", .number, optional: true)]
    ) { call throws(RuntimeError) in
        var start = 0
        var end = try call.integer("start_or_count")
        if call.value("end") != nil {
            start = end
            end = try call.integer("end")
        }
        guard end > start else { return .list([]) }
        try call.checkSize(end - start)
        return .list((start..<end).map { .number(Double($0)) })
    }

    static let map = Builtin(
        name: "map", category: "Lists", signature: "map(list, function) -> list",
        summary: "Applies a function to every item.",
        examples: [BuiltinExample("[1, 2, 3] | map(fn(x) x * x)", "[1, 4, 9]"), BuiltinExample("map([\"a\", \"b\"], upper)", "[\"A\", \"B\"]")],
        parameters: [.value("list", .list), .value("function", .function)]
    ) { call throws(RuntimeError) in
        let function = try call.function("function")
        var results: [Value] = []
        for item in try call.list("list") { results.append(try call.invoke(function, [item])) }
        return .list(results)
    }

    static let filter = Builtin(
        name: "filter", category: "Lists", signature: "filter(list, function) -> list",
        summary: "Keeps the items for which the function returns true.",
        details: "`xs | where it > 1` does the same with a condition instead of a function.",
        examples: [BuiltinExample("range(6) | filter(fn(x) x % 2 == 0)", "[0, 2, 4]")],
        parameters: [.value("list", .list), .value("function", .function)]
    ) { call throws(RuntimeError) in
        let function = try call.function("function")
        var kept: [Value] = []
        for item in try call.list("list") {
            let verdict = try call.invoke(function, [item])
            guard case .bool(let keep) = verdict else {
                throw call.error("the function given to 'filter' must return true or false, not \(verdict.type.withArticle)",
                                 at: "function")
            }
            if keep { kept.append(item) }
        }
        return .list(kept)
    }

    static let first = Builtin(
        name: "first", category: "Lists", signature: "first(input) -> value",
        summary: "The first item of a list, or the first row of a table as a record; nil when empty.",
        examples: [BuiltinExample("first([7, 8, 9])", "7"), BuiltinExample("corpus() | sort date | first | it.outlet", "Hot Air")],
        parameters: [.value("input", .list, .table)]
    ) { call throws(RuntimeError) in
        switch call.value("input") {
        case .list(let items)?: return items.first ?? .nil
        case .table(let table)?: return table.rowCount == 0 ? .nil : .record(table.record(at: 0))
        default: return .nil
        }
    }

    static let last = Builtin(
        name: "last", category: "Lists", signature: "last(input) -> value",
        summary: "The last item of a list, or the last row of a table as a record; nil when empty.",
        examples: [BuiltinExample("last([7, 8, 9])", "9")],
        parameters: [.value("input", .list, .table)]
    ) { call throws(RuntimeError) in
        switch call.value("input") {
        case .list(let items)?: return items.last ?? .nil
        case .table(let table)?: return table.rowCount == 0 ? .nil : .record(table.record(at: table.rowCount - 1))
        default: return .nil
        }
    }

    static let reverse = Builtin(
        name: "reverse", category: "Lists", signature: "reverse(input) -> list or table",
        summary: "The items of a list, or the rows of a table, in reverse order.",
        examples: [BuiltinExample("reverse([1, 2, 3])", "[3, 2, 1]")],
        parameters: [.value("input", .list, .table)]
    ) { call throws(RuntimeError) in
        switch call.value("input") {
        case .table(let table)?: return .table(table.withRows(table.rows.reversed()))
        default: return .list(try call.list("input").reversed())
        }
    }

    static let contains = Builtin(
        name: "contains", category: "Lists", signature: "contains(haystack, needle) -> bool",
        summary: "Whether a list holds a value, or a string holds a piece of text (case-sensitive).",
        examples: [
            BuiltinExample("contains([1, 2, 3], 2)", "true"),
            BuiltinExample("contains(\"Kremlin says\", \"Krem\")", "true"),
        ],
        parameters: [.value("haystack", .list, .string), .value("needle")]
    ) { call throws(RuntimeError) in
        let needle = call.value("needle") ?? .nil
        switch call.value("haystack") {
        case .list(let items)?:
            return .bool(items.contains { $0.isEqual(to: needle) })
        case .string(let text)?:
            guard case .string(let piece) = needle else {
                throw call.error("to search a string, the needle must be a string, not \(needle.type.withArticle)", at: "needle")
            }
            return .bool(piece.isEmpty || text.contains(piece))
        default:
            return .bool(false)
        }
    }

    static let keys = Builtin(
        name: "keys", category: "Lists", signature: "keys(record) -> list of strings",
        summary: "The field names of a record, in order.",
        examples: [BuiltinExample("keys({b: 1, a: 2})", "[\"b\", \"a\"]")],
        parameters: [.value("record", .record)]
    ) { call throws(RuntimeError) in
        guard case .record(let record)? = call.value("record") else { return .list([]) }
        return .list(record.keys.map { .string($0) })
    }
}

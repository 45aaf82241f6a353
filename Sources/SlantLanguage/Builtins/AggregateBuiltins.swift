import Foundation

/// `sum`, `mean`, `median`, `min`, `max`, `sd`: over a list, a table column, or per group.
enum AggregateBuiltins: BuiltinModule {
    static var builtins: [Builtin] {
        [
            numeric(
                "sum", summary: "Adds numbers.",
                details: "Of an empty input, 0.",
                examples: [
                    BuiltinExample("sum([1, 2, 3.5])", "6.5"),
                    BuiltinExample("table(n = [1, 2, 3], g = [\"a\", \"b\", \"a\"]) | by g | sum(n)",
                                   "g  sum_n\n-  -----\na      4\nb      2"),
                ]) { values in .number(values.reduce(0, +)) },
            numeric(
                "mean", summary: "The arithmetic mean.",
                details: "Of an empty input, nil.",
                examples: [BuiltinExample("mean([1, 2, 3, 4])", "2.5")]
            ) { values in values.isEmpty ? .nil : .number(values.reduce(0, +) / Double(values.count)) },
            numeric(
                "median", summary: "The middle value (the mean of the two middle values for an even count).",
                details: "Of an empty input, nil.",
                examples: [BuiltinExample("median([5, 1, 3])", "3"), BuiltinExample("median([4, 1, 3, 2])", "2.5")]
            ) { values in
                guard !values.isEmpty else { return .nil }
                let sorted = values.sorted()
                let middle = sorted.count / 2
                return .number(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
            },
            numeric(
                "sd", summary: "The sample standard deviation (divides by n − 1).",
                details: "With fewer than two values, nil: one number has no spread to estimate.",
                examples: [BuiltinExample("sd([2, 4, 4, 4, 5, 5, 7, 9])", "2.1381")]
            ) { values in
                guard values.count >= 2 else { return .nil }
                let mean = values.reduce(0, +) / Double(values.count)
                let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
                return .number((squares / Double(values.count - 1)).squareRoot())
            },
            extreme("min", summary: "The smallest value (numbers, or strings in Unicode order).", pickFirst: true,
                    examples: [BuiltinExample("min([3, 1, 2])", "1"), BuiltinExample("min([\"pear\", \"apple\"])", "apple")]),
            extreme("max", summary: "The largest value (numbers, or strings in Unicode order).", pickFirst: false,
                    examples: [BuiltinExample("max([3, 1, 2])", "3")]),
        ]
    }

    static let parameters: [BuiltinParameter] = [
        .value("input", .list, .table, .grouped),
        .perRow("column", optional: true),
    ]

    static let commonDetails = """
        The input is a list, or a table with a column expression (`t | NAME(words)`), or a \
        grouped table, which gives one row per group. nil values are skipped.
        """

    /// An aggregate over numbers.
    static func numeric(
        _ name: String, summary: String, details: String, examples: [BuiltinExample],
        reduce: @escaping @Sendable ([Double]) -> Value
    ) -> Builtin {
        Builtin(
            name: name, category: "Aggregates", signature: "\(name)(input, column?) -> number",
            summary: summary, details: commonDetails + " " + details, examples: examples, parameters: parameters
        ) { call throws(RuntimeError) in
            try aggregate(call) { values throws(RuntimeError) in
                var numbers: [Double] = []
                numbers.reserveCapacity(values.count)
                for value in values {
                    switch value {
                    case .number(let number): numbers.append(number)
                    case .nil: continue
                    default:
                        throw call.error(
                            "'\(name)' needs numbers, but found \(value.type.withArticle)",
                            at: call.has("column") ? "column" : "input",
                            suggestion: value.type == .string ? "convert text with num(…)" : nil)
                    }
                }
                return reduce(numbers)
            }
        }
    }

    /// `min` or `max`: numbers or strings, all of one type.
    static func extreme(_ name: String, summary: String, pickFirst: Bool, examples: [BuiltinExample]) -> Builtin {
        Builtin(
            name: name, category: "Aggregates", signature: "\(name)(input, column?) -> number or string",
            summary: summary, details: commonDetails + " Of an empty input, nil.", examples: examples,
            parameters: parameters
        ) { call throws(RuntimeError) in
            try aggregate(call) { values throws(RuntimeError) in
                let present = values.filter { !$0.isNil }
                guard let first = present.first else { return .nil }
                for value in present where value.type != first.type || (value.type != .number && value.type != .string) {
                    throw call.error(
                        "'\(name)' needs numbers or strings of one type, but found \(first.type.withArticle) and \(value.type.withArticle)",
                        at: call.has("column") ? "column" : "input")
                }
                var best = first
                for value in present.dropFirst() {
                    let order = Value.order(value, best)
                    if pickFirst ? order < 0 : order > 0 { best = value }
                }
                return best
            }
        }
    }

    /// Applies `reduce` to a list, a table column, or each group's column.
    static func aggregate(_ call: BuiltinCall, reduce: ([Value]) throws(RuntimeError) -> Value) throws(RuntimeError) -> Value {
        switch call.value("input") {
        case .list(let items)?:
            return try reduce(try call.perRowValues("column", overElements: items))
        case .table(let table)?:
            return try reduce(try columnValues(call, table))
        case .grouped(let grouped)?:
            var results: [[Value]] = []
            for group in grouped.groups {
                try call.checkCancellation()
                results.append([try reduce(try columnValues(call, group.rows))])
            }
            let label = call.label(of: "column").map { isPlainName($0) ? "\(call.name)_\($0)" : call.name } ?? call.name
            do throws(TableError) {
                return .table(try grouped.summary(columns: [label], values: results))
            } catch {
                throw call.error(error.description, suggestion: "name the result with table(…) instead")
            }
        default:
            throw call.error("'\(call.name)' needs a list or a table", at: "input")
        }
    }

    private static func columnValues(_ call: BuiltinCall, _ table: Table) throws(RuntimeError) -> [Value] {
        guard call.has("column") else {
            throw call.error(
                "'\(call.name)' of a table needs a column", suggestion: "write e.g. t | \(call.name)(words)")
        }
        return try call.perRowValues("column", over: table)
    }

    static func isPlainName(_ text: String) -> Bool {
        guard let first = text.utf8.first, Lexer.isIdentifierStart(first) else { return false }
        return text.utf8.allSatisfy(Lexer.isIdentifierPart)
    }
}

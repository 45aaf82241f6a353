/// The pieces of a report: `prose`, `chart`, `terms`, `evidence`, `warnings` and `section`.
///
/// Each returns a record describing a block (`{block: "chart", …}`), which `section` gathers
/// and `report` renders. Blocks that show numbers compute their data themselves, with the
/// evidence of every metric call in it recorded, so the HTML report can link each number to
/// its sentences: write the metric expression in the block (`chart(corpus() | by outlet |
/// mentions(Russia), value: "per1000")`), not a name bound earlier, to get the links.
enum ReportBlockBuiltins {
    static var builtins: [Builtin] { [prose, chart, terms, evidence, warnings, section] }

    static let prose = Builtin(
        name: "prose", category: "Reports", signature: "prose(text) -> block",
        summary: "A block of text for a report section; blank lines separate paragraphs.",
        examples: [BuiltinExample("prose(\"Russia leads.\").block", "prose")],
        parameters: [.value("text", .string)]
    ) { call throws(RuntimeError) in
        .record(Record([("block", .string("prose")), ("text", .string(try call.string("text")))]))
    }

    static let chart = Builtin(
        name: "chart", category: "Reports",
        signature: "chart(data, value: column, kind: \"bar\", label: column, low: column, high: column, n: column, columns: [names], unit: text, title: text) -> block",
        summary: "A bar chart with interval whiskers, or an outlet × category heatmap, of a table.",
        details: """
            `kind: "bar"` (the default): one bar per row, labelled by `label` (default: the first text \
            column), of the number column `value` (default: the first number column that is not `n`), with \
            its 95% interval from `low` and `high` (default: columns `lo` and `hi`, or `VALUE_lo` and \
            `VALUE_hi`) as whiskers and its n from `n` (default: the column `n`). `kind: "heatmap"`: rows by \
            `label`, one column per name in `columns` (default: every number column except n, lo, hi, \
            documents, sentences and words), coloured by value with a legend. `unit` labels the axis or \
            legend ("mentions per 1,000 words"); give it — a chart without units misleads. A `warning` \
            column (as `compare` gives) marks fragile bars. The data is computed in the block, so each bar \
            and cell links to its evidence in the HTML report.
            """,
        examples: [BuiltinExample("chart(table(outlet = [\"a\", \"b\"], share = [0.2, 0.5]), unit: \"share\").kind", "bar")],
        parameters: [
            .perRow("data"), .value("value", .string, optional: true), .value("kind", .string, optional: true),
            .value("label", .string, optional: true), .value("low", .string, optional: true), .value("high", .string, optional: true),
            .value("n", .string, optional: true), .value("columns", .list, optional: true),
            .value("unit", .string, optional: true), .value("title", .string, optional: true),
        ]
    ) { call throws(RuntimeError) in
        let data = try ReportBlockData.evaluate("data", of: call)
        guard case .table(let table) = data.value else {
            throw call.error("'chart' needs a table, not \(data.value.type.withArticle)", at: "data",
                             suggestion: "chart a table such as corpus() | by outlet | mentions(Russia)")
        }
        let kind = call.has("kind") ? try call.string("kind") : "bar"
        guard kind == "bar" || kind == "heatmap" else {
            throw call.error("'kind' must be \"bar\" or \"heatmap\", not \"\(kind)\"", at: "kind")
        }
        var fields: [(String, Value)] = [("block", .string("chart")), ("kind", .string(kind))]
        for name in ["title", "unit", "value", "label", "low", "high", "n"] {
            if call.has(name) {
                let text = try call.string(name)
                if ["value", "label", "low", "high", "n"].contains(name) { try requireColumn(text, in: table, call: call, parameter: name) }
                fields.append((name, .string(text)))
            }
        }
        if call.has("columns") {
            let names = try call.list("columns")
            for name in names {
                guard case .string(let column) = name else { throw call.error("'columns' must be a list of column names", at: "columns") }
                try requireColumn(column, in: table, call: call, parameter: "columns")
            }
            fields.append(("columns", .list(names)))
        }
        fields += [("data", .table(table)), ("evidence", .table(data.evidence))]
        return .record(Record(fields))
    }

    static let terms = Builtin(
        name: "terms", category: "Reports", signature: "terms(data, title: text) -> block",
        summary: "Keyness lists for a report: each group's distinctive terms with z-scores and raw counts.",
        details: "`data` is a table from `keyness`; the block shows one list per group, each term with its z-score and its counts in the group and the baseline, the score linking to the sentences that use the term.",
        examples: [BuiltinExample("terms(keyness(by: outlet, top: 1)).block", "terms")],
        parameters: [.perRow("data"), .value("title", .string, optional: true)]
    ) { call throws(RuntimeError) in
        let data = try ReportBlockData.evaluate("data", of: call)
        guard case .table(let table) = data.value, table.columnIndex("term") != nil, table.columnIndex("z") != nil else {
            throw call.error("'terms' needs a table from keyness (with 'term' and 'z' columns)", at: "data",
                             suggestion: "write terms(keyness(by: outlet))")
        }
        var fields: [(String, Value)] = [("block", .string("terms"))]
        if call.has("title") { fields.append(("title", .string(try call.string("title")))) }
        fields += [("data", .table(table)), ("evidence", .table(data.evidence))]
        return .record(Record(fields))
    }

    static let evidence = Builtin(
        name: "evidence", category: "Reports", signature: "evidence(data, title: text, limit: 20) -> block",
        summary: "A list of sentences for a report, with the counted words highlighted, their document and outlet.",
        details: """
            `data` is a table of sentences: from `explain` (its `text` marks the counted words with \
            `[[` and `]]`), or from `kwic`. At most `limit` sentences are shown; the report says how many \
            more there are.
            """,
        examples: [BuiltinExample("evidence(kwic(Kurds)).block", "evidence")],
        parameters: [.value("data", .table), .value("title", .string, optional: true), .value("limit", .number, optional: true)]
    ) { call throws(RuntimeError) in
        let table = try call.table("data")
        guard table.columnIndex("document") != nil, table.columnIndex("text") != nil || table.columnIndex("match") != nil else {
            throw call.error("'evidence' needs a table of sentences, as explain(…) or kwic(…) give", at: "data")
        }
        var fields: [(String, Value)] = [("block", .string("evidence"))]
        if call.has("title") { fields.append(("title", .string(try call.string("title")))) }
        fields.append(("limit", .number(Double(call.has("limit") ? try call.integer("limit", atLeast: 1) : 20))))
        fields.append(("data", .table(table)))
        return .record(Record(fields))
    }

    static let warnings = Builtin(
        name: "warnings", category: "Reports", signature: "warnings(items) -> block",
        summary: "Cautions for a report: a list of texts, or the `warning` column of a table (as from compare).",
        examples: [BuiltinExample("warnings([\"rests on 2 sentences\"]).items", "[\"rests on 2 sentences\"]")],
        parameters: [.value("items", .list, .table, .string)]
    ) { call throws(RuntimeError) in
        var items: [Value] = []
        switch call.value("items") {
        case .string(let text)?: items = [.string(text)]
        case .list(let list)?:
            for item in list {
                guard case .string = item else { throw call.error("'warnings' takes texts, but the list has \(item.type.withArticle)", at: "items") }
                items.append(item)
            }
        case .table(let table)?:
            guard let column = table.columnIndex("warning") else {
                throw call.error("'warnings' needs a table with a 'warning' column, as compare gives", at: "items")
            }
            let label = table.columns.firstIndex { $0.type == .string && $0.name != "warning" }
            for row in table.rows {
                guard case .string(let text) = row.values[column] else { continue }
                if let label, case .string(let name) = row.values[label] { items.append(.string("\(name): \(text)")) } else { items.append(.string(text)) }
            }
        default:
            throw call.error("'warnings' takes a list of texts or a table", at: "items")
        }
        return .record(Record([("block", .string("warnings")), ("items", .list(items))]))
    }

    static let section = Builtin(
        name: "section", category: "Reports", signature: "section(heading, block, …) -> section",
        summary: "A report section: a heading, then blocks — prose, tables, charts, terms, evidence, warnings.",
        details: """
            Each block is a block (`prose(…)`, `chart(…)`, `terms(…)`, `evidence(…)`, `warnings(…)`), a \
            string (a paragraph of prose) or a table (shown as a table: a number column followed by `lo` and \
            `hi` columns is shown with its interval, and with the row's `n`; a `warning` column marks \
            fragile rows). A table computed in the section itself links its numbers to their evidence.
            """,
        examples: [BuiltinExample("section(\"Tone\", \"Mostly negative.\").section", "Tone")],
        parameters: [.value("heading", .string), .columns("blocks")]
    ) { call throws(RuntimeError) in
        var blocks: [Value] = []
        for argument in call.columns {
            if let name = argument.name {
                throw RuntimeError("'section' takes blocks, not named arguments like '\(name)'", at: argument.nameRange ?? argument.expr.range)
            }
            let data = try ReportBlockData.evaluate(argument.expr, call: call)
            blocks += try block(from: data, range: argument.expr.range)
        }
        return .record(Record([("section", .string(try call.string("heading"))), ("blocks", .list(blocks))]))
    }

    /// A section argument as blocks: block records as they are, strings as prose, tables as
    /// table blocks with their evidence, lists flattened.
    private static func block(from data: ReportBlockData, range: SourceRange) throws(RuntimeError) -> [Value] {
        switch data.value {
        case .record(let record) where record["block"] != nil:
            return [.record(record)]
        case .string(let text):
            return [.record(Record([("block", .string("prose")), ("text", .string(text))]))]
        case .table(let table):
            return [.record(Record([("block", .string("table")), ("data", .table(table)), ("evidence", .table(data.evidence))]))]
        case .grouped:
            throw RuntimeError("a grouped table cannot be shown as it is", at: range, suggestion: "summarise it first: … | by outlet | table(n = count)")
        case .list(let items):
            var blocks: [Value] = []
            for item in items { blocks += try block(from: ReportBlockData(value: item, evidence: Table(columns: [])), range: range) }
            return blocks
        default:
            throw RuntimeError(
                "a section holds blocks, text and tables, not \(data.value.type.withArticle)", at: range,
                suggestion: "wrap it: prose(\"…\"), chart(…), or a table")
        }
    }

    private static func requireColumn(_ name: String, in table: Table, call: BuiltinCall, parameter: String) throws(RuntimeError) {
        guard table.columnIndex(name) == nil else { return }
        throw call.error(
            "the table has no column '\(name)'", at: parameter,
            suggestion: Suggestions.closest(to: name, in: table.columnNames).map { "did you mean '\($0)'?" }
                ?? "its columns are: \(table.columnNames.joined(separator: ", "))")
    }
}

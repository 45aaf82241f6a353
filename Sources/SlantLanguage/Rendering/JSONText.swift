import SlantReport

/// JSON for any value. Tables are arrays of objects (one per line at the top level, keys in
/// column order); a grouped table is an array of its keys with a `rows` count. Numbers use
/// ``NumberFormat``; nan and infinities become null; functions become strings.
enum JSONText {
    static func render(_ value: Value) -> String {
        switch value {
        case .table, .grouped:
            guard let tabular = Tabular(value) else { return "[]" }
            if tabular.rows.isEmpty { return "[]" }
            let objects = tabular.rows.map { row in
                "  {" + zip(tabular.columns, row).map { "\(string($0.0)): \(compact($0.1))" }.joined(separator: ", ") + "}"
            }
            return "[\n" + objects.joined(separator: ",\n") + "\n]"
        default:
            return compact(value)
        }
    }

    static func compact(_ value: Value) -> String {
        switch value {
        case .number(let number): return number.isFinite ? NumberFormat.plain(number) : "null"
        case .string(let text): return string(text)
        case .bool(let flag): return flag ? "true" : "false"
        case .nil: return "null"
        case .list(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
        case .record(let record):
            return "{" + record.fields.map { "\(string($0.key)): \(compact($0.value))" }.joined(separator: ", ") + "}"
        case .table, .grouped:
            guard let tabular = Tabular(value) else { return "[]" }
            return "[" + tabular.rows.map { row in
                "{" + zip(tabular.columns, row).map { "\(string($0.0)): \(compact($0.1))" }.joined(separator: ", ") + "}"
            }.joined(separator: ", ") + "]"
        case .function: return string(ValueText.literal(value))
        case .actor(let actor):
            return "{\"actor\": \(string(actor.name)), \"aliases\": [" + actor.aliases.map(string).joined(separator: ", ") + "]}"
        }
    }

    /// `text` as a JSON string (``SlantReport/JSONString``, without the separator escapes).
    static func string(_ text: String) -> String {
        JSONString.quoted(text, escapingSeparators: false)
    }
}

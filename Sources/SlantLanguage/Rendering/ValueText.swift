/// Values as text: `plain` for printing a value by itself (a string prints without quotes),
/// `literal` for values inside lists and records (strings quoted and escaped).
public enum ValueText {
    public static func plain(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        default: return literal(value)
        }
    }

    public static func literal(_ value: Value) -> String {
        switch value {
        case .number(let number): return NumberFormat.plain(number)
        case .string(let text): return quoted(text)
        case .bool(let flag): return flag ? "true" : "false"
        case .nil: return "nil"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .record(let record):
            return "{" + record.fields.map { "\(key($0.key)): \(literal($0.value))" }.joined(separator: ", ") + "}"
        case .table(let table):
            return "<table: \(table.rowCount) row\(table.rowCount == 1 ? "" : "s") × \(table.columns.count) column\(table.columns.count == 1 ? "" : "s")>"
        case .grouped(let grouped):
            return "<grouped table: \(grouped.groups.count) group\(grouped.groups.count == 1 ? "" : "s") by \(grouped.keyColumns.joined(separator: ", "))>"
        case .function(.user(let closure)): return "<fn \(FunctionValue.user(closure).signature)>"
        case .function(.builtin(let builtin)): return "<builtin \(builtin.name)>"
        case .actor(let actor): return "actor \(actor.name) = " + actor.aliases.map(quoted).joined(separator: ", ")
        }
    }

    /// A string literal as Slant would read it back.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A record key: bare when it reads as a name, quoted otherwise.
    static func key(_ text: String) -> String {
        guard let first = text.utf8.first, Lexer.isIdentifierStart(first), text.utf8.allSatisfy(Lexer.isIdentifierPart),
              Keyword(rawValue: text) == nil
        else { return quoted(text) }
        return text
    }

    /// A table cell: strings raw with line breaks and tabs turned into spaces, nil empty.
    static func cell(_ value: Value) -> String {
        switch value {
        case .nil: return ""
        case .string(let text):
            var result = ""
            for scalar in text.unicodeScalars {
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            return result
        default: return literal(value)
        }
    }
}

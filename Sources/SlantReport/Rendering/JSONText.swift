/// A small JSON writer with keys in the order given (so output is stable and reads top-down).
struct JSONText {
    indirect enum Node {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([Node])
        case object([(String, Node)])
    }

    /// Two-space indented JSON, ending without a line break.
    static func render(_ node: Node) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        return out
    }

    private static func write(_ node: Node, indent: Int, into out: inout String) {
        switch node {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let value): out += value.isFinite ? ReportNumberFormat.exact(value) : "null"
        case .string(let text): out += JSONString.quoted(text)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            // Arrays of scalars stay on one line (highlight ranges, rows of cells).
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    write(item, indent: indent, into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                write(item, indent: indent + 1, into: &out)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, field) in fields.enumerated() {
                out += String(repeating: "  ", count: indent + 1) + JSONString.quoted(field.0) + ": "
                write(field.1, indent: indent + 1, into: &out)
                out += index < fields.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }
}

/// JSON string literals, shared by the report's JSON and the language's `json` output mode.
public enum JSONString {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
    /// With `escapingSeparators` (the default) DEL, U+2028 and U+2029 are escaped too, so the
    /// text is also safe inside a `<script>` or a JavaScript source.
    public static func quoted(_ text: String, escapingSeparators: Bool = true) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20
                || (escapingSeparators && (scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029)):
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension JSONText.Node {
    var isScalar: Bool {
        switch self {
        case .null, .bool, .number, .string: return true
        case .array, .object: return false
        }
    }
}

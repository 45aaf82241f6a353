/// Types and conversions.
enum CoreBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [type, str, num, fallback] }

    static let type = Builtin(
        name: "type", category: "Values", signature: "type(value) -> string",
        summary: "The type of a value: number, string, bool, nil, list, record, table, grouped table, function or actor.",
        examples: [BuiltinExample("type(42)", "number"), BuiltinExample("type(corpus())", "table")],
        parameters: [.value("value")]
    ) { call throws(RuntimeError) in
        .string((call.value("value") ?? .nil).typeName)
    }

    static let str = Builtin(
        name: "str", category: "Values", signature: "str(value) -> string",
        summary: "The value as text, the way Slant prints it.",
        examples: [BuiltinExample("str(1.5) + \"%\"", "1.5%"), BuiltinExample("str([1, \"a\"])", "[1, \"a\"]")],
        parameters: [.value("value")]
    ) { call throws(RuntimeError) in
        .string(ValueText.plain(call.value("value") ?? .nil))
    }

    static let num = Builtin(
        name: "num", category: "Values", signature: "num(value) -> number",
        summary: "A number from a string (`\"3.5\"`), a bool (1 or 0) or a number.",
        examples: [BuiltinExample("num(\"3.5\") * 2", "7"), BuiltinExample("num(true)", "1")],
        parameters: [.value("value", .string, .number, .bool)]
    ) { call throws(RuntimeError) in
        switch call.value("value") {
        case .number(let number)?: return .number(number)
        case .bool(let flag)?: return .number(flag ? 1 : 0)
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace
            guard let number = Double(trimmed), number.isFinite, !trimmed.lowercased().contains("n") else {
                throw call.error("'\(text)' is not a number", at: "value", suggestion: "write digits, e.g. \"3.5\"")
            }
            return .number(number)
        default:
            throw call.error("'num' needs a string, number or bool", at: "value")
        }
    }

    static let fallback = Builtin(
        name: "default", category: "Values", signature: "default(value, fallback) -> value",
        summary: "The value, or the fallback when the value is nil (a missing metadata field, say).",
        examples: [BuiltinExample("default(nil, \"unknown\")", "unknown"), BuiltinExample("default(3, 0)", "3")],
        parameters: [.value("value"), .value("fallback")]
    ) { call throws(RuntimeError) in
        let value = call.value("value") ?? .nil
        return value.isNil ? (call.value("fallback") ?? .nil) : value
    }
}

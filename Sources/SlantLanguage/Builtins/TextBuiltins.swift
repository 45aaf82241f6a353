/// Strings: length, case, trimming, splitting, joining, replacing, prefixes, dates.
enum TextBuiltins: BuiltinModule {
    static var builtins: [Builtin] {
        [length, lower, upper, trim, split, join, replace, startsWith, endsWith, year]
    }

    private static func stringFunction(
        _ name: String, summary: String, examples: [BuiltinExample], _ transform: @escaping @Sendable (String) -> Value
    ) -> Builtin {
        Builtin(
            name: name, category: "Text", signature: "\(name)(text) -> \(name == "length" ? "number" : "string")",
            summary: summary, examples: examples, parameters: [.value("text", .string)]
        ) { call throws(RuntimeError) in
            transform(try call.string("text"))
        }
    }

    static let length = stringFunction(
        "length", summary: "The number of characters (grapheme clusters) in a string.",
        examples: [BuiltinExample("length(\"Moscow\")", "6"), BuiltinExample("length(\"naïve\")", "5")]
    ) { .number(Double($0.count)) }

    static let lower = stringFunction(
        "lower", summary: "The string in lower case.", examples: [BuiltinExample("lower(\"ISIS\")", "isis")]
    ) { .string($0.lowercased()) }

    static let upper = stringFunction(
        "upper", summary: "The string in upper case.", examples: [BuiltinExample("upper(\"isis\")", "ISIS")]
    ) { .string($0.uppercased()) }

    static let trim = stringFunction(
        "trim", summary: "The string without leading and trailing white space.",
        examples: [BuiltinExample("\"[\" + trim(\"  Assad \") + \"]\"", "[Assad]")]
    ) { .string($0.trimmingWhitespace) }

    static let split = Builtin(
        name: "split", category: "Text", signature: "split(text, separator) -> list of strings",
        summary: "Cuts a string at every occurrence of the separator.",
        details: "An empty separator splits into characters.",
        examples: [BuiltinExample("split(\"a, b, c\", \", \")", "[\"a\", \"b\", \"c\"]")],
        parameters: [.value("text", .string), .value("separator", .string)]
    ) { call throws(RuntimeError) in
        let text = try call.string("text")
        let separator = try call.string("separator")
        if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
        return .list(text.split(separator: separator, omittingEmptySubsequences: false).map { .string(String($0)) })
    }

    static let join = Builtin(
        name: "join", category: "Text", signature: "join(list, separator?) -> string",
        summary: "Joins a list's items into one string (numbers and others as `str` prints them).",
        examples: [BuiltinExample("join([\"Putin\", \"Lavrov\"], \" and \")", "Putin and Lavrov"), BuiltinExample("join([1, 2, 3])", "123")],
        parameters: [.value("list", .list), .value("separator", .string, optional: true)]
    ) { call throws(RuntimeError) in
        let separator = call.value("separator").flatMap { if case .string(let text) = $0 { return text } else { return nil } } ?? ""
        return .string(try call.list("list").map { ValueText.plain($0) }.joined(separator: separator))
    }

    static let replace = Builtin(
        name: "replace", category: "Text", signature: "replace(text, old, new) -> string",
        summary: "Replaces every occurrence of `old` with `new`.",
        examples: [BuiltinExample("replace(\"ISIL\", \"L\", \"S\")", "ISIS")],
        parameters: [.value("text", .string), .value("old", .string), .value("new", .string)]
    ) { call throws(RuntimeError) in
        let old = try call.string("old")
        guard !old.isEmpty else { throw call.error("'old' must not be empty", at: "old") }
        return .string(try call.string("text").replacing(old, with: try call.string("new")))
    }

    static let startsWith = Builtin(
        name: "starts_with", category: "Text", signature: "starts_with(text, prefix) -> bool",
        summary: "Whether the string begins with the prefix.",
        examples: [BuiltinExample("starts_with(\"2015-11-18\", \"2015\")", "true")],
        parameters: [.value("text", .string), .value("prefix", .string)]
    ) { call throws(RuntimeError) in
        .bool(try call.string("text").hasPrefix(try call.string("prefix")))
    }

    static let endsWith = Builtin(
        name: "ends_with", category: "Text", signature: "ends_with(text, suffix) -> bool",
        summary: "Whether the string ends with the suffix.",
        examples: [BuiltinExample("ends_with(\"report.csv\", \".csv\")", "true")],
        parameters: [.value("text", .string), .value("suffix", .string)]
    ) { call throws(RuntimeError) in
        .bool(try call.string("text").hasSuffix(try call.string("suffix")))
    }

    static let year = Builtin(
        name: "year", category: "Text", signature: "year(date) -> number or nil",
        summary: "The year of an ISO 8601 date string (`2015-11-18` gives 2015); nil when it has none.",
        details: "Dates are strings in Slant; ISO dates sort correctly as text. Useful for grouping: `by year(date)`.",
        examples: [BuiltinExample("year(\"2015-11-18\")", "2015"), BuiltinExample("year(\"unknown\")", "nil")],
        parameters: [.value("date", .string, .nil)]
    ) { call throws(RuntimeError) in
        guard case .string(let text)? = call.value("date") else { return .nil }
        let digits = text.utf8.prefix(4)
        guard digits.count == 4, digits.allSatisfy(Lexer.isDigit), let number = Double(String(decoding: digits, as: UTF8.self)) else {
            return .nil
        }
        return .number(number)
    }
}

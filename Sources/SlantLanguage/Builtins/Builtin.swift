/// A function provided by Slant (or a metric module), with the documentation users see in
/// `:doc NAME`, `docs/LANGUAGE.md`, and the examples the test suite runs.
public struct Builtin: Sendable {
    /// How a builtin is invoked.
    public enum Kind: Sendable, Hashable {
        /// An ordinary function: `name(args)`, or `input | name(args)`.
        case function
        /// A table verb written without brackets (`where`, `select`, `sort`, `top`, `by`). The
        /// evaluator implements verbs itself; their entries exist for the documentation.
        case verb
    }

    public var name: String
    public var kind: Kind
    /// Grouping for the reference ("Tables", "Aggregates", "Text", …).
    public var category: String
    /// `sum(input, column?) -> number`
    public var signature: String
    /// One line: what it does.
    public var summary: String
    /// A paragraph or two: arguments, edge cases, what it returns.
    public var details: String
    /// At least one example, each with its exact output as `slant -e` prints it.
    public var examples: [BuiltinExample]
    public var parameters: [BuiltinParameter]
    let implementation: (@Sendable (BuiltinCall) throws(RuntimeError) -> Value)?

    public init(
        name: String, category: String, signature: String, summary: String, details: String = "",
        examples: [BuiltinExample], parameters: [BuiltinParameter],
        implementation: @escaping @Sendable (BuiltinCall) throws(RuntimeError) -> Value
    ) {
        self.name = name
        self.kind = .function
        self.category = category
        self.signature = signature
        self.summary = summary
        self.details = details
        self.examples = examples
        self.parameters = parameters
        self.implementation = implementation
    }

    /// A documentation entry for a table verb.
    public init(verb name: String, signature: String, summary: String, details: String, examples: [BuiltinExample]) {
        self.name = name
        self.kind = .verb
        self.category = "Table verbs"
        self.signature = signature
        self.summary = summary
        self.details = details
        self.examples = examples
        self.parameters = []
        self.implementation = nil
    }
}

/// A documented example: source to run and exactly what it prints (table format, no colour).
public struct BuiltinExample: Sendable, Hashable {
    public var source: String
    public var output: String

    public init(_ source: String, _ output: String) {
        self.source = source
        self.output = output
    }
}

/// One parameter of a builtin.
public struct BuiltinParameter: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Evaluated once, in the caller's scope; `types` lists what is accepted (empty: anything).
        case value(Set<ValueType>)
        /// Kept unevaluated and evaluated once per row, with the columns in scope (`sum(words)`).
        case perRow
        /// Every further argument, positional or named, kept unevaluated (`table(n = count, …)`).
        case columns
    }

    public var name: String
    public var kind: Kind
    public var isOptional: Bool

    public init(_ name: String, _ kind: Kind, optional: Bool = false) {
        self.name = name
        self.kind = kind
        self.isOptional = optional
    }

    public static func value(_ name: String, _ types: ValueType..., optional: Bool = false) -> BuiltinParameter {
        BuiltinParameter(name, .value(Set(types)), optional: optional)
    }

    public static func perRow(_ name: String, optional: Bool = false) -> BuiltinParameter {
        BuiltinParameter(name, .perRow, optional: optional)
    }

    public static func columns(_ name: String) -> BuiltinParameter {
        BuiltinParameter(name, .columns, optional: true)
    }
}

import SlantText

/// An argument of the `columns` kind: `name = expression` or a bare expression, unevaluated.
public struct ColumnArgument: Sendable {
    public var name: String?
    public var nameRange: SourceRange?
    public var expr: Expr
}

/// What a builtin's implementation receives: its bound arguments and the means to evaluate
/// per-row expressions, call function values and report located errors.
public struct BuiltinCall {
    enum Bound {
        case value(Value, SourceRange)
        case expression(Expr)
    }

    public let builtin: Builtin
    /// The whole call expression; errors with no better place point here.
    public let range: SourceRange
    let interpreter: Interpreter
    let environment: Environment
    let bound: [String: Bound]
    /// Arguments collected by a `columns` parameter, in order.
    public let columns: [ColumnArgument]

    init(
        builtin: Builtin, range: SourceRange, interpreter: Interpreter, environment: Environment,
        bound: [String: Bound], columns: [ColumnArgument]
    ) {
        self.builtin = builtin
        self.range = range
        self.interpreter = interpreter
        self.environment = environment
        self.bound = bound
        self.columns = columns
    }

    public var name: String { builtin.name }

    /// True when the parameter was given (positionally, by name, or piped).
    public func has(_ parameter: String) -> Bool { bound[parameter] != nil }

    /// The value of a value parameter (nil when absent, or when the argument is a per-row expression).
    public func value(_ parameter: String) -> Value? {
        if case .value(let value, _)? = bound[parameter] { return value }
        return nil
    }

    /// Where the argument for `parameter` is, or the call when it was not given.
    public func range(of parameter: String) -> SourceRange {
        switch bound[parameter] {
        case .value(_, let range)?: return range
        case .expression(let expr)?: return expr.range
        case nil: return range
        }
    }

    /// A located error about this call or one of its arguments.
    public func error(_ message: String, at parameter: String? = nil, suggestion: String? = nil) -> RuntimeError {
        RuntimeError(message, at: parameter.map { range(of: $0) } ?? range, suggestion: suggestion)
    }

    /// A located error with a kind (limits).
    public func error(_ message: String, kind: RuntimeError.Kind, suggestion: String? = nil) -> RuntimeError {
        RuntimeError(message, at: range, suggestion: suggestion, kind: kind)
    }

    private func wrongType(_ parameter: String, expected: String, got value: Value) -> RuntimeError {
        error("'\(name)' needs \(expected) for '\(parameter)', not \(value.type.withArticle)", at: parameter,
              suggestion: "it is \(builtin.signature)")
    }

    public func number(_ parameter: String) throws(RuntimeError) -> Double {
        guard case .number(let number)? = value(parameter) else {
            throw wrongType(parameter, expected: "a number", got: value(parameter) ?? .nil)
        }
        return number
    }

    /// A whole number within `range` (inclusive lower bound), with a located error otherwise.
    public func integer(_ parameter: String, atLeast minimum: Int = Int.min) throws(RuntimeError) -> Int {
        let number = try number(parameter)
        guard number == number.rounded(), abs(number) < 1e15 else {
            throw error("'\(parameter)' must be a whole number, not \(NumberFormat.plain(number))", at: parameter)
        }
        let whole = Int(number)
        guard whole >= minimum else {
            throw error("'\(parameter)' must be at least \(minimum), not \(whole)", at: parameter)
        }
        return whole
    }

    public func string(_ parameter: String) throws(RuntimeError) -> String {
        guard case .string(let text)? = value(parameter) else {
            throw wrongType(parameter, expected: "a string", got: value(parameter) ?? .nil)
        }
        return text
    }

    public func list(_ parameter: String) throws(RuntimeError) -> [Value] {
        guard case .list(let items)? = value(parameter) else {
            throw wrongType(parameter, expected: "a list", got: value(parameter) ?? .nil)
        }
        return items
    }

    public func table(_ parameter: String) throws(RuntimeError) -> Table {
        guard case .table(let table)? = value(parameter) else {
            throw wrongType(parameter, expected: "a table", got: value(parameter) ?? .nil)
        }
        return table
    }

    public func function(_ parameter: String) throws(RuntimeError) -> FunctionValue {
        guard case .function(let function)? = value(parameter) else {
            throw wrongType(parameter, expected: "a function", got: value(parameter) ?? .nil)
        }
        return function
    }

    public func actor(_ parameter: String) throws(RuntimeError) -> ActorValue {
        guard case .actor(let actor)? = value(parameter) else {
            throw wrongType(parameter, expected: "an actor", got: value(parameter) ?? .nil)
        }
        return actor
    }

    // MARK: Per-row evaluation

    /// Evaluates a per-row parameter once per table row, with the row's columns in scope.
    /// A piped value given to a per-row parameter is returned for every row.
    public func perRowValues(_ parameter: String, over table: Table) throws(RuntimeError) -> [Value] {
        switch bound[parameter] {
        case .expression(let expr)?:
            return try interpreter.evaluatePerRow(expr, over: table, in: environment)
        case .value(let value, _)?:
            return Array(repeating: value, count: table.rowCount)
        case nil:
            return Array(repeating: .nil, count: table.rowCount)
        }
    }

    /// Evaluates a per-row parameter once per list element (a record's fields are names; `it` is the element).
    public func perRowValues(_ parameter: String, overElements items: [Value]) throws(RuntimeError) -> [Value] {
        switch bound[parameter] {
        case .expression(let expr)?:
            return try interpreter.evaluatePerElement(expr, over: items, in: environment)
        case .value(let value, _)?:
            return Array(repeating: value, count: items.count)
        case nil:
            return items
        }
    }

    /// A short label for a per-row argument: the column name when it is one, else its source text.
    public func label(of parameter: String) -> String? {
        guard case .expression(let expr)? = bound[parameter] else { return nil }
        return interpreter.columnLabel(for: expr)
    }

    /// A column name for a `columns` argument: its given name, else derived from the expression.
    public func columnName(of argument: ColumnArgument) -> String {
        argument.name ?? interpreter.columnLabel(for: argument.expr)
    }

    /// Evaluates `expr` as a pipeline stage applied to `input` (how `table(n = count)` computes per group).
    public func evaluateStage(_ expr: Expr, input: Value) throws(RuntimeError) -> Value {
        try interpreter.applyStage(expr, to: input, inputRange: range, in: environment)
    }

    /// Evaluates `expr` in the caller's scope.
    public func evaluate(_ expr: Expr) throws(RuntimeError) -> Value {
        try interpreter.evaluate(expr, in: environment)
    }

    /// Calls a function value (user or builtin) with positional arguments.
    public func invoke(_ function: FunctionValue, _ arguments: [Value]) throws(RuntimeError) -> Value {
        try interpreter.invoke(function, values: arguments, range: range, in: environment)
    }

    /// Throws "evaluation cancelled" if the user asked to stop; call it in long loops.
    public func checkCancellation() throws(RuntimeError) {
        try interpreter.checkCancellation(at: range)
    }

    public var limits: EvaluationLimits { interpreter.limits }

    /// Errors when `count` elements would exceed the collection size limit.
    public func checkSize(_ count: Int) throws(RuntimeError) {
        if count > limits.maximumCollectionSize {
            throw error(
                "'\(name)' would create \(count) elements, more than the limit of \(limits.maximumCollectionSize)",
                kind: .limit, suggestion: "work on smaller pieces")
        }
    }

    /// The table of documents for `corpus()` (path nil: the session's default corpus).
    public func corpusTable(path: String?) throws(RuntimeError) -> Table {
        do {
            return try interpreter.corpora.table(path: path)
        } catch {
            throw self.error(error.message, at: path == nil ? nil : "path", suggestion: error.suggestion)
        }
    }
}

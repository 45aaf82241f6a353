import SlantText

/// Evaluates syntax trees. One interpreter lives in a ``Session`` and keeps its globals across runs.
final class Interpreter: @unchecked Sendable {
    let registry: BuiltinRegistry
    let globals: Environment
    var limits: EvaluationLimits
    var corpora: CorpusCache
    /// The script text being run, for naming columns after their expressions (`select words / 2`).
    var sourceBytes: [UInt8] = []
    var cancellation: CancellationToken?
    var callDepth = 0
    private(set) var evaluationDepth = 0
    private var steps = 0

    init(registry: BuiltinRegistry, limits: EvaluationLimits, corpora: CorpusCache) {
        self.registry = registry
        self.limits = limits
        self.corpora = corpora
        self.globals = Environment(parent: nil)
    }

    /// Prepares for a new run: fresh counters, a new cancellation token, the new source text.
    func beginRun(source: [UInt8], cancellation: CancellationToken?) {
        sourceBytes = source
        self.cancellation = cancellation
        callDepth = 0
        evaluationDepth = 0
        steps = 0
    }

    // MARK: Statements

    /// Runs one statement; returns the value of an expression statement, nil for `let`/`actor`.
    func execute(_ statement: Stmt, in environment: Environment) throws(RuntimeError) -> Value? {
        switch statement.kind {
        case .binding(let binding):
            var value = try evaluate(binding.value, in: environment)
            if case .function(.user(let closure)) = value, closure.name == nil {
                value = .function(.user(closure.named(binding.name)))
            }
            environment.define(binding.name, value)
            return nil
        case .actor(let declaration):
            let actor = try evaluateActor(declaration, in: environment)
            environment.define(declaration.name, .actor(actor))
            return nil
        case .expression(let expr):
            return try evaluate(expr, in: environment)
        }
    }

    private func evaluateActor(_ declaration: ActorDeclaration, in environment: Environment) throws(RuntimeError) -> ActorValue {
        var aliases: [String] = []
        for expr in declaration.aliases {
            let value = try evaluate(expr, in: environment)
            let items: [Value]
            if case .list(let list) = value { items = list } else { items = [value] }
            for item in items {
                guard case .string(let alias) = item else {
                    throw RuntimeError(
                        "an actor's aliases must be strings, but this is \(item.type.withArticle)", at: expr.range,
                        suggestion: "write: actor \(declaration.name) = \"\(declaration.name)\", …")
                }
                let trimmed = alias.trimmingWhitespace
                guard !trimmed.isEmpty else {
                    throw RuntimeError(
                        "actor '\(declaration.name)' has an empty alias", at: expr.range,
                        suggestion: "every alias needs at least one letter")
                }
                if !aliases.contains(trimmed) { aliases.append(trimmed) }
            }
        }
        guard !aliases.isEmpty else {
            throw RuntimeError(
                "actor '\(declaration.name)' has no aliases", at: declaration.nameRange,
                suggestion: "list the names it goes by: actor \(declaration.name) = \"\(declaration.name)\", …")
        }
        return ActorValue(name: declaration.name, aliases: aliases)
    }

    // MARK: Expressions

    /// Evaluates an expression.
    ///
    /// Kept to a thin dispatcher on the node's ``ExprKind/Tag``: each kind is evaluated by its
    /// own method, which unpacks only its own payload. An unoptimised build gives every local of
    /// every case of a `switch` its own stack slot, and this function is on the stack once per
    /// level of nesting; dispatching on the payload-free tag keeps its frame small.
    func evaluate(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        evaluationDepth += 1
        defer { evaluationDepth -= 1 }
        if evaluationDepth > limits.maximumEvaluationDepth { throw tooDeep(at: expr.range) }
        try step(at: expr.range)
        switch expr.kind.tag {
        case .literal: return literal(expr)
        case .identifier: return try evaluateIdentifier(expr, in: environment)
        case .list: return try evaluateList(expr, in: environment)
        case .record: return try evaluateRecord(expr, in: environment)
        case .field: return try evaluateField(expr, in: environment)
        case .index: return try evaluateIndex(expr, in: environment)
        case .unary: return try evaluateUnary(expr, in: environment)
        case .binary: return try evaluateBinary(expr, in: environment)
        case .call: return try evaluateCall(expr, in: environment)
        case .pipe: return try evaluatePipe(expr, in: environment)
        case .function: return makeClosure(expr, in: environment)
        case .conditional: return try evaluateConditional(expr, in: environment)
        case .block: return try evaluateBlock(expr, in: environment)
        case .verb: return try evaluateVerb(expr, in: environment)
        }
    }

    /// For the per-kind methods: the node was not of the kind its tag said (cannot happen).
    private func mismatch(_ expr: Expr) -> RuntimeError {
        RuntimeError("internal error: unexpected syntax node", at: expr.range)
    }

    private func literal(_ expr: Expr) -> Value {
        switch expr.kind {
        case .number(let value): return .number(value)
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        default: return .nil
        }
    }

    private func evaluateIdentifier(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .identifier(let name) = expr.kind else { throw mismatch(expr) }
        return try resolve(name, at: expr.range, in: environment)
    }

    private func evaluateList(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .list(let items) = expr.kind else { throw mismatch(expr) }
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items { values.append(try evaluate(item, in: environment)) }
        return try checkedNesting(.list(values), at: expr.range)
    }

    private func evaluateRecord(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .record(let fields) = expr.kind else { throw mismatch(expr) }
        var record = Record()
        for field in fields { record.set(field.key, try evaluate(field.value, in: environment)) }
        return try checkedNesting(.record(record), at: expr.range)
    }

    private func evaluateField(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .field(let base, let name, let nameRange) = expr.kind else { throw mismatch(expr) }
        return try fieldAccess(try evaluate(base, in: environment), name: name, nameRange: nameRange)
    }

    private func evaluateIndex(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .index(let base, let index) = expr.kind else { throw mismatch(expr) }
        let container = try evaluate(base, in: environment)
        return try subscriptValue(container, try evaluate(index, in: environment), indexRange: index.range)
    }

    private func evaluateUnary(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .unary(let op, let operand) = expr.kind else { throw mismatch(expr) }
        return try unary(op, try evaluate(operand, in: environment), range: expr.range)
    }

    private func evaluateBinary(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .binary(let op, let left, let right, _) = expr.kind else { throw mismatch(expr) }
        return try binary(op, left, right, range: expr.range, in: environment)
    }

    private func evaluateCall(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .call(let callee, let arguments) = expr.kind else { throw mismatch(expr) }
        return try call(callee, arguments.map { .expression($0) }, range: expr.range, in: environment)
    }

    private func evaluatePipe(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .pipe(let input, let stage) = expr.kind else { throw mismatch(expr) }
        let value = try evaluate(input, in: environment)
        return try applyStage(stage, to: value, inputRange: input.range, in: environment)
    }

    private func makeClosure(_ expr: Expr, in environment: Environment) -> Value {
        guard case .function(let literal) = expr.kind else { return .nil }
        return .function(.user(Closure(name: nil, literal: literal, environment: environment, range: expr.range)))
    }

    private func evaluateConditional(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .conditional(let condition, let then, let otherwise) = expr.kind else { throw mismatch(expr) }
        let test = try evaluate(condition, in: environment)
        guard case .bool(let flag) = test else { throw notACondition(test, at: condition.range) }
        return try evaluate(flag ? then : otherwise, in: environment)
    }

    private func notACondition(_ test: Value, at range: SourceRange) -> RuntimeError {
        RuntimeError(
            "the condition of 'if' must be true or false, not \(test.type.withArticle)", at: range,
            suggestion: "compare it, e.g. 'if x != nil then …'")
    }

    private func evaluateBlock(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .block(let statements) = expr.kind else { throw mismatch(expr) }
        let scope = Environment(parent: environment)
        var last: Value = .nil
        for statement in statements {
            last = try execute(statement, in: scope) ?? .nil
        }
        return last
    }

    private func evaluateVerb(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        guard case .verb(let verb) = expr.kind else { throw mismatch(expr) }
        guard let input = environment.lookup("it") else {
            throw RuntimeError(
                "'\(verb.keyword)' has no input table here", at: expr.range,
                suggestion: "use it after '|', as in: corpus() | \(verb.keyword) …")
        }
        return try applyVerb(verb, to: input, range: expr.range, in: environment)
    }

    private func tooDeep(at range: SourceRange) -> RuntimeError {
        RuntimeError(
            "evaluation nested too deeply (more than \(limits.maximumEvaluationDepth) levels)", at: range,
            suggestion: "is a function calling itself without end?", kind: .limit)
    }

    /// Refuses values nested deeper than the limit (built by a recursive function, say).
    private func checkedNesting(_ value: Value, at range: SourceRange) throws(RuntimeError) -> Value {
        let limit = limits.maximumValueNesting
        if value.nestingDepth(upTo: limit + 1) > limit {
            throw RuntimeError(
                "value nested too deeply (lists or records more than \(limit) levels inside each other)", at: range,
                suggestion: "is a function wrapping its result again and again?", kind: .limit)
        }
        return value
    }

    /// Counts a step; checks cancellation and the step budget now and then.
    func step(at range: SourceRange) throws(RuntimeError) {
        steps += 1
        if steps & 0xFF == 0 {
            try checkCancellation(at: range)
            if let maximum = limits.maximumSteps, steps > maximum {
                throw RuntimeError(
                    "evaluation took more than \(maximum) steps", at: range,
                    suggestion: "the step limit protects against runaway scripts", kind: .limit)
            }
        }
    }

    func checkCancellation(at range: SourceRange) throws(RuntimeError) {
        if let cancellation, cancellation.isCancelled {
            throw RuntimeError("evaluation cancelled", at: range, kind: .cancelled)
        }
    }

    /// Looks a name up: scopes first, then builtins; otherwise a located error with a suggestion.
    func resolve(_ name: String, at range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        if let value = environment.lookup(name) { return value }
        if let builtin = registry.function(named: name) { return .function(.builtin(builtin)) }
        throw unknownName(name, at: range, in: environment, asFunction: false)
    }

    func unknownName(_ fullName: String, at range: SourceRange, in environment: Environment, asFunction: Bool) -> RuntimeError {
        let name = Lexer.abbreviated(fullName)
        let candidates = environment.visibleNames + registry.functionNames
        let what = asFunction ? "function" : "name"
        if let match = Suggestions.closest(to: name, in: candidates) {
            return RuntimeError("unknown \(what) '\(name)'", at: range, suggestion: "did you mean '\(match)'?")
        }
        if name == "it" {
            return RuntimeError("'it' is only defined inside a pipeline stage or a row expression", at: range)
        }
        return RuntimeError(
            "unknown \(what) '\(name)'", at: range,
            suggestion: asFunction ? "see the builtins with ':help' or in docs/LANGUAGE.md" : "define it first with 'let \(name) = …'")
    }

    /// The source text of a range (to name a column after the expression that computes it).
    func text(of range: SourceRange) -> String {
        let start = max(0, min(range.start, sourceBytes.count))
        let end = max(start, min(range.end, sourceBytes.count))
        return String(decoding: sourceBytes[start..<end], as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

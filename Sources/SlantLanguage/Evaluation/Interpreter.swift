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

    func evaluate(_ expr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        evaluationDepth += 1
        defer { evaluationDepth -= 1 }
        if evaluationDepth > limits.maximumEvaluationDepth {
            throw RuntimeError(
                "evaluation nested too deeply (more than \(limits.maximumEvaluationDepth) levels)", at: expr.range,
                suggestion: "is a function calling itself without end?", kind: .limit)
        }
        try step(at: expr.range)
        switch expr.kind {
        case .number(let value): return .number(value)
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .nil: return .nil
        case .identifier(let name):
            return try resolve(name, at: expr.range, in: environment)
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item, in: environment)) }
            return .list(values)
        case .record(let fields):
            var record = Record()
            for field in fields { record.set(field.key, try evaluate(field.value, in: environment)) }
            return .record(record)
        case .field(let base, let name, let nameRange):
            return try fieldAccess(try evaluate(base, in: environment), name: name, nameRange: nameRange)
        case .index(let base, let index):
            return try subscriptValue(
                try evaluate(base, in: environment), try evaluate(index, in: environment), indexRange: index.range)
        case .unary(let op, let operand):
            return try unary(op, try evaluate(operand, in: environment), range: expr.range)
        case .binary(let op, let left, let right, let operatorRange):
            return try binary(op, left, right, operatorRange: operatorRange, range: expr.range, in: environment)
        case .call(let callee, let arguments):
            return try call(callee, arguments.map { .expression($0) }, range: expr.range, in: environment)
        case .pipe(let input, let stage):
            let value = try evaluate(input, in: environment)
            return try applyStage(stage, to: value, inputRange: input.range, in: environment)
        case .function(let literal):
            return .function(.user(Closure(name: nil, literal: literal, environment: environment, range: expr.range)))
        case .conditional(let condition, let then, let otherwise):
            let test = try evaluate(condition, in: environment)
            guard case .bool(let flag) = test else {
                throw RuntimeError(
                    "the condition of 'if' must be true or false, not \(test.type.withArticle)", at: condition.range,
                    suggestion: "compare it, e.g. 'if x != nil then …'")
            }
            return try evaluate(flag ? then : otherwise, in: environment)
        case .block(let statements):
            let scope = Environment(parent: environment)
            var last: Value = .nil
            for statement in statements {
                if let value = try execute(statement, in: scope) { last = value } else { last = .nil }
            }
            return last
        case .verb(let verb):
            guard let input = environment.lookup("it") else {
                throw RuntimeError(
                    "'\(verb.keyword)' has no input table here", at: expr.range,
                    suggestion: "use it after '|', as in: corpus() | \(verb.keyword) …")
            }
            return try applyVerb(verb, to: input, range: expr.range, in: environment)
        }
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

    func unknownName(_ name: String, at range: SourceRange, in environment: Environment, asFunction: Bool) -> RuntimeError {
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

/// An argument at a call site: a piped input (already a value) or an expression as written.
enum CallArgument {
    case piped(Value, SourceRange)
    case expression(Argument)
}

/// Calls, pipeline stages and argument binding.
extension Interpreter {
    func call(_ callee: Expr, _ arguments: [CallArgument], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        let function = try resolveFunction(callee, in: environment)
        return try invoke(function, arguments, range: range, in: environment)
    }

    /// The function a callee names, with "unknown function" and "not a function" errors.
    private func resolveFunction(_ callee: Expr, in environment: Environment) throws(RuntimeError) -> FunctionValue {
        let value: Value
        if case .identifier(let name) = callee.kind {
            if let bound = environment.lookup(name) {
                value = bound
            } else if let builtin = registry.function(named: name) {
                return .builtin(builtin)
            } else {
                throw unknownName(name, at: callee.range, in: environment, asFunction: true)
            }
        } else {
            value = try evaluate(callee, in: environment)
        }
        guard case .function(let function) = value else {
            throw RuntimeError(
                "\(describeCallee(callee)) is \(value.type.withArticle), not a function", at: callee.range,
                suggestion: value.type == .table ? "to filter or sort a table, use a verb: t | where …" : nil)
        }
        return function
    }

    private func describeCallee(_ callee: Expr) -> String {
        if case .identifier(let name) = callee.kind { return "'\(name)'" }
        return "this"
    }

    /// `input | stage`: a call gets the input as first argument, a bare function name is called
    /// with it, and any other expression is evaluated with the input bound to `it`. A call that
    /// passes `it` explicitly as an argument (`t | f(1, it)`) places the input itself, as the
    /// magrittr placeholder does in R.
    func applyStage(_ stage: Expr, to input: Value, inputRange: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        switch stage.kind {
        case .call(let callee, let arguments) where !arguments.contains(where: \.isPlaceholder):
            let function = try resolveFunction(callee, in: environment)
            return try invoke(function, [.piped(input, inputRange)] + arguments.map { .expression($0) }, range: stage.range, in: environment)
        case .identifier(let name) where name != "it":
            let function = try resolveFunction(stage, in: environment)
            return try invoke(function, [.piped(input, inputRange)], range: stage.range, in: environment)
        default:
            let scope = Environment(parent: environment)
            scope.define("it", input)
            return try evaluate(stage, in: scope)
        }
    }

    func invoke(_ function: FunctionValue, _ arguments: [CallArgument], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        switch function {
        case .user(let closure):
            var positional: [(Value, SourceRange)] = []
            var named: [(String, SourceRange, Value)] = []
            for argument in arguments {
                switch argument {
                case .piped(let value, let argumentRange):
                    positional.append((value, argumentRange))
                case .expression(let argument):
                    let value = try evaluate(argument.value, in: environment)
                    if let name = argument.name {
                        named.append((name, argument.nameRange ?? argument.range, value))
                    } else {
                        positional.append((value, argument.range))
                    }
                }
            }
            return try callUser(closure, positional: positional, named: named, range: range)
        case .builtin(let builtin):
            return try callBuiltin(builtin, arguments, range: range, in: environment)
        }
    }

    /// Calls any function value with already evaluated positional arguments (for `map`, `filter`, …).
    func invoke(_ function: FunctionValue, values: [Value], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        try invoke(function, values.map { .piped($0, range) }, range: range, in: environment)
    }

    func callUser(
        _ closure: Closure, positional: [(Value, SourceRange)], named: [(String, SourceRange, Value)], range: SourceRange
    ) throws(RuntimeError) -> Value {
        let parameters = closure.literal.parameters
        let name = closure.name ?? "this function"
        let shownName = closure.name.map { "'\($0)'" } ?? name
        let signature = FunctionValue.user(closure).signature
        if positional.count > parameters.count {
            throw RuntimeError(
                "\(shownName) takes \(count(parameters.count, "argument")) but got \(positional.count)",
                at: positional[parameters.count].1, suggestion: "it is \(signature)")
        }
        let scope = Environment(parent: closure.environment)
        var bound = Set<String>()
        for (index, (value, _)) in positional.enumerated() {
            scope.define(parameters[index].name, value)
            bound.insert(parameters[index].name)
        }
        for (argumentName, argumentRange, value) in named {
            guard parameters.contains(where: { $0.name == argumentName }) else {
                let match = Suggestions.closest(to: argumentName, in: parameters.map(\.name))
                throw RuntimeError(
                    "\(shownName) has no parameter '\(argumentName)'", at: argumentRange,
                    suggestion: match.map { "did you mean '\($0)'?" } ?? "it is \(signature)")
            }
            guard bound.insert(argumentName).inserted else {
                throw RuntimeError("argument '\(argumentName)' is given twice", at: argumentRange)
            }
            scope.define(argumentName, value)
        }
        if let missing = parameters.first(where: { !bound.contains($0.name) }) {
            throw RuntimeError(
                "\(shownName) needs argument '\(missing.name)' (\(count(parameters.count, "argument")), got \(bound.count))",
                at: range, suggestion: "it is \(signature)")
        }
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > limits.maximumCallDepth {
            throw RuntimeError(
                "too much recursion: more than \(limits.maximumCallDepth) nested function calls", at: range,
                suggestion: "does \(shownName) call itself without reaching a case that stops?", kind: .limit)
        }
        try checkCancellation(at: range)
        return try evaluate(closure.literal.body, in: scope)
    }

    func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension Argument {
    /// True for an argument written as just `it`.
    var isPlaceholder: Bool {
        if case .identifier("it") = value.kind { return true }
        return false
    }
}

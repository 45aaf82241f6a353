/// Binding call-site arguments to a builtin's parameters, then calling it.
extension Interpreter {
    func callBuiltin(_ builtin: Builtin, _ arguments: [CallArgument], range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        guard let implementation = builtin.implementation else {
            throw RuntimeError(
                "'\(builtin.name)' is a table verb, written without brackets", at: range,
                suggestion: "write: table | \(builtin.name) …")
        }
        let parameters = builtin.parameters
        let restIndex = parameters.firstIndex { $0.kind == .columns }
        var bound: [String: BuiltinCall.Bound] = [:]
        var columns: [ColumnArgument] = []
        var nextPositional = 0
        let usage = "it is \(builtin.signature)"

        for argument in arguments {
            switch argument {
            case .piped(let value, let argumentRange):
                guard nextPositional < parameters.count, parameters[nextPositional].kind != .columns else {
                    throw tooMany(builtin, at: argumentRange)
                }
                let parameter = parameters[nextPositional]
                try bind(value, to: parameter, of: builtin, at: argumentRange, into: &bound)
                nextPositional += 1
            case .expression(let argument):
                if let name = argument.name {
                    let nameRange = argument.nameRange ?? argument.range
                    if let parameter = parameters.first(where: { $0.name == name && $0.kind != .columns }) {
                        guard bound[name] == nil else {
                            throw RuntimeError("argument '\(name)' is given twice", at: nameRange, suggestion: usage)
                        }
                        try bind(argument.value, to: parameter, of: builtin, in: environment, into: &bound)
                    } else if restIndex != nil {
                        columns.append(ColumnArgument(name: name, nameRange: nameRange, expr: argument.value))
                    } else {
                        let names = parameters.map(\.name)
                        let match = Suggestions.closest(to: name, in: names)
                        throw RuntimeError(
                            "'\(builtin.name)' has no parameter '\(name)'", at: nameRange,
                            suggestion: match.map { "did you mean '\($0)'?" } ?? usage)
                    }
                } else if nextPositional < parameters.count, parameters[nextPositional].kind != .columns {
                    let parameter = parameters[nextPositional]
                    try bind(argument.value, to: parameter, of: builtin, in: environment, into: &bound)
                    nextPositional += 1
                } else if restIndex != nil {
                    columns.append(ColumnArgument(name: nil, nameRange: nil, expr: argument.value))
                } else {
                    throw tooMany(builtin, at: argument.range)
                }
            }
            // Skip parameters already bound by name so later positionals land on the next free one.
            while nextPositional < parameters.count, bound[parameters[nextPositional].name] != nil { nextPositional += 1 }
        }
        if let missing = parameters.first(where: { !$0.isOptional && bound[$0.name] == nil }) {
            throw RuntimeError("'\(builtin.name)' needs argument '\(missing.name)'", at: range, suggestion: usage)
        }
        let call = BuiltinCall(
            builtin: builtin, range: range, interpreter: self, environment: environment, bound: bound, columns: columns)
        try checkCancellation(at: range)
        return try implementation(call)
    }

    private func tooMany(_ builtin: Builtin, at range: SourceRange) -> RuntimeError {
        let maximum = builtin.parameters.count
        return RuntimeError(
            "'\(builtin.name)' takes at most \(count(maximum, "argument"))", at: range,
            suggestion: "it is \(builtin.signature)")
    }

    /// Binds an evaluated value (a piped input) to a parameter.
    private func bind(
        _ value: Value, to parameter: BuiltinParameter, of builtin: Builtin, at range: SourceRange,
        into bound: inout [String: BuiltinCall.Bound]
    ) throws(RuntimeError) {
        if case .value(let types) = parameter.kind {
            try check(value, against: types, parameter: parameter, of: builtin, at: range)
        }
        // A piped input given to a per-row parameter is used as a plain value.
        bound[parameter.name] = .value(value, range)
    }

    /// Binds an argument expression: evaluated now for value parameters, kept for per-row ones.
    private func bind(
        _ expr: Expr, to parameter: BuiltinParameter, of builtin: Builtin, in environment: Environment,
        into bound: inout [String: BuiltinCall.Bound]
    ) throws(RuntimeError) {
        switch parameter.kind {
        case .value(let types):
            let value = try evaluate(expr, in: environment)
            try check(value, against: types, parameter: parameter, of: builtin, at: expr.range)
            bound[parameter.name] = .value(value, expr.range)
        case .perRow, .columns:
            bound[parameter.name] = .expression(expr)
        }
    }

    private func check(
        _ value: Value, against types: Set<ValueType>, parameter: BuiltinParameter, of builtin: Builtin, at range: SourceRange
    ) throws(RuntimeError) {
        guard !types.isEmpty, !types.contains(value.type) else { return }
        if value.isNil, parameter.isOptional { return }
        let expected = types.map(\.withArticle).sorted().joined(separator: " or ")
        throw RuntimeError(
            "'\(builtin.name)' needs \(expected) for '\(parameter.name)', not \(value.type.withArticle)", at: range,
            suggestion: "it is \(builtin.signature)")
    }
}

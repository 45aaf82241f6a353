/// A function value: a user function (`fn(x) …`) or a builtin.
public enum FunctionValue: Sendable {
    case user(Closure)
    case builtin(Builtin)

    /// The name it is known by (`<fn>` for an anonymous function).
    public var name: String {
        switch self {
        case .user(let closure): return closure.name ?? "<fn>"
        case .builtin(let builtin): return builtin.name
        }
    }

    /// `fn(x, y)` or a builtin's signature, for messages and printing.
    public var signature: String {
        switch self {
        case .user(let closure):
            return "\(closure.name ?? "fn")(\(closure.literal.parameters.map(\.name).joined(separator: ", ")))"
        case .builtin(let builtin): return builtin.signature
        }
    }
}

/// A user function with the scope it was written in.
///
/// A reference type: two closures are equal only when they are the same one. The captured
/// environment is touched only by the evaluation thread of its session.
public final class Closure: @unchecked Sendable {
    /// The name from `let name = fn(…) …`, once bound.
    public let name: String?
    let literal: FunctionLiteral
    let environment: Environment
    /// Where the function was written.
    public let range: SourceRange

    init(name: String?, literal: FunctionLiteral, environment: Environment, range: SourceRange) {
        self.name = name
        self.literal = literal
        self.environment = environment
        self.range = range
    }

    public var parameterNames: [String] { literal.parameters.map(\.name) }

    /// The same function under a name (when `let` binds an anonymous function).
    func named(_ name: String) -> Closure {
        Closure(name: name, literal: literal, environment: environment, range: range)
    }
}

/// A problem found while evaluating, located at the expression that failed.
public struct RuntimeError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A wrong type, an unknown name, division by zero, …
        case failure
        /// A protective limit was reached (recursion depth, steps, sizes).
        case limit
        /// The evaluation was cancelled (the REPL's Ctrl-C).
        case cancelled
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange
    public var suggestion: String?

    public init(_ message: String, at range: SourceRange, suggestion: String? = nil, kind: Kind = .failure) {
        self.kind = kind
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }

    public var diagnostic: Diagnostic {
        Diagnostic(phase: .runtime, message: message, range: range, suggestion: suggestion)
    }
}

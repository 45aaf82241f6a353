/// A problem found while building the syntax tree.
public struct ParseError: Error, Sendable, Hashable {
    public var message: String
    public var range: SourceRange
    public var suggestion: String?
    /// True when the parser reached the end of the input while something was still open
    /// (a bracket, an `if` without `else`, a trailing operator, `|` or `=`).
    public var isIncomplete: Bool

    public init(_ message: String, at range: SourceRange, suggestion: String? = nil, isIncomplete: Bool = false) {
        self.message = message
        self.range = range
        self.suggestion = suggestion
        self.isIncomplete = isIncomplete
    }

    public var diagnostic: Diagnostic {
        Diagnostic(phase: .parse, message: message, range: range, suggestion: suggestion, isIncomplete: isIncomplete)
    }
}

/// What the parser can throw: a lexical or a syntax error. Both become a ``Diagnostic``.
public enum SyntaxError: Error, Sendable, Hashable {
    case lex(LexError)
    case parse(ParseError)

    public var diagnostic: Diagnostic {
        switch self {
        case .lex(let error): return error.diagnostic
        case .parse(let error): return error.diagnostic
        }
    }

    public var isIncomplete: Bool {
        switch self {
        case .lex(let error): return error.isIncomplete
        case .parse(let error): return error.isIncomplete
        }
    }
}

/// Whether a piece of source is ready to run: what the REPL asks before deciding between
/// running the input and showing a continuation prompt.
public enum ParseStatus: Sendable, Hashable {
    /// It parses.
    case complete
    /// It ended early: an open bracket, string or block comment, or a trailing `|`, operator or `=`.
    case incomplete
    /// It is wrong, and more text would not fix it.
    case error(Diagnostic)
}

/// Limits that keep the parser and every walk over its tree inside the stack.
public struct ParserLimits: Sendable, Hashable {
    /// How deeply brackets, unary operators and nested constructs may nest.
    public var maximumNesting: Int
    /// The greatest height of an expression tree (a chain of 5,000 `+` is 5,000 high).
    public var maximumHeight: Int
    /// The greatest number of syntax nodes in one script.
    public var maximumNodes: Int

    public init(maximumNesting: Int = 200, maximumHeight: Int = 2_000, maximumNodes: Int = 2_000_000) {
        self.maximumNesting = maximumNesting
        self.maximumHeight = maximumHeight
        self.maximumNodes = maximumNodes
    }

    public static let standard = ParserLimits()
}

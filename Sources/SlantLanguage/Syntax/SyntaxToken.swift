/// One lexical token: what it is and where it is.
public struct SyntaxToken: Sendable, Hashable {
    public var kind: SyntaxTokenKind
    public var range: SourceRange

    public init(_ kind: SyntaxTokenKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The kinds of token the lexer produces.
public enum SyntaxTokenKind: Sendable, Hashable {
    case number(Double)
    /// A string literal with its escapes already decoded.
    case string(String)
    case identifier(String)
    case keyword(Keyword)
    case symbol(Symbol)
    /// A line break outside brackets separates statements, like `;`.
    case newline
    case endOfInput

    /// How the token is named in "expected X, found Y" messages.
    public var displayName: String {
        switch self {
        case .number(let value): return "number \(NumberFormat.plain(value))"
        case .string: return "a string"
        case .identifier(let name): return "'\(Lexer.abbreviated(name))'"
        case .keyword(let keyword): return "'\(keyword.rawValue)'"
        case .symbol(let symbol): return "'\(symbol.rawValue)'"
        case .newline: return "end of line"
        case .endOfInput: return "end of input"
        }
    }
}

/// Reserved words. Table verbs are keywords so that `where outlet == "X"` needs no brackets.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case `let`, fn, `if`, then, `else`, actor
    case `true`, `false`, `nil`
    case and, or, not
    case `where`, select, sort, top, by
}

/// Punctuation and operators.
public enum Symbol: String, Sendable, Hashable, CaseIterable {
    case leftParen = "(", rightParen = ")"
    case leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", semicolon = ";", colon = ":", dot = "."
    case pipe = "|", assign = "="
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
    case equal = "==", notEqual = "!="
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

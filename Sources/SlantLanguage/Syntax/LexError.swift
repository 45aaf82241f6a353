/// A problem found while splitting source text into tokens.
public struct LexError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case unterminatedString
        case unterminatedComment
        case invalidEscape
        case invalidNumber
        case unexpectedCharacter
    }

    public var kind: Kind
    public var message: String
    /// Where the fault is: the opening quote of an unterminated string, the bad character, …
    public var range: SourceRange
    public var suggestion: String?

    public init(_ kind: Kind, _ message: String, at range: SourceRange, suggestion: String? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }

    /// True when more input could complete the text (an open string or block comment).
    public var isIncomplete: Bool {
        kind == .unterminatedString || kind == .unterminatedComment
    }

    public var diagnostic: Diagnostic {
        Diagnostic(phase: .lex, message: message, range: range, suggestion: suggestion, isIncomplete: isIncomplete)
    }
}

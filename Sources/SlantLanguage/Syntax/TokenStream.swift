/// The parser's view of the lexer: lookahead over lazily lexed tokens, and the rule that decides
/// whether a line break matters (it separates statements at top level and in blocks, and is
/// ignored inside `(…)`, `[…]` and records).
struct TokenStream {
    private var lexer: Lexer
    private var buffer: [SyntaxToken] = []
    private var head = 0
    /// True inside brackets, where line breaks are plain white space.
    var ignoresNewlines = false
    /// The end of the last consumed token, for ranges of nodes that end there.
    private(set) var lastEnd = 0

    init(bytes: [UInt8]) {
        lexer = Lexer(bytes: bytes)
    }

    /// The `offset`-th raw token ahead, line breaks included.
    private mutating func raw(_ offset: Int) throws(SyntaxError) -> SyntaxToken {
        while buffer.count - head <= offset {
            if let last = buffer.last, last.kind == .endOfInput {
                return last
            }
            do {
                buffer.append(try lexer.next())
            } catch {
                throw .lex(error)
            }
        }
        return buffer[head + offset]
    }

    /// Drops consumed tokens now and then so a long script does not keep them all.
    private mutating func compact() {
        if head > 4096 {
            buffer.removeFirst(head)
            head = 0
        }
    }

    /// The current token, skipping line breaks where they do not matter.
    mutating func peek() throws(SyntaxError) -> SyntaxToken {
        try peek(ahead: 0)
    }

    /// The token `ahead` places after the current one (line breaks skipped where they do not matter).
    mutating func peek(ahead: Int) throws(SyntaxError) -> SyntaxToken {
        var index = 0
        var remaining = ahead
        while true {
            let token = try raw(index)
            if token.kind == .newline, ignoresNewlines {
                index += 1
                continue
            }
            if remaining == 0 || token.kind == .endOfInput { return token }
            remaining -= 1
            index += 1
        }
    }

    /// The first token that is not a line break, whatever the mode (to see a `|` on the next line).
    mutating func peekPastNewlines() throws(SyntaxError) -> SyntaxToken {
        var index = 0
        while true {
            let token = try raw(index)
            if token.kind != .newline { return token }
            index += 1
        }
    }

    /// Consumes and returns the current token.
    @discardableResult
    mutating func advance() throws(SyntaxError) -> SyntaxToken {
        if ignoresNewlines { try skipNewlines() }
        let token = try raw(0)
        if token.kind != .endOfInput {
            head += 1
            lastEnd = token.range.end
            compact()
        }
        return token
    }

    /// Consumes line breaks (after a trailing operator, `|`, `=` or `,` the expression goes on).
    mutating func skipNewlines() throws(SyntaxError) {
        while try raw(0).kind == .newline {
            head += 1
        }
    }
}

/// Bracketed constructs: calls, lists, records, blocks, functions, conditionals and table verbs.
extension Parser {
    /// `(arguments)` after a callee. Returns the arguments and the range of the closing bracket.
    mutating func argumentList() throws(SyntaxError) -> ([Argument], SourceRange) {
        let open = try tokens.advance()
        let arguments = try bracketed(open: open, close: .rightParen) { parser throws(SyntaxError) in
            try parser.commaSeparated(until: .rightParen) { parser throws(SyntaxError) in try parser.argument() }
        }
        var seenNamed = false
        var names: Set<String> = []
        for argument in arguments {
            if let name = argument.name {
                seenNamed = true
                if !names.insert(name).inserted {
                    throw .parse(ParseError("argument '\(name)' is given twice", at: argument.nameRange ?? argument.range))
                }
            } else if seenNamed {
                throw .parse(ParseError(
                    "a positional argument cannot follow named arguments", at: argument.range,
                    suggestion: "put positional arguments first"))
            }
        }
        return (arguments, SourceRange(start: tokens.lastEnd - 1, end: tokens.lastEnd))
    }

    /// `value`, `name: value` or `name = value` (a keyword may name an argument with `:`: `by: outlet`).
    private mutating func argument() throws(SyntaxError) -> Argument {
        let token = try tokens.peek()
        if case .identifier(let name) = token.kind {
            let next = try tokens.peek(ahead: 1).kind
            if next == .symbol(.colon) || next == .symbol(.assign) {
                try tokens.advance()
                try tokens.advance()
                return Argument(name: name, nameRange: token.range, value: try expression())
            }
        }
        // A keyword before a colon can only be an argument name (`by: outlet`, `top: 5`, as the
        // comparison builtins take them): no expression starts with a keyword and a colon.
        if case .keyword(let keyword) = token.kind, try tokens.peek(ahead: 1).kind == .symbol(.colon) {
            try tokens.advance()
            try tokens.advance()
            return Argument(name: keyword.rawValue, nameRange: token.range, value: try expression())
        }
        return Argument(value: try expression())
    }

    /// Items separated by commas (a trailing comma is allowed) up to `closer`, which is not consumed.
    mutating func commaSeparated<T>(
        until closer: Symbol, _ item: (inout Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> [T] {
        var items: [T] = []
        while try tokens.peek().kind != .symbol(closer) {
            items.append(try item(&self))
            guard try accept(.comma) else { break }
        }
        return items
    }

    /// Runs `body` with line breaks ignored, then expects `close` to match `open`.
    mutating func bracketed<T>(
        open: SyntaxToken, close: Symbol, _ body: (inout Parser) throws(SyntaxError) -> T
    ) throws(SyntaxError) -> T {
        let saved = tokens.ignoresNewlines
        tokens.ignoresNewlines = true
        defer { tokens.ignoresNewlines = saved }
        let value = try body(&self)
        try expectClosing(close, opener: open)
        return value
    }

    /// `[a, b, c]`
    mutating func listLiteral() throws(SyntaxError) -> Expr {
        let open = try tokens.advance()
        let items = try bracketed(open: open, close: .rightBracket) { parser throws(SyntaxError) in
            try parser.commaSeparated(until: .rightBracket) { parser throws(SyntaxError) in try parser.expression() }
        }
        return try make(.list(items), SourceRange(start: open.range.start, end: tokens.lastEnd))
    }

    /// `{key: value, …}` is a record; `{}` is the empty record; anything else in braces is a block.
    mutating func braceExpression() throws(SyntaxError) -> Expr {
        let open = try tokens.advance()
        let saved = tokens.ignoresNewlines
        tokens.ignoresNewlines = true
        let first = try tokens.peek()
        let second = try tokens.peek(ahead: 1)
        tokens.ignoresNewlines = saved
        let isRecord: Bool
        switch (first.kind, second.kind) {
        case (.symbol(.rightBrace), _): isRecord = true
        case (.identifier, .symbol(.colon)), (.string, .symbol(.colon)), (.keyword, .symbol(.colon)): isRecord = true
        default: isRecord = false
        }
        if isRecord {
            let fields = try bracketed(open: open, close: .rightBrace) { parser throws(SyntaxError) in
                try parser.commaSeparated(until: .rightBrace) { parser throws(SyntaxError) in try parser.recordField() }
            }
            var keys: Set<String> = []
            for field in fields where !keys.insert(field.key).inserted {
                throw .parse(ParseError("field '\(field.key)' appears twice in the record", at: field.keyRange))
            }
            return try make(.record(fields), SourceRange(start: open.range.start, end: tokens.lastEnd))
        }
        tokens.ignoresNewlines = false
        defer { tokens.ignoresNewlines = saved }
        try enterNesting(at: open)
        defer { nesting -= 1 }
        let statements = try statementList(until: .rightBrace)
        try expectClosing(.rightBrace, opener: open)
        return try make(.block(statements), SourceRange(start: open.range.start, end: tokens.lastEnd))
    }

    private mutating func recordField() throws(SyntaxError) -> RecordField {
        let token = try tokens.advance()
        let key: String
        switch token.kind {
        case .identifier(let name): key = name
        case .string(let text): key = text
        case .keyword(let word): key = word.rawValue
        default:
            throw failure("expected a field name, found \(token.kind.displayName)", at: token,
                          suggestion: "records look like {name: value, other: value}")
        }
        try expect(.colon, "expected ':' after field name '\(key)'", suggestion: "records look like {name: value}")
        return RecordField(key: key, keyRange: token.range, value: try expression())
    }

    /// `fn(a, b) body`: the body extends as far to the right as it can.
    mutating func functionLiteral() throws(SyntaxError) -> Expr {
        let fnToken = try tokens.advance()
        let open = try tokens.peek()
        guard open.kind == .symbol(.leftParen) else {
            throw failure("expected '(' and parameters after 'fn', found \(open.kind.displayName)", at: open,
                          suggestion: "write: fn(x) x * 2")
        }
        try tokens.advance()
        let parameters = try bracketed(open: open, close: .rightParen) { parser throws(SyntaxError) in
            try parser.commaSeparated(until: .rightParen) { parser throws(SyntaxError) in
                let token = try parser.tokens.advance()
                guard case .identifier(let name) = token.kind else {
                    throw parser.failure("expected a parameter name, found \(token.kind.displayName)", at: token)
                }
                return FunctionLiteral.Parameter(name: name, range: token.range)
            }
        }
        var names: Set<String> = []
        for parameter in parameters where !names.insert(parameter.name).inserted {
            throw .parse(ParseError("parameter '\(parameter.name)' appears twice", at: parameter.range))
        }
        try tokens.skipNewlines()
        try enterNesting(at: fnToken)
        defer { nesting -= 1 }
        let body = try expression()
        return try make(.function(FunctionLiteral(parameters: parameters, body: body)), fnToken.range.union(body.range))
    }

    /// `if condition then a else b`
    mutating func conditional() throws(SyntaxError) -> Expr {
        let ifToken = try tokens.advance()
        try enterNesting(at: ifToken)
        defer { nesting -= 1 }
        try tokens.skipNewlines()
        let condition = try expression()
        try tokens.skipNewlines()
        try expect(.keyword(.then), "expected 'then' after the condition of 'if'", suggestion: "write: if condition then a else b")
        try tokens.skipNewlines()
        let then = try expression()
        try tokens.skipNewlines()
        try expect(.keyword(.else), "expected 'else' after 'if … then …'",
                   suggestion: "every 'if' needs an 'else'; use 'else nil' for nothing")
        try tokens.skipNewlines()
        let otherwise = try expression()
        return try make(.conditional(condition, then, otherwise), ifToken.range.union(otherwise.range))
    }

    /// A table verb: `where c`, `select a, n = e`, `sort k desc`, `top n`, `by k`.
    mutating func verb() throws(SyntaxError) -> Expr {
        let keyword = try tokens.advance()
        try enterNesting(at: keyword)
        defer { nesting -= 1 }
        let verb: Verb
        switch keyword.kind {
        case .keyword(.where):
            verb = .filter(try orExpression())
        case .keyword(.top):
            verb = .top(try orExpression())
        case .keyword(.select):
            verb = .select(try columnSpecs())
        case .keyword(.by):
            verb = .group(try columnSpecs())
        default:
            var keys: [SortKey] = []
            repeat {
                let expr = try orExpression()
                var descending = false
                if case .identifier(let word) = try tokens.peek().kind, word == "desc" || word == "asc" {
                    try tokens.advance()
                    descending = word == "desc"
                }
                keys.append(SortKey(expr: expr, descending: descending))
            } while try accept(.comma)
            verb = .sort(keys)
        }
        return try make(.verb(verb), SourceRange(start: keyword.range.start, end: tokens.lastEnd))
    }

    /// `a, b, name = expression` for `select` and `by`.
    private mutating func columnSpecs() throws(SyntaxError) -> [ColumnSpec] {
        var specs: [ColumnSpec] = []
        repeat {
            try tokens.skipNewlines()
            let token = try tokens.peek()
            if case .identifier(let name) = token.kind, try tokens.peek(ahead: 1).kind == .symbol(.assign) {
                try tokens.advance()
                try tokens.advance()
                try tokens.skipNewlines()
                specs.append(ColumnSpec(name: name, nameRange: token.range, expr: try orExpression()))
            } else {
                specs.append(ColumnSpec(name: nil, nameRange: nil, expr: try orExpression()))
            }
        } while try accept(.comma)
        return specs
    }

    // MARK: Helpers

    /// Builds a node, enforcing the height and node-count limits.
    mutating func make(_ kind: ExprKind, _ range: SourceRange) throws(SyntaxError) -> Expr {
        let expr = Expr(kind, range)
        nodes += 1
        if expr.height > limits.maximumHeight {
            throw .parse(ParseError(
                "expression is too deeply nested (more than \(limits.maximumHeight) operations inside each other)",
                at: SourceRange(start: range.start, end: min(range.end, range.start + 1)),
                suggestion: "split it into smaller steps with 'let'"))
        }
        if nodes > limits.maximumNodes {
            throw .parse(ParseError(
                "script is too large (more than \(limits.maximumNodes) syntax nodes)", at: range,
                suggestion: "split the work across several scripts or load data with corpus(\"path\")"))
        }
        return expr
    }

    /// Counts one level of nesting; brackets 10,000 deep end here with an error, not a crash.
    mutating func enterNesting(at token: SyntaxToken) throws(SyntaxError) {
        nesting += 1
        if nesting > limits.maximumNesting {
            throw .parse(ParseError(
                "too much nesting (more than \(limits.maximumNesting) levels of brackets or operators)", at: token.range,
                suggestion: "split the expression into smaller steps with 'let'"))
        }
    }

    /// Consumes `symbol` when it is next.
    mutating func accept(_ symbol: Symbol) throws(SyntaxError) -> Bool {
        guard try tokens.peek().kind == .symbol(symbol) else { return false }
        try tokens.advance()
        return true
    }

    mutating func expect(_ symbol: Symbol, _ message: String, suggestion: String? = nil) throws(SyntaxError) {
        try expect(.symbol(symbol), message, suggestion: suggestion)
    }

    mutating func expect(_ kind: SyntaxTokenKind, _ message: String, suggestion: String? = nil) throws(SyntaxError) {
        let token = try tokens.peek()
        guard token.kind == kind else {
            let found = token.kind == .endOfInput ? "" : ", found \(token.kind.displayName)"
            throw .parse(ParseError(message + found, at: token.range, suggestion: suggestion,
                                    isIncomplete: token.kind == .endOfInput))
        }
        try tokens.advance()
    }

    /// Expects the bracket that closes `opener`; at end of input, points at the opener.
    mutating func expectClosing(_ closer: Symbol, opener: SyntaxToken) throws(SyntaxError) {
        let token = try tokens.peek()
        if token.kind == .symbol(closer) {
            try tokens.advance()
            return
        }
        let open = opener.kind.displayName
        if token.kind == .endOfInput {
            throw .parse(ParseError("\(open) is never closed", at: opener.range,
                                    suggestion: "add '\(closer.rawValue)'", isIncomplete: true))
        }
        let where_ = SourceMap(bytes: bytes).location(of: opener.range.start)
        throw failure(
            "expected '\(closer.rawValue)' to close the \(open) at \(where_), found \(token.kind.displayName)", at: token,
            suggestion: closingHint(found: token, closer: closer))
    }

    private func closingHint(found token: SyntaxToken, closer: Symbol) -> String? {
        switch token.kind {
        case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
            return "brackets are mismatched: expected '\(closer.rawValue)' here"
        case .identifier, .number, .string:
            return "separate items with ','"
        default:
            return "add '\(closer.rawValue)' before this"
        }
    }

    func failure(_ message: String, at token: SyntaxToken, suggestion: String? = nil) -> SyntaxError {
        .parse(ParseError(message, at: token.range, suggestion: suggestion, isIncomplete: token.kind == .endOfInput))
    }
}

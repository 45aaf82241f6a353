/// A hand-written recursive-descent parser for Slant (grammar in `docs/LANGUAGE.md`).
///
/// Operator precedence, lowest first: `|`, `or`, `and`, `not`, comparisons (not chainable),
/// `+ -`, `* / %`, unary `-`, then calls, `.field` and `[index]`.
public struct Parser {
    var tokens: TokenStream
    let bytes: [UInt8]
    let limits: ParserLimits
    var nesting = 0
    var nodes = 0

    /// Parses a whole script. Throws the first lexical or syntax error as a ``Diagnostic``.
    public static func parse(source: String, limits: ParserLimits = .standard) throws(Diagnostic) -> Program {
        do {
            return try parseProgram(source: source, limits: limits)
        } catch {
            throw error.diagnostic
        }
    }

    /// As ``parse(source:limits:)`` but with the phase-specific error.
    public static func parseProgram(source: String, limits: ParserLimits = .standard) throws(SyntaxError) -> Program {
        var parser = Parser(bytes: Array(source.utf8), limits: limits)
        return try parser.program()
    }

    /// Whether `source` is complete, needs more lines, or is wrong (for the REPL's continuation prompt).
    public static func status(of source: String, limits: ParserLimits = .standard) -> ParseStatus {
        do {
            _ = try parseProgram(source: source, limits: limits)
            return .complete
        } catch {
            return error.isIncomplete ? .incomplete : .error(error.diagnostic)
        }
    }

    init(bytes: [UInt8], limits: ParserLimits) {
        self.bytes = bytes
        self.limits = limits
        self.tokens = TokenStream(bytes: bytes)
    }

    // MARK: Statements

    mutating func program() throws(SyntaxError) -> Program {
        let statements = try statementList(until: nil)
        return Program(statements: statements, range: SourceRange(start: 0, end: bytes.count))
    }

    /// Statements separated by line breaks or `;`, up to the end of input or a closing `}`.
    mutating func statementList(until closer: Symbol?) throws(SyntaxError) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            while isSeparator(try tokens.peek().kind) { try tokens.advance() }
            let token = try tokens.peek()
            if token.kind == .endOfInput { return statements }
            if let closer, token.kind == .symbol(closer) { return statements }
            statements.append(try statement())
            let next = try tokens.peek()
            if isSeparator(next.kind) || next.kind == .endOfInput { continue }
            if let closer, next.kind == .symbol(closer) { continue }
            throw failure(
                "expected a line break or ';' after the statement, found \(next.kind.displayName)", at: next,
                suggestion: unexpectedAfterStatementHint(next))
        }
    }

    private func isSeparator(_ kind: SyntaxTokenKind) -> Bool {
        kind == .newline || kind == .symbol(.semicolon)
    }

    private func unexpectedAfterStatementHint(_ token: SyntaxToken) -> String? {
        switch token.kind {
        case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
            return "remove the unmatched '\(token.kind.displayName.dropFirst().dropLast())'"
        case .identifier, .number, .string:
            return "two expressions in a row: join them with an operator or '|', or put them on separate lines"
        default:
            return nil
        }
    }

    private mutating func statement() throws(SyntaxError) -> Stmt {
        let token = try tokens.peek()
        switch token.kind {
        case .keyword(.let): return try letStatement()
        case .keyword(.actor): return try actorStatement()
        default:
            let expr = try expression()
            return Stmt(.expression(expr), expr.range)
        }
    }

    private mutating func letStatement() throws(SyntaxError) -> Stmt {
        let letToken = try tokens.advance()
        let (name, nameRange) = try declaredName(after: "let")
        try expect(.assign, "expected '=' after 'let \(name)'", suggestion: "write: let \(name) = value")
        try tokens.skipNewlines()
        let value = try expression()
        let binding = Binding(name: name, nameRange: nameRange, value: value)
        return Stmt(.binding(binding), letToken.range.union(value.range))
    }

    private mutating func actorStatement() throws(SyntaxError) -> Stmt {
        let actorToken = try tokens.advance()
        let (name, nameRange) = try declaredName(after: "actor")
        let next = try tokens.peek()
        guard next.kind == .symbol(.assign) else {
            let atEnd = next.kind == .endOfInput
            throw .parse(ParseError(
                atEnd ? "expected '=' and aliases after 'actor \(name)'" : "actor '\(name)' has no aliases",
                at: atEnd ? next.range : nameRange,
                suggestion: "list the names it goes by: actor \(name) = \"\(name)\", …", isIncomplete: atEnd))
        }
        try tokens.advance()
        var aliases: [Expr] = []
        repeat {
            try tokens.skipNewlines()
            aliases.append(try orExpression())
        } while try accept(.comma)
        let end = aliases.last?.range ?? nameRange
        return Stmt(.actor(ActorDeclaration(name: name, nameRange: nameRange, aliases: aliases)), actorToken.range.union(end))
    }

    private mutating func declaredName(after keyword: String) throws(SyntaxError) -> (String, SourceRange) {
        let token = try tokens.peek()
        switch token.kind {
        case .identifier(let name):
            try tokens.advance()
            return (name, token.range)
        case .keyword(let word):
            throw failure("'\(word.rawValue)' is a reserved word and cannot be a name", at: token,
                          suggestion: "choose another name, e.g. '\(word.rawValue)_'")
        default:
            throw failure("expected a name after '\(keyword)', found \(token.kind.displayName)", at: token)
        }
    }

    // MARK: Expressions

    /// A full expression: a pipeline.
    mutating func expression() throws(SyntaxError) -> Expr {
        var left = try orExpression()
        while true {
            let token = try tokens.peek()
            if token.kind == .symbol(.pipe) {
                try tokens.advance()
                try tokens.skipNewlines()
                let stage = try orExpression()
                left = try make(.pipe(left, stage), left.range.union(stage.range))
            } else if token.kind == .newline, try tokens.peekPastNewlines().kind == .symbol(.pipe) {
                // A pipeline may continue on the next line when that line starts with '|'.
                try tokens.skipNewlines()
            } else {
                return left
            }
        }
    }

    mutating func orExpression() throws(SyntaxError) -> Expr {
        var left = try andExpression()
        while try tokens.peek().kind == .keyword(.or) {
            let op = try tokens.advance()
            try tokens.skipNewlines()
            let right = try andExpression()
            left = try make(.binary(.or, left, right, operatorRange: op.range), left.range.union(right.range))
        }
        return left
    }

    private mutating func andExpression() throws(SyntaxError) -> Expr {
        var left = try notExpression()
        while try tokens.peek().kind == .keyword(.and) {
            let op = try tokens.advance()
            try tokens.skipNewlines()
            let right = try notExpression()
            left = try make(.binary(.and, left, right, operatorRange: op.range), left.range.union(right.range))
        }
        return left
    }

    private mutating func notExpression() throws(SyntaxError) -> Expr {
        let token = try tokens.peek()
        guard token.kind == .keyword(.not) else { return try comparison() }
        try enterNesting(at: token)
        defer { nesting -= 1 }
        try tokens.advance()
        try tokens.skipNewlines()
        let operand = try notExpression()
        return try make(.unary(.not, operand), token.range.union(operand.range))
    }

    private static let comparisonOperators: [Symbol: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
        .greater: .greater, .greaterEqual: .greaterEqual,
    ]

    private mutating func comparison() throws(SyntaxError) -> Expr {
        let left = try additive()
        guard case .symbol(let symbol) = try tokens.peek().kind, let op = Self.comparisonOperators[symbol] else {
            return left
        }
        let opToken = try tokens.advance()
        try tokens.skipNewlines()
        let right = try additive()
        let next = try tokens.peek()
        if case .symbol(let again) = next.kind, Self.comparisonOperators[again] != nil {
            throw failure("comparisons cannot be chained", at: next,
                          suggestion: "write 'a < b and b < c'")
        }
        return try make(.binary(op, left, right, operatorRange: opToken.range), left.range.union(right.range))
    }

    private mutating func additive() throws(SyntaxError) -> Expr {
        var left = try multiplicative()
        while true {
            let token = try tokens.peek()
            let op: BinaryOperator
            switch token.kind {
            case .symbol(.plus): op = .add
            case .symbol(.minus): op = .subtract
            default: return left
            }
            try tokens.advance()
            try tokens.skipNewlines()
            let right = try multiplicative()
            left = try make(.binary(op, left, right, operatorRange: token.range), left.range.union(right.range))
        }
    }

    private mutating func multiplicative() throws(SyntaxError) -> Expr {
        var left = try unary()
        while true {
            let token = try tokens.peek()
            let op: BinaryOperator
            switch token.kind {
            case .symbol(.star): op = .multiply
            case .symbol(.slash): op = .divide
            case .symbol(.percent): op = .remainder
            default: return left
            }
            try tokens.advance()
            try tokens.skipNewlines()
            let right = try unary()
            left = try make(.binary(op, left, right, operatorRange: token.range), left.range.union(right.range))
        }
    }

    private mutating func unary() throws(SyntaxError) -> Expr {
        let token = try tokens.peek()
        try enterNesting(at: token)
        defer { nesting -= 1 }
        if token.kind == .symbol(.minus) {
            try tokens.advance()
            let operand = try unary()
            return try make(.unary(.negate, operand), token.range.union(operand.range))
        }
        return try postfix()
    }

    private mutating func postfix() throws(SyntaxError) -> Expr {
        var base = try primary()
        while true {
            let token = try tokens.peek()
            switch token.kind {
            case .symbol(.leftParen):
                let (arguments, closeRange) = try argumentList()
                base = try make(.call(base, arguments), base.range.union(closeRange))
            case .symbol(.dot):
                try tokens.advance()
                let nameToken = try tokens.peek()
                let name: String
                switch nameToken.kind {
                case .identifier(let text): name = text
                case .keyword(let word): name = word.rawValue
                default:
                    throw failure("expected a field name after '.', found \(nameToken.kind.displayName)", at: nameToken)
                }
                try tokens.advance()
                base = try make(.field(base, name: name, nameRange: nameToken.range), base.range.union(nameToken.range))
            case .symbol(.leftBracket):
                let open = try tokens.advance()
                let index = try bracketed(open: open, close: .rightBracket) { parser throws(SyntaxError) in
                    try parser.expression()
                }
                base = try make(.index(base, index), base.range.union(SourceRange(start: open.range.start, end: tokens.lastEnd)))
            default:
                return base
            }
        }
    }

    private mutating func primary() throws(SyntaxError) -> Expr {
        let token = try tokens.peek()
        switch token.kind {
        case .number(let value):
            try tokens.advance()
            return try make(.number(value), token.range)
        case .string(let text):
            try tokens.advance()
            return try make(.string(text), token.range)
        case .keyword(.true):
            try tokens.advance()
            return try make(.bool(true), token.range)
        case .keyword(.false):
            try tokens.advance()
            return try make(.bool(false), token.range)
        case .keyword(.nil):
            try tokens.advance()
            return try make(.nil, token.range)
        case .identifier(let name):
            try tokens.advance()
            return try make(.identifier(name), token.range)
        case .symbol(.leftParen):
            let open = try tokens.advance()
            let inner = try bracketed(open: open, close: .rightParen) { parser throws(SyntaxError) in
                try parser.expression()
            }
            // Parentheses only group; the node keeps the inner kind but covers the brackets.
            return try make(inner.kind, SourceRange(start: open.range.start, end: tokens.lastEnd))
        case .symbol(.leftBracket):
            return try listLiteral()
        case .symbol(.leftBrace):
            return try braceExpression()
        case .keyword(.fn):
            return try functionLiteral()
        case .keyword(.if):
            return try conditional()
        case .keyword(.where), .keyword(.select), .keyword(.sort), .keyword(.top), .keyword(.by):
            return try verb()
        default:
            throw unexpectedInExpression(token)
        }
    }

    private func unexpectedInExpression(_ token: SyntaxToken) -> SyntaxError {
        switch token.kind {
        case .endOfInput:
            return .parse(ParseError("expected an expression, found end of input", at: token.range, isIncomplete: true))
        case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
            let shown = token.kind.displayName
            return failure("unexpected \(shown): nothing to close", at: token, suggestion: "remove it, or add the opening bracket")
        case .symbol(.pipe):
            return failure("'|' needs an input on its left", at: token, suggestion: "start the pipeline with a value, as in: corpus() | count")
        case .keyword(.let), .keyword(.actor):
            return failure("\(token.kind.displayName) starts a statement and cannot be used inside an expression", at: token,
                           suggestion: "put it on its own line, or use a block: { let x = 1; x + 1 }")
        case .keyword(.then), .keyword(.else):
            return failure("unexpected \(token.kind.displayName)", at: token, suggestion: "write: if condition then a else b")
        default:
            return failure("expected an expression, found \(token.kind.displayName)", at: token)
        }
    }
}

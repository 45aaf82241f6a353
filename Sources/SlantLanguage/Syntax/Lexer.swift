/// Turns source bytes into tokens on demand (the parser pulls them one at a time, so a huge
/// script is never held as a huge token array).
///
/// Works on UTF-8 bytes; the source is a Swift `String`, so the bytes are valid UTF-8.
public struct Lexer: Sendable {
    private let bytes: [UInt8]
    private var position = 0

    public init(source: String) {
        self.bytes = Array(source.utf8)
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every token up to and including `endOfInput` (for tests and tools; the parser streams).
    public static func tokenize(_ source: String) throws(LexError) -> [SyntaxToken] {
        var lexer = Lexer(source: source)
        var tokens: [SyntaxToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    /// The next token; `endOfInput` forever once the text is exhausted.
    public mutating func next() throws(LexError) -> SyntaxToken {
        try skipSpaceAndComments()
        guard position < bytes.count else { return SyntaxToken(.endOfInput, .empty(at: bytes.count)) }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\n"):
            position += 1
            return SyntaxToken(.newline, SourceRange(start: start, end: position))
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try lexNumber()
        case UInt8(ascii: "\""):
            return try lexString()
        case _ where Lexer.isIdentifierStart(byte):
            return lexIdentifier()
        default:
            return try lexSymbol()
        }
    }

    /// Text shortened for a message (a 10 MB name must not make a 10 MB error).
    static func abbreviated(_ text: String, limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func peekByte(_ ahead: Int = 0) -> UInt8? {
        let index = position + ahead
        return index < bytes.count ? bytes[index] : nil
    }

    // MARK: Space and comments

    private mutating func skipSpaceAndComments() throws(LexError) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                position += 1
            } else if byte == UInt8(ascii: "#") {
                if peekByte(1) == UInt8(ascii: "[") {
                    try skipBlockComment()
                } else {
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                }
            } else {
                return
            }
        }
    }

    /// `#[ … ]#`, nestable so that commenting out code that holds a block comment works.
    private mutating func skipBlockComment() throws(LexError) {
        var openers = [position]
        position += 2
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "#"), peekByte(1) == UInt8(ascii: "[") {
                openers.append(position)
                position += 2
            } else if bytes[position] == UInt8(ascii: "]"), peekByte(1) == UInt8(ascii: "#") {
                openers.removeLast()
                position += 2
                if openers.isEmpty { return }
            } else {
                position += 1
            }
        }
        let opener = openers.last ?? position
        throw LexError(
            .unterminatedComment, "block comment is never closed",
            at: SourceRange(start: opener, end: opener + 2), suggestion: "end the comment with ']#'")
    }

    // MARK: Numbers

    private mutating func lexNumber() throws(LexError) -> SyntaxToken {
        let start = position
        while let byte = peekByte(), Lexer.isDigit(byte) { position += 1 }
        if peekByte() == UInt8(ascii: "."), let after = peekByte(1), Lexer.isDigit(after) {
            position += 1
            while let byte = peekByte(), Lexer.isDigit(byte) { position += 1 }
        }
        if let e = peekByte(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var look = 1
            if let sign = peekByte(1), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { look = 2 }
            if let digit = peekByte(look), Lexer.isDigit(digit) {
                position += look
                while let byte = peekByte(), Lexer.isDigit(byte) { position += 1 }
            }
        }
        let range = SourceRange(start: start, end: position)
        if let byte = peekByte(), Lexer.isIdentifierStart(byte) {
            var end = position
            while end < bytes.count, Lexer.isIdentifierPart(bytes[end]) { end += 1 }
            throw LexError(
                .invalidNumber, "a number cannot run into letters",
                at: SourceRange(start: start, end: end),
                suggestion: "put a space or an operator between the number and the name")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw LexError(.invalidNumber, "number '\(Lexer.abbreviated(text))' is too large", at: range)
        }
        return SyntaxToken(.number(value), range)
    }

    // MARK: Identifiers and keywords

    private mutating func lexIdentifier() -> SyntaxToken {
        let start = position
        while let byte = peekByte(), Lexer.isIdentifierPart(byte) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        let range = SourceRange(start: start, end: position)
        if let keyword = Keyword(rawValue: text) { return SyntaxToken(.keyword(keyword), range) }
        return SyntaxToken(.identifier(text), range)
    }

    // MARK: Strings

    private mutating func lexString() throws(LexError) -> SyntaxToken {
        let start = position
        position += 1
        var decoded: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return SyntaxToken(.string(String(decoding: decoded, as: UTF8.self)), SourceRange(start: start, end: position))
            }
            if byte == UInt8(ascii: "\\") {
                try lexEscape(into: &decoded)
            } else {
                decoded.append(byte)
                position += 1
            }
        }
        throw LexError(
            .unterminatedString, "string is never closed", at: SourceRange(start: start, end: start + 1),
            suggestion: "add a closing '\"'")
    }

    private mutating func lexEscape(into decoded: inout [UInt8]) throws(LexError) {
        let start = position
        guard let code = peekByte(1) else {
            position += 1
            return  // the unterminated-string error follows
        }
        position += 2
        switch code {
        case UInt8(ascii: "n"): decoded.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): decoded.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "r"): decoded.append(UInt8(ascii: "\r"))
        case UInt8(ascii: "0"): decoded.append(0)
        case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"):
            try lexUnicodeEscape(start: start, into: &decoded)
        default:
            var end = position
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let shown = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            throw LexError(
                .invalidEscape, "unknown escape '\\\(shown)' in string", at: SourceRange(start: start, end: end),
                suggestion: "escapes are \\n \\t \\r \\0 \\\" \\\\ and \\u{…}; write \\\\ for a backslash")
        }
    }

    /// `\u{1F600}`: one to eight hex digits naming a Unicode scalar.
    private mutating func lexUnicodeEscape(start: Int, into decoded: inout [UInt8]) throws(LexError) {
        guard peekByte() == UInt8(ascii: "{") else {
            throw LexError(
                .invalidEscape, "'\\u' must be followed by '{hex digits}'", at: SourceRange(start: start, end: position),
                suggestion: "write e.g. \\u{E9} for é")
        }
        position += 1
        var value: UInt32 = 0
        var digits = 0
        while let byte = peekByte(), let digit = Lexer.hexValue(byte), digits < 8 {
            value = value &* 16 &+ UInt32(digit)
            digits += 1
            position += 1
        }
        guard digits > 0, peekByte() == UInt8(ascii: "}") else {
            throw LexError(
                .invalidEscape, "malformed unicode escape", at: SourceRange(start: start, end: position),
                suggestion: "write e.g. \\u{E9} for é")
        }
        position += 1
        guard let scalar = Unicode.Scalar(value) else {
            throw LexError(
                .invalidEscape, "'\\u{\(String(value, radix: 16, uppercase: true))}' is not a Unicode scalar",
                at: SourceRange(start: start, end: position))
        }
        decoded.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: Symbols

    private mutating func lexSymbol() throws(LexError) -> SyntaxToken {
        let start = position
        let byte = bytes[position]
        let next = peekByte(1)
        func two(_ symbol: Symbol) -> SyntaxToken {
            position += 2
            return SyntaxToken(.symbol(symbol), SourceRange(start: start, end: position))
        }
        func one(_ symbol: Symbol) -> SyntaxToken {
            position += 1
            return SyntaxToken(.symbol(symbol), SourceRange(start: start, end: position))
        }
        switch byte {
        case UInt8(ascii: "="): return next == UInt8(ascii: "=") ? two(.equal) : one(.assign)
        case UInt8(ascii: "!"):
            if next == UInt8(ascii: "=") { return two(.notEqual) }
            throw unexpected(start, 1, "unexpected '!'", "write 'not x' for negation and '!=' for 'not equal'")
        case UInt8(ascii: "<"): return next == UInt8(ascii: "=") ? two(.lessEqual) : one(.less)
        case UInt8(ascii: ">"): return next == UInt8(ascii: "=") ? two(.greaterEqual) : one(.greater)
        case UInt8(ascii: "|"):
            if next == UInt8(ascii: "|") {
                throw unexpected(start, 2, "unexpected '||'", "write 'or' for logical or; a single '|' is a pipe")
            }
            return one(.pipe)
        case UInt8(ascii: "&"):
            let length = next == UInt8(ascii: "&") ? 2 : 1
            throw unexpected(start, length, "unexpected '\(length == 2 ? "&&" : "&")'", "write 'and' for logical and")
        case UInt8(ascii: "'"):
            throw unexpected(start, 1, "unexpected single quote", "strings use double quotes: \"text\"")
        case UInt8(ascii: "("): return one(.leftParen)
        case UInt8(ascii: ")"): return one(.rightParen)
        case UInt8(ascii: "["): return one(.leftBracket)
        case UInt8(ascii: "]"): return one(.rightBracket)
        case UInt8(ascii: "{"): return one(.leftBrace)
        case UInt8(ascii: "}"): return one(.rightBrace)
        case UInt8(ascii: ","): return one(.comma)
        case UInt8(ascii: ";"): return one(.semicolon)
        case UInt8(ascii: ":"): return one(.colon)
        case UInt8(ascii: "."): return one(.dot)
        case UInt8(ascii: "+"): return one(.plus)
        case UInt8(ascii: "-"): return one(.minus)
        case UInt8(ascii: "*"): return one(.star)
        case UInt8(ascii: "/"): return one(.slash)
        case UInt8(ascii: "%"): return one(.percent)
        default:
            throw unexpectedCharacter(at: start)
        }
    }

    private func unexpected(_ start: Int, _ length: Int, _ message: String, _ suggestion: String) -> LexError {
        LexError(.unexpectedCharacter, message, at: SourceRange(start: start, end: start + length), suggestion: suggestion)
    }

    /// Names the offending scalar, with advice for the usual suspects (curly quotes from a word processor).
    private func unexpectedCharacter(at start: Int) -> LexError {
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let range = SourceRange(start: start, end: end)
        let scalar = text.unicodeScalars.first.map { $0.value } ?? 0
        switch scalar {
        case 0x201C, 0x201D, 0x2018, 0x2019:
            return LexError(
                .unexpectedCharacter, "curly quote '\(text)' cannot start a string", at: range,
                suggestion: "use straight double quotes: \"text\"")
        case 0..<0x20, 0x7F:
            let hex = String(scalar, radix: 16, uppercase: true)
            return LexError(
                .unexpectedCharacter, "unexpected control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)",
                at: range, suggestion: "remove it; scripts are plain text")
        default:
            return LexError(
                .unexpectedCharacter, "unexpected character '\(text)'", at: range,
                suggestion: scalar >= 0x80 ? "names use the letters a-z, digits and '_'; put other text inside \"quotes\"" : nil)
        }
    }
}

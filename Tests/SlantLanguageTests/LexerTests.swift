import Testing
@testable import SlantLanguage

@Suite("Lexer")
struct LexerTests {
    private func kinds(_ source: String) throws -> [SyntaxTokenKind] {
        try Lexer.tokenize(source).map(\.kind)
    }

    @Test func numbersStringsNamesAndKeywords() throws {
        #expect(try kinds("let x = 1.5e2 \"a\\n\\\"b\\\"\" where") == [
            .keyword(.let), .identifier("x"), .symbol(.assign), .number(150), .string("a\n\"b\""), .keyword(.where),
            .endOfInput,
        ])
    }

    @Test func twoCharacterOperators() throws {
        #expect(try kinds("== != <= >= < > = |") == [
            .symbol(.equal), .symbol(.notEqual), .symbol(.lessEqual), .symbol(.greaterEqual), .symbol(.less),
            .symbol(.greater), .symbol(.assign), .symbol(.pipe), .endOfInput,
        ])
    }

    @Test func tokenRangesAreByteOffsets() throws {
        let tokens = try Lexer.tokenize("x + \"ü\"")
        #expect(tokens.map(\.range) == [
            SourceRange(start: 0, end: 1), SourceRange(start: 2, end: 3), SourceRange(start: 4, end: 8),
            SourceRange(start: 8, end: 8),
        ])
    }

    @Test func commentsAndNestedBlockComments() throws {
        #expect(try kinds("1 # one\n#[ a #[ nested ]# b ]# 2") == [.number(1), .newline, .number(2), .endOfInput])
    }

    @Test func unicodeEscapes() throws {
        #expect(try kinds("\"\\u{E9}\\u{1F600}\"") == [.string("é😀"), .endOfInput])
    }

    @Test func unterminatedStringIsIncompleteAndPointsAtTheQuote() {
        #expect(throws: LexError(.unterminatedString, "string is never closed", at: SourceRange(start: 4, end: 5),
                                 suggestion: "add a closing '\"'")) {
            try Lexer.tokenize("1 + \"abc")
        }
    }

    @Test func unterminatedBlockCommentPointsAtItsOpener() {
        do {
            _ = try Lexer.tokenize("1 #[ a #[ b ]# ")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unterminatedComment)
            #expect(error.range == SourceRange(start: 2, end: 4))
            #expect(error.isIncomplete)
        }
    }

    @Test func badEscapeIsLocated() {
        do {
            _ = try Lexer.tokenize("\"a\\qb\"")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unknown escape '\\q' in string")
            #expect(error.range == SourceRange(start: 2, end: 4))
            #expect(!error.isIncomplete)
        }
    }

    @Test func helpfulMessagesForForeignOperators() {
        let cases: [(String, String)] = [
            ("a && b", "write 'and' for logical and"),
            ("a || b", "write 'or' for logical or; a single '|' is a pipe"),
            ("!a", "write 'not x' for negation and '!=' for 'not equal'"),
            ("'text'", "strings use double quotes: \"text\""),
            ("\u{201C}Assad\u{201D}", "use straight double quotes: \"text\""),
        ]
        for (source, suggestion) in cases {
            do {
                _ = try Lexer.tokenize(source)
                Issue.record("expected an error for \(source)")
            } catch {
                #expect(error.suggestion == suggestion, "\(source)")
            }
        }
    }

    @Test func numberRunningIntoLettersIsAnError() {
        #expect(throws: LexError.self) { try Lexer.tokenize("12abc") }
    }

    @Test func hugeNumberIsAnError() {
        do {
            _ = try Lexer.tokenize("1e999")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "number '1e999' is too large")
        }
    }
}

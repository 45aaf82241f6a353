import Testing
@testable import SlantLanguage

@Suite("Diagnostics")
struct DiagnosticTests {
    private func rendered(_ source: String, color: Bool = false) -> String {
        let session = Session()
        for output in session.run(source, origin: "script.slant") {
            if case .diagnostic(let diagnostic) = output, diagnostic.severity == .error {
                return diagnostic.rendered(source: source, color: color)
            }
        }
        return "no error"
    }

    @Test func unknownFunctionSuggestsTheClosestBuiltin() {
        #expect(rendered("corpus() | cuont") == """
            script.slant:1:12: error: unknown function 'cuont'
             1 | corpus() | cuont
               |            ^~~~~
            help: did you mean 'count'?
            """)
    }

    @Test func unknownColumnInsideWhereSuggestsAColumn() {
        #expect(rendered("corpus() | where outlt == \"x\"") == """
            script.slant:1:18: error: unknown name 'outlt'
             1 | corpus() | where outlt == "x"
               |                  ^~~~~
            help: did you mean 'outlet'?
            """)
    }

    @Test func runtimeErrorsPointAtTheFailingExpressionOnItsLine() {
        #expect(rendered("let a = 1\nlet b = 0\n\ta / b") == """
            script.slant:3:6: error: division by zero
             3 | \ta / b
               | \t    ^
            help: the divisor is 0
            """)
    }

    @Test func wrongArgumentTypeAndCount() {
        #expect(rendered("round(\"x\")") == """
            script.slant:1:7: error: 'round' needs a number for 'x', not a string
             1 | round("x")
               |       ^~~
            help: it is round(x, digits: 0) -> number
            """)
        #expect(rendered("round(1, 2, 3)") == """
            script.slant:1:13: error: 'round' takes at most 2 arguments
             1 | round(1, 2, 3)
               |             ^
            help: it is round(x, digits: 0) -> number
            """)
        #expect(rendered("let f = fn(x) x\nf(1, 2)") == """
            script.slant:2:6: error: 'f' takes 1 argument but got 2
             2 | f(1, 2)
               |      ^
            help: it is f(x)
            """)
        #expect(rendered("let f = fn(x, y) x\nf(1)") == """
            script.slant:2:1: error: 'f' needs argument 'y' (2 arguments, got 1)
             2 | f(1)
               | ^~~~
            help: it is f(x, y)
            """)
    }

    @Test func unbalancedBrackets() {
        #expect(rendered("count((1 + 2)") == """
            script.slant:1:6: error: '(' is never closed
             1 | count((1 + 2)
               |      ^
            help: add ')'
            """)
        #expect(rendered("f(1]") == """
            script.slant:1:4: error: expected ')' to close the '(' at 1:2, found ']'
             1 | f(1]
               |    ^
            help: brackets are mismatched: expected ')' here
            """)
        #expect(rendered("1 + 2)") == """
            script.slant:1:6: error: expected a line break or ';' after the statement, found ')'
             1 | 1 + 2)
               |      ^
            help: remove the unmatched ')'
            """)
    }

    @Test func unterminatedStringAndComment() {
        #expect(rendered("let s = \"abc\n") == """
            script.slant:1:9: error: string is never closed
             1 | let s = "abc
               |         ^
            help: add a closing '"'
            """)
        #expect(rendered("1\n#[ never\nclosed") == """
            script.slant:2:1: error: block comment is never closed
             2 | #[ never
               | ^~
            help: end the comment with ']#'
            """)
    }

    @Test func actorWithoutAliases() {
        #expect(rendered("actor Russia\n1") == """
            script.slant:1:7: error: actor 'Russia' has no aliases
             1 | actor Russia
               |       ^~~~~~
            help: list the names it goes by: actor Russia = "Russia", …
            """)
        #expect(rendered("actor Russia = \"Russia\", \" \"") == """
            script.slant:1:26: error: actor 'Russia' has an empty alias
             1 | actor Russia = "Russia", " "
               |                          ^~~
            help: every alias needs at least one letter
            """)
        #expect(rendered("actor Russia = []") == """
            script.slant:1:7: error: actor 'Russia' has no aliases
             1 | actor Russia = []
               |       ^~~~~~
            help: list the names it goes by: actor Russia = "Russia", …
            """)
    }

    @Test func columnsCountScalarsNotBytes() {
        let diagnostic = firstError("\"é\" + 1")
        #expect(position(diagnostic) == "1:1")
        #expect(diagnostic?.end?.column == 8)
        #expect(rendered("\"é\" + 1") == """
            script.slant:1:1: error: cannot add a string and a number
             1 | "é" + 1
               | ^~~~~~~
            help: turn the other side into text with str(…)
            """)
    }

    @Test func longLinesAreWindowedAroundTheFault() {
        let source = String(repeating: "1 + ", count: 100) + "x"
        let text = rendered(source)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "script.slant:1:401: error: unknown name 'x'")
        #expect(lines[1].hasPrefix(" 1 | …"))
        #expect(lines[1].hasSuffix("+ 1 + x"))
        #expect(lines[2].hasSuffix("^"))
        #expect(lines[1].count < 120)
    }

    @Test func colourWrapsTheLabels() {
        let text = rendered("nope", color: true)
        #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1;36mhelp:\u{1B}[0m define it first with 'let nope = …'"))
    }

    @Test func suggestionsUseEditDistance() {
        #expect(Suggestions.closest(to: "cuont", in: ["count", "corpus"]) == "count")
        #expect(Suggestions.closest(to: "tnoe", in: ["tone", "note"]) == "tone")
        #expect(Suggestions.closest(to: "zzzz", in: ["count"]) == nil)
        #expect(Suggestions.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }

    @Test func controlCharactersInTheSourceLineAreNotPrinted() {
        #expect(rendered("1 +\u{1B}[2J 2") == """
            script.slant:1:4: error: unexpected control character U+001B
             1 | 1 +\u{FFFD}[2J 2
               |    ^
            help: remove it; scripts are plain text
            """)
    }
}

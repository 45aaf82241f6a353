import Testing
@testable import SlantLanguage

/// "Incomplete" (the REPL's continuation prompt) is a distinct outcome from "wrong".
@Suite("Parse status")
struct ParseStatusTests {
    @Test(arguments: [
        "1 + 2", "let x = 1", "corpus() | count", "", "# only a comment", "f(1,\n2)", "actor A = \"a\"",
        "{ let a = 1\n a }",
    ])
    func complete(_ source: String) {
        #expect(Session.parseStatus(source) == .complete)
    }

    @Test(arguments: [
        "(1 + 2", "[1, 2", "f(1,", "{a: 1", "{ let a = 1", "\"open string", "#[ open comment", "1 +",
        "corpus() |", "let x =", "let x", "if a then b", "fn(x)", "actor Russia", "actor Russia =", "t | where",
        "1 and",
    ])
    func incomplete(_ source: String) {
        #expect(Session.parseStatus(source) == .incomplete)
    }

    @Test(arguments: ["1 +* 2", ")", "(1))", "let 5 = 3", "[1 2]", "1 < 2 < 3", "f(a: 1, 2)", "\"a\\q\""])
    func wrong(_ source: String) {
        guard case .error(let diagnostic) = Session.parseStatus(source) else {
            Issue.record("expected an error for \(source)")
            return
        }
        #expect(!diagnostic.isIncomplete)
    }
}

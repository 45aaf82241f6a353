import Testing
@testable import SlantLanguage

@Suite("Evaluator")
struct EvaluatorTests {
    @Test func theExactFormsOfTheIssue() {
        #expect(run("1 + 2 * 3") == "7")
        #expect(run("corpus() | count") == "5")
        #expect(run("corpus() | where outlet == \"Breitbart\" | count") == "1")
        #expect(run("let f = fn(x) x * 2; f(21)") == "42")
        #expect(run("corpus() | by outlet | count", format: .csv) == """
            outlet,count
            Atlantic Sentinel,1
            Breitbart,1
            Foreign Policy,1
            Hot Air,1
            The Wall Street Journal,1
            """)
    }

    @Test func arithmeticAndNumberFormatting() {
        #expect(run("7 / 2") == "3.5")
        #expect(run("1 / 3") == "0.3333")
        #expect(run("-7 % 3") == "-1")
        #expect(run("2 - 5") == "-3")
        #expect(run("0.1 + 0.2") == "0.3")
        #expect(run("1e20") == "1e+20")
        #expect(run("0.00001234") == "1.234e-05")
    }

    @Test func stringsBooleansAndComparison() {
        #expect(run("\"Put\" + \"in\"") == "Putin")
        #expect(run("\"a\" < \"b\" and 2 >= 2") == "true")
        #expect(run("not (1 == 1) or nil == nil") == "true")
        #expect(run("[1, [2]] == [1, [2]]") == "true")
        #expect(run("{a: 1, b: 2} == {b: 2, a: 1}") == "true")
        #expect(run("1 == \"1\"") == "false")
    }

    @Test func shortCircuitSkipsTheRightSide() {
        #expect(run("false and (1 / 0 == 1)") == "false")
        #expect(run("true or undefined_name") == "true")
    }

    @Test func statementsPrintOnlyExpressions() {
        #expect(run("let a = 2\nactor X = \"x\"\na * 3\na") == "6\n2")
    }

    @Test func closuresCaptureTheirScopeAndRecurse() {
        #expect(run("let add = fn(a) fn(b) a + b; add(2)(3)") == "5")
        #expect(run("let fact = fn(n) if n <= 1 then 1 else n * fact(n - 1); fact(10)") == "3628800")
        #expect(run("let f = fn(x, y) x - y; f(y: 1, x: 10)") == "9")
    }

    @Test func blocksHaveTheirOwnScope() {
        #expect(run("let a = 1; { let a = 5; a * 2 }; a") == "10\n1")
        #expect(run("let g = fn(x) {\n  let y = x * 2\n  y + 1\n}\ng(4)") == "9")
    }

    @Test func listsRecordsFieldsAndIndexes() {
        #expect(run("[1, 2, 3][-1]") == "3")
        #expect(run("{name: \"Assad\", n: 2}.name") == "Assad")
        #expect(run("{\"two words\": 1}[\"two words\"]") == "1")
        #expect(run("[1, \"a\", [true, nil], {k: 1.5}]") == "[1, \"a\", [true, nil], {k: 1.5}]")
    }

    @Test func pipelinesInsertTheInputAsFirstArgument() {
        #expect(run("[3, 1, 2] | sum") == "6")
        #expect(run("3.14159 | round(digits: 2)") == "3.14")
        #expect(run("\"a,b\" | split(\",\") | count") == "2")
        #expect(run("5 | it * 2") == "10")
        #expect(run("2 | pow(10, it)") == "100")
        #expect(run("[1, 2, 3]\n  | map(fn(x) x * 10)\n  | sum") == "60")
    }

    @Test func actorsKeepTheirAliases() {
        #expect(run("actor Russia = \"Russia\", \"Moscow\", [\"Kremlin\"]; Russia") == "actor Russia = \"Russia\", \"Moscow\", \"Kremlin\"")
        #expect(run("actor A = \"x\"; A.aliases") == "[\"x\"]")
    }

    @Test func functionValuesPrintTheirSignature() {
        #expect(run("let f = fn(a, b) a; f") == "<fn f(a, b)>")
        #expect(run("count") == "<builtin count>")
    }

    @Test func sessionKeepsBindingsBetweenRuns() {
        // Without the prelude, so the session's only actor is the one defined here.
        let session = Session(options: SessionOptions(loadsPrelude: false))
        #expect(run("let x = 40\nactor A = \"a\"", session: session) == "")
        #expect(run("x + 2", session: session) == "42")
        #expect(session.boundNames.contains("x"))
        #expect(session.actorNames.contains("A"))
        #expect(!session.boundNames.contains("A"))
        #expect(!session.actorNames.contains("x"))
        session.reset()
        #expect(!session.boundNames.contains("x"))
        #expect(!session.actorNames.contains("A"))
        #expect(run("x", session: session) == "error: unknown name 'x'")
    }

    @Test func columnNamesForCompletion() {
        let session = Session()
        _ = run("let t = table(a = [1], b = [2])", session: session)
        #expect(session.columnNames(of: "t") == ["a", "b"])
        _ = run("corpus() | count", session: session)
        #expect(session.columnNames().contains("outlet"))
        #expect(session.columnNames().contains("a"))
    }
}

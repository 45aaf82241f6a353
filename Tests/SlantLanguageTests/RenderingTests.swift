import Testing
@testable import SlantLanguage

@Suite("Rendering")
struct RenderingTests {
    let source = "table(name = [\"a|b\", \"x, \\\"y\\\"\"], n = [1.5, nil], ok = [true, false])"

    @Test func markdown() {
        #expect(run(source, format: .markdown) == """
            | name | n | ok |
            | --- | ---: | --- |
            | a\\|b | 1.5 | true |
            | x, "y" |  | false |
            """)
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        #expect(run(source, format: .csv) == #"""
            name,n,ok
            a|b,1.5,true
            "x, ""y""",,false
            """#)
    }

    @Test func json() {
        #expect(run(source, format: .json) == """
            [
              {"name": "a|b", "n": 1.5, "ok": true},
              {"name": "x, \\"y\\"", "n": null, "ok": false}
            ]
            """)
        #expect(run("{a: [1, nil, \"t\\n\"], b: 0 / 1}", format: .json) == "{\"a\": [1, null, \"t\\n\"], \"b\": 0}")
        #expect(run("\"plain\"", format: .json) == "\"plain\"")
        #expect(run("table(a = [1]) | where a > 1", format: .json) == "[]")
    }

    @Test func scalarsPrintPlainlyInTextFormats() {
        for format in [OutputFormat.table, .markdown] {
            #expect(run("\"Assad\"", format: format) == "Assad")
        }
        #expect(run("\"a,b\"", format: .csv) == "\"a,b\"")
    }

    @Test func groupedTablesInEveryFormat() {
        let grouped = "table(g = [\"x\", \"y\", \"x\"]) | by g"
        #expect(run(grouped, format: .csv) == "g,rows\nx,2\ny,1")
        #expect(run(grouped, format: .json) == "[\n  {\"g\": \"x\", \"rows\": 2},\n  {\"g\": \"y\", \"rows\": 1}\n]")
    }

    @Test func narrowTerminalsTruncateTheWidestColumn() {
        let renderer = ValueRenderer(format: .table, width: 30)
        let outputs = Session().run(
            "table(title = [\"Putin Unlikely to Be Much Help Against Islamic State\"], n = [1])", origin: "t")
        guard case .value(let value)? = outputs.first else {
            Issue.record("no value")
            return
        }
        #expect(renderer.render(value) == """
            title                        n
            ---------------------------  -
            Putin Unlikely to Be Much …  1
            """)
    }

    @Test func cellsNeverBreakLines() {
        #expect(run("table(t = [\"a\\nb\"])") == "t\n---\na b")
    }

    @Test func numberFormat() {
        #expect(NumberFormat.plain(-0.0) == "0")
        #expect(NumberFormat.plain(2.0 / 3.0) == "0.6667")
        #expect(NumberFormat.plain(-1.25) == "-1.25")
        #expect(NumberFormat.plain(1e15) == "1e+15")
        #expect(NumberFormat.plain(123456789) == "123456789")
        #expect(NumberFormat.plain(.nan) == "nan")
        #expect(NumberFormat.plain(-.infinity) == "-inf")
        #expect(NumberFormat.plain(0.99999) == "1")
    }
}

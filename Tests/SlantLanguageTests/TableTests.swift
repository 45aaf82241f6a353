import Testing
@testable import SlantLanguage

@Suite("Tables")
struct TableTests {
    let people = "let t = table(name = [\"b\", \"a\", \"c\", \"d\"], n = [2, 5, nil, 1], g = [\"x\", \"y\", \"x\", \"x\"])\n"

    @Test func whereSelectSortTop() {
        #expect(run(people + "t | where n != nil and n > 1 | select name") == "name\n----\nb\na")
        #expect(run(people + "t | sort n desc | select name, n") == "name  n\n----  -\na     5\nb     2\nd     1\nc")
        #expect(run(people + "t | sort n | top 2 | select name") == "name\n----\nd\nb")
        #expect(run(people + "t | sort g, name desc | select name") == "name\n----\nd\nc\nb\na")
    }

    @Test func nilComparisonsNeedAGuard() {
        #expect(run(people + "t | where n > 1 | count") == "error: cannot compare nil with a number")
        #expect(run(people + "t | where n != nil and n > 1 | count") == "2")
    }

    @Test func groupedAggregates() {
        #expect(run(people + "t | where n != nil | by g | table(total = sum(n), avg = mean(n), k = count)") == """
            g  total  avg  k
            -  -----  ---  -
            x      3  1.5  2
            y      5    5  1
            """)
        #expect(run(people + "t | by g | median(n)") == "g  median_n\n-  --------\nx       1.5\ny         5")
        #expect(run(people + "t | by g | sd(n)") == "g    sd_n\n-  ------\nx  0.7071\ny")
        #expect(run(people + "t | by g | max(name)") == "g  max_name\n-  --------\nx  d\ny  a")
    }

    @Test func groupingByComputedKeysAndSeveralColumns() {
        #expect(run(people + "t | by big = n != nil and n > 1 | count") == "big    count\n-----  -----\nfalse      2\ntrue       2")
        #expect(run(people + "t | by g, name | count | top 2") == "g  name  count\n-  ----  -----\nx  b         1\nx  c         1")
    }

    @Test func groupedTablePrintsKeysAndSizes() {
        #expect(run(people + "t | by g") == "g  rows\n-  ----\nx     3\ny     1")
        #expect(run(people + "t | by g | top 1 | ungroup | select name") == "name\n----\nb\na")
    }

    @Test func deriveDistinctAndRows() {
        #expect(run("table(a = [1, 2]) | derive(a = a + 1, b = a * 2) | rows") == "[{a: 2, b: 4}, {a: 3, b: 6}]")
        #expect(run("table(a = [1, 1, 2], b = [\"x\", \"x\", \"y\"]) | distinct | count") == "2")
    }

    @Test func columnsMustHoldOneType() {
        #expect(run("table(a = [1, \"x\"])") == "error: column 'a' holds number values but row 2 has a string")
        #expect(run("table(a = [1, 2], b = [1])") == "error: column 'b' has 1 values but 'a' has 2")
    }

    @Test func tableColumnAccessGivesAList() {
        #expect(run(people + "t.n") == "[2, 5, nil, 1]")
        #expect(run(people + "mean(t.n)") == "2.6667")
    }

    @Test func corpusRowsCarryDocumentColumns() {
        #expect(run("corpus() | sort words desc | top 2 | select outlet, words") == """
            outlet                   words
            -----------------------  -----
            The Wall Street Journal   1187
            Foreign Policy            1161
            """)
        #expect(run("corpus() | where year(date) == 2014 | select outlet") == "outlet\n-------\nHot Air")
    }

    @Test func corpusRowsKeepTheirDocumentsThroughVerbs() throws {
        let session = Session()
        _ = session.run("let t = corpus() | where outlet == \"Hot Air\" | select title | sort title", origin: "test")
        guard case .table(let table)? = session.value(named: "t") else {
            Issue.record("t is not a table")
            return
        }
        #expect(table.documents.map(\.outlet) == ["Hot Air"])
        #expect(table.analysedDocuments.first?.wordCount == 850)
    }

    @Test func listsWorkWithVerbs() {
        #expect(run("[{a: 2}, {a: 1}] | sort a | where a > 0") == "[{a: 1}, {a: 2}]")
        #expect(run("[3, 1, 2] | sort it desc | top 2") == "[3, 2]")
    }

    @Test func emptyTableRendering() {
        #expect(run("table(a = [1]) | where a > 5") == "a\n-\n(no rows)")
    }
}

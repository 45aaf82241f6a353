import Foundation
import SlantMetrics
import Testing
@testable import SlantLanguage

/// keyness, distance, coverage, kwic and compare in the language, on the bundled seeds.
@Suite("Comparison builtins")
struct ComparisonBuiltinTests {
    /// A session with one more builtin, `sentence_words()`: the mean number of words per
    /// sentence, which offers its observations to `compare` (one per sentence).
    static func sessionWithComparableMetric() -> Session {
        var registry = BuiltinRegistry.standard
        registry.register(Builtin(
            name: "sentence_words", category: "Test", signature: "sentence_words(input) -> number", summary: "test metric",
            examples: [], parameters: [.value("input", .table)]
        ) { call throws(RuntimeError) in
            let documents = try call.table("input").analysedDocuments
            let observations = documents.flatMap { document in
                document.sentences.enumerated().map { index, sentence in
                    Observation(documentID: document.document.id, sentenceIndex: index,
                                numerator: Double(document.tokens[sentence.tokens].filter(\.isWord).count))
                }
            }
            ObservationRecorder.offer(call, statistic: .mean) { observations }
            return MetricBridge.number(RatioStatistic.mean.value(of: observations))
        })
        return Session(options: SessionOptions(registry: registry))
    }

    @Test func keynessByOutletAndItsGroupedForm() {
        let byArgument = run("keyness(by: outlet, top: 2, size: 1) | select outlet, term, count, baseline")
        #expect(byArgument == """
            outlet                   term        count  baseline
            -----------------------  ----------  -----  --------
            Atlantic Sentinel        opposition      5         0
            Atlantic Sentinel        radical         3         0
            Breitbart                power           5         1
            Breitbart                journal         3         0
            Foreign Policy           safe            8         0
            Foreign Policy           zones           7         0
            Hot Air                  iraq           17         2
            Hot Air                  support         5         0
            The Wall Street Journal  mr.            13         1
            The Wall Street Journal  allies          7         1
            """)
        #expect(run("corpus() | by outlet | keyness(top: 2, size: 1) | select outlet, term, count, baseline") == byArgument)
    }

    @Test func keynessAgainstAReferenceLeavesTheReferenceOut() {
        let result = run("keyness(by: outlet, reference: \"Breitbart\", top: 1) | select outlet")
        #expect(!result.contains("Breitbart"))
        #expect(result.split(separator: "\n").count == 2 + 4)
        #expect(firstError("keyness(by: outlet, reference: \"Breitbard\")")?.suggestion == "did you mean 'Breitbart'?")
    }

    @Test func keynessErrors() {
        #expect(firstError("keyness()")?.message == "'keyness' compares groups of documents, but got no grouping")
        #expect(firstError("keyness(by: outlet, size: 3)")?.message == "'size' must be 1 (words), 2 (pairs of words) or [1, 2]")
        #expect(firstError("table(a = [1]) | keyness(by: a)")?.message == "'keyness' needs a table of documents, but this table's rows are not documents")
        #expect(firstError("corpus() | by outlet | keyness(by: outlet)")?.message == "'keyness' got a grouped table and 'by:'")
    }

    @Test func distancesNearestFirstAndAsAMatrix() {
        let pairs = run("distance(by: outlet) | top 1")
        #expect(pairs.contains("Breitbart  The Wall Street Journal"))
        #expect(pairs.contains("nearest"))
        let matrix = run("distance(by: outlet, matrix: true) | select outlet, Breitbart", format: .csv)
        #expect(matrix.hasPrefix("outlet,Breitbart\nAtlantic Sentinel,0.67"))
        #expect(matrix.contains("\nBreitbart,\n"))
    }

    @Test func distanceOfAMetricProfile() {
        // Profiles of Assad's labels: ten pairs, each distance between 0 and 1 or nil (no labels).
        let distances = run("distance(by: outlet, of: labels(Assad)) | select distance", format: .csv)
        let values = distances.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        #expect(values.count == 10)
        #expect(values.allSatisfy { $0.isEmpty || (Double($0).map { (0...1).contains($0) } ?? false) })
    }

    @Test func coverageMatrixWithOnlyInAndMissingFrom() {
        let actors = run("coverage(by: outlet, kinds: [\"actor\"], actors: [Kurds, Assad]) | select item, Breitbart, groups, only_in, missing_from")
        #expect(actors == """
            item   Breitbart  groups  only_in         missing_from
            -----  ---------  ------  --------------  ------------
            Assad          8       4                  Hot Air
            Kurds          0       1  Foreign Policy
            """)
        #expect(firstError("coverage(by: outlet, kinds: [\"people\"])")?.message == "'kinds' takes \"actor\", \"speaker\", \"number\", \"date\", \"name\"")
        let speakers = run("coverage(by: outlet, kinds: [\"speaker\"]) | where item == \"Sergey Lavrov\" | select item, groups, only_in")
        #expect(speakers.contains("Sergey Lavrov"))
    }

    @Test func coverageFindsFiguresDatesAndNames() {
        let result = run("coverage(by: outlet, kinds: [\"number\", \"date\", \"name\"]) | where only_in == \"Atlantic Sentinel\" | select kind, item | top 3")
        #expect(result.contains("number  130"))
    }

    @Test func kwicAlignsOnTheMatch() {
        let lines = run("corpus() | where outlet == \"Breitbart\" | kwic(\"Kremlin\", window: 3) | select left, match, right | top 2")
        let rows = lines.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        // Every match starts in the same column.
        let columns = Set(rows.map { row in row.firstRange(of: "Kremlin").map { row.distance(from: row.startIndex, to: $0.lowerBound) } ?? -1 })
        #expect(columns.count == 1)
        #expect(run("kwic(Putin, window: 2) | count") == run("mentions(Putin, pronouns: false).n"))
        #expect(firstError("kwic(42)")?.message == "'kwic' needs an actor or a phrase, not a number")
    }

    @Test func compareGivesValuesIntervalsAndWarnings() {
        let session = Self.sessionWithComparableMetric()
        let result = run("compare(sentence_words(), by: outlet) | select outlet, n, documents, warning", session: session)
        #expect(result.contains("Atlantic Sentinel"))
        #expect(result.contains("one document"))
        // The value is the metric's own value, group by group.
        let values = run("compare(sentence_words(), by: outlet) | select value", format: .csv, session: session)
        let direct = run("corpus() | by outlet | table(value = sentence_words())| select value", format: .csv, session: session)
        #expect(values == direct)
        // Reproducible: the same intervals every time.
        let first = run("compare(sentence_words(), by: outlet) | select lo, hi", format: .csv, session: session)
        #expect(run("compare(sentence_words(), by: outlet) | select lo, hi", format: .csv, session: session) == first)
        #expect(run("compare(sentence_words(), by: outlet, seed: 7) | select lo, hi", format: .csv, session: session) != first)
    }

    @Test func comparePairsAndReference() {
        let session = Self.sessionWithComparableMetric()
        #expect(run("compare(sentence_words(), by: outlet, pairs: true) | count", session: session) == "10")
        let against = run("corpus() | by outlet | compare(sentence_words(), reference: \"Hot Air\") | select first, second", session: session)
        #expect(against.split(separator: "\n").count == 2 + 4)
        #expect(against.split(separator: "\n").dropFirst(2).allSatisfy { $0.hasSuffix("Hot Air") })
    }

    @Test func compareRefusesMetricsWithoutObservations() {
        let error = firstError("compare(count, by: outlet)")
        #expect(error?.message == "'compare' cannot resample 'count': it does not report the observations its number rests on")
        #expect(firstError("compare(by: outlet)")?.message == "'compare' needs a metric to compare")
    }
}

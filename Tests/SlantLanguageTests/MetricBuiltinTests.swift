import Foundation
import Testing
import SlantText
@testable import SlantLanguage

/// The metric builtins in the language: input shapes, grouping, per-group tables, per-row use,
/// explain, the prelude, and bad input.
@Suite("Metric builtins")
struct MetricBuiltinTests {
    @Test func aTableGivesOneRecord() {
        #expect(run("corpus() | where outlet == \"Hot Air\" | mentions(Russia)")
            == "{n: 20, inferred: 0, documents: 1, words: 850, per1000: 23.5294, lo: 14.9399, hi: 32.5208}")
        #expect(run("corpus() | mentions(Russia) | keys") == "[\"n\", \"inferred\", \"documents\", \"words\", \"per1000\", \"lo\", \"hi\"]")
        #expect(run("corpus() | mentions(Russia).n") == "112")
    }

    @Test func aGroupedTableGivesOneRowPerGroup() {
        #expect(run("corpus() | by outlet | mentions(Russia) | select outlet, n, per1000") == """
            outlet                    n  per1000
            -----------------------  --  -------
            Atlantic Sentinel         5  11.4155
            Breitbart                25  28.5714
            Foreign Policy           23  19.8105
            Hot Air                  20  23.5294
            The Wall Street Journal  39  32.8559
            """)
    }

    @Test func emptyGroupsStillHaveColumns() {
        #expect(run("corpus() | where outlet == \"x\" | by outlet | mentions(Russia)")
            == "outlet  n  inferred  documents  words  per1000  lo  hi\n------  -  --------  ---------  -----  -------  --  --\n(no rows)")
        #expect(run("corpus() | where outlet == \"x\" | labels(Assad)")
            == "outlet  label  kind  count\n------  -----  ----  -----\n(no rows)")
    }

    @Test func groupedRowsKeepTheKeyColumnsOnce() {
        #expect(run("corpus() | by outlet | labels(Assad) | where label == \"strongman\"") == """
            outlet          label      kind      count
            --------------  ---------  --------  -----
            Foreign Policy  strongman  modifier      1
            """)
    }

    @Test func insideTableEachGroupIsMeasured() {
        let expected = """
            outlet                    m        s
            -----------------------  --  -------
            Atlantic Sentinel         5  11.4155
            Breitbart                25  28.5714
            Foreign Policy           23  19.8105
            Hot Air                  20  23.5294
            The Wall Street Journal  39  32.8559
            """
        #expect(run("corpus() | by outlet | table(m = mentions(Russia).n, s = salience(Russia).per1000)") == expected)
        #expect(run("corpus() | by outlet | table(m = count, r = mentions(Russia)) | select outlet, n = r.n") == """
            outlet                    n
            -----------------------  --
            Atlantic Sentinel         5
            Breitbart                25
            Foreign Policy           23
            Hot Air                  20
            The Wall Street Journal  39
            """)
    }

    @Test func withoutInputARowMeasuresItsDocument() {
        #expect(run("corpus() | select outlet, m = mentions(Russia).n | sort m desc | top 2") == """
            outlet                    m
            -----------------------  --
            The Wall Street Journal  39
            Breitbart                25
            """)
        #expect(run("mentions(Russia).n") == "112")
        #expect(run("corpus() | where mentions(Kurds).n > 0 | select outlet") == "outlet\n--------------\nForeign Policy")
    }

    @Test func rowsOfMentions() {
        #expect(run("corpus() | where outlet == \"Breitbart\" | mentions(Obama, rows: true) | where inferred | count") == "6")
        #expect(run("corpus() | by outlet | mentions(Kurds, rows: true) | select outlet, text, alias, kind") == """
            outlet          text              alias             kind
            --------------  ----------------  ----------------  ----
            Foreign Policy  Kurdish fighters  Kurdish fighters  name
            """)
    }

    @Test func explainShowsTheEvidenceOfEveryMetricCall() {
        // Hot Air never mentions the Kurds (no rows from mentions(Kurds)); Putin once.
        let source = "corpus() | where outlet == \"Hot Air\" | explain(by outlet | table(k = mentions(Kurds), p = mentions(Putin).n)) | select metric, sentence, text, contribution"
        #expect(run(source) == """
            metric           sentence  text                                                                                                                                                           contribution
            ---------------  --------  -------------------------------------------------------------------------------------------------------------------------------------------------------------  ------------
            mentions(Putin)        17  President [[Vladimir Putin]] told U.N. Secretary-General Ban Ki-moon on Monday that any airstrikes in the country should be carried out with Syria’s consent.        1.1765
            """)
        #expect(run("explain(mentions(Russia)) | count") == "112")
        #expect(run("corpus() | explain(labels(Assad)) | where rule == \"modifier 'strongman'\" | select outlet, text") == """
            outlet          text
            --------------  -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
            Foreign Policy  Other countries also called on Russia to use its growing military influence inside Syria to battle the Islamic State rather than just prop up [[strongman]] [[Assad]]’s embattled regime.
            """)
    }

    @Test func explainContributionsAddUpToTheValue() {
        #expect(run("corpus() | where outlet == \"Foreign Policy\" | explain(mentions(Russia)) | sum(contribution) | round(4)") == "19.8105")
    }

    @Test func thePreludeDefinesTheStandardActors() throws {
        let session = Session()
        #expect(session.actorNames == [
            "Assad", "Coalition", "France", "Iran", "IslamicState", "Kurds", "Obama", "Putin", "Russia",
            "SyrianOpposition", "Trump", "Turkey", "UnitedKingdom", "UnitedStates",
        ])
        #expect(run("Russia.aliases | first", session: session) == "Russia")
        #expect(run("Russia.aliases | filter(fn(a) starts_with(a, \"-\")) | count", session: session) == "5")
        #expect(run("actor Russia = \"Moscow\"\ncorpus() | mentions(Russia).n", session: session) == "19")
        session.reset()
        #expect(run("corpus() | mentions(Russia).n", session: session) == "112")
        #expect(Session(options: SessionOptions(loadsPrelude: false)).actorNames.isEmpty)
    }

    @Test func thePreludeFileIsTheBuiltinPrelude() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/prelude.slant")
        #expect(try String(contentsOf: url, encoding: .utf8) == Prelude.source)
        #expect(run("prelude()") == Prelude.source)
        // The prelude runs cleanly on its own.
        let session = Session(options: SessionOptions(loadsPrelude: false))
        #expect(session.run(Prelude.source).isEmpty)
    }

    @Test func thePreludesExceptionsKeepNamesThatAreNotTheActor() {
        // "Free Syrian Army" is the opposition, not Assad's army; "Trump Tower Moscow" a project, not Russia.
        let text = "The Free Syrian Army attacked the Syrian army. Plans for a Trump Tower Moscow were dropped, Moscow said."
        let corpus = Corpus(name: "exceptions", documents: [Document(id: "x", text: text)])
        let session = Session(options: SessionOptions(corpusLoader: CorpusLoader { _ in corpus }))
        #expect(run("corpus() | mentions(Assad, rows: true) | select sentence, text", format: .csv, session: session)
            == "sentence,text\n1,Syrian army")
        #expect(run("corpus() | mentions(Russia, rows: true) | select sentence, text", format: .csv, session: session)
            == "sentence,text\n2,Moscow")
        #expect(run("corpus() | mentions(SyrianOpposition).n", session: session) == "1")
    }

    @Test func anActorThatNeverOccursHasNZeroAndNoInterval() {
        #expect(run("actor Nobody = \"Zanzibar\"\ncorpus() | mentions(Nobody)")
            == "{n: 0, inferred: 0, documents: 5, words: 4511, per1000: 0, lo: nil, hi: nil}")
        #expect(run("actor Nobody = \"Zanzibar\"\ncorpus() | salience(Nobody)")
            == "{n: 0, documents: 5, per1000: 0, sentences: 0, headline: 0, lead: 0, first: nil}")
        #expect(run("actor Nobody = \"Zanzibar\"\ncorpus() | labels(Nobody) | count") == "0")
        #expect(run("corpus() | where outlet == \"nowhere\" | mentions(Russia)")
            == "{n: 0, inferred: 0, documents: 0, words: 0, per1000: nil, lo: nil, hi: nil}")
        #expect(run("actor Nobody = \"Zanzibar\"\ncorpus() | explain(mentions(Nobody)) | count") == "0")
    }

    @Test func badActorsAreLocatedErrors() {
        let tooShort = firstError("actor X = \"I\", \"Ivan\"\ncorpus() | mentions(X)")
        #expect(tooShort?.message == "actor 'X' has the alias \"I\" of a single letter, which would match almost everywhere")
        #expect(position(tooShort) == "2:21")
        let punctuation = firstError("actor P = \"--\"\nmentions(P)")
        #expect(punctuation?.message == "actor 'P' has the alias \"--\" with no letters or digits")
        #expect(position(punctuation) == "2:10")
        #expect(firstError("actor T = \"Kurds\", \"they\"\nsalience(T)")?.message
            == "actor 'T' has the pronoun \"they\" as an alias; only \"he\" or \"she\" can mark a person")
        #expect(firstError("corpus() | mentions(1)")?.message == "'mentions' needs an actor or a grouped table or a table for 'actor', not a number"
            || firstError("corpus() | mentions(1)")?.message == "'mentions' needs an actor for 'actor', not a number")
        #expect(firstError("corpus() | mentions()")?.message == "'mentions' needs an actor, not nil")
        #expect(firstError("table(a = [1]) | mentions(Russia)")?.message
            == "'mentions' needs a table of documents, but this table's rows are not documents")
        #expect(firstError("explain(1 + 2)")?.message == "'explain' found no metric in this expression")
        #expect(position(firstError("explain(1 + 2)")) == "1:9")
        #expect(firstError("mentions(Russia, pronouns: 1)")?.message == "'mentions' needs a bool for 'pronouns', not a number")
    }

    @Test func voicesCanBeCompared() {
        // compare resamples the attributed quotes; its values are voices' shares, group by group.
        let compared = run("compare(voices(France), by: outlet) | select outlet, value", format: .csv)
        let shares = run("corpus() | by outlet | voices(France) | select outlet, share", format: .csv)
        #expect(compared.split(separator: "\n").dropFirst() == shares.split(separator: "\n").dropFirst())
        #expect(compared.contains("Foreign Policy,0.2414"))
        #expect(firstError("compare(voices(France), by: outlet)") == nil)
    }
}

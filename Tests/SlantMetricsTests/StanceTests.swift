import SlantMetrics
import SlantText
import Testing

/// Stance markers in the writer's own words, their rates and the opinion-vs-report index.
@Suite("Stance: markers, rates and the opinion index")
struct StanceTests {
    private func stance(_ text: String) throws -> DocumentStance {
        let document = QuoteTestSupport.analyse(text)
        let quotes = try QuoteTestSupport.analyzer().quotes(in: document)
        return try StanceAnalyzer.standard().stance(of: document, quotes: quotes)
    }

    private func document(_ stance: DocumentStance) -> AnalysedDocument {
        TextAnalyzer.analyse(stance.documents[0])
    }

    private func markers(_ stance: DocumentStance) -> [String] {
        stance.sentences.flatMap(\.stance.markers).map { "\($0.category.rawValue):\($0.text)" }
    }

    @Test("every category in one sentence of the writer's")
    func allCategories() throws {
        let result = try stance("I think this is clearly a very bad idea, and you know it!")
        #expect(markers(result) == [
            "first-person:I", "assertive:think", "booster:clearly", "intensifier:very", "subjective:bad",
            "second-person:you", "factive:know", "exclamation:!",
        ])
        #expect(result.words == 13)
        #expect(result.ownWords == 13)
        #expect(result.counts.opinionMarkers == 8)
    }

    @Test("hedges and phrases: perhaps, kind of, of course")
    func hedgesAndPhrases() throws {
        let result = try stance("Perhaps the deal is kind of fragile. Of course, it might hold.")
        #expect(markers(result) == ["hedge:Perhaps", "hedge:kind of", "booster:Of course", "hedge:might"])
        #expect(result.counts[.hedge] == 3)
        #expect(result.counts[.booster] == 1)
    }

    @Test("quoted words are the speaker's: not counted; the quote counts as an attribution")
    func quotedWordsExcluded() throws {
        let result = try stance("“We will clearly win this very bad war,” Fabius said.")
        #expect(markers(result) == [])
        #expect(result.attributions == 1)
        #expect(result.words == 10)
        #expect(result.ownWords == 2)
        // (0 markers − 1 attribution) per 1,000 of the document's 10 words.
        #expect(result.opinionIndex().value == -100)
    }

    @Test("a question or exclamation inside quotation marks is the speaker's")
    func quotedQuestion() throws {
        let result = try stance("“Who does what?” Fabius asked. Is Russia an ally?")
        #expect(result.counts[.question] == 1)
        // The splitter ends a sentence after “…?”; the attribution is the next one.
        #expect(result.sentences.map(\.stance.counts[.question]) == [0, 0, 1])
        #expect(result.attributions == 1)
    }

    @Test("“US” is the United States, not “us”")
    func usIsNotUs() throws {
        let result = try stance("The US will help us.")
        #expect(markers(result) == ["first-person:us"])
    }

    @Test("a scare quote is an opinion marker")
    func scareQuoteCounts() throws {
        let result = try stance("The “moderate” rebels lost ground.")
        #expect(markers(result) == ["scare-quote:moderate"])
        #expect(result.counts[.scareQuote] == 1)
    }

    @Test("rates per 1,000 of the writer's words, with n the markers")
    func rates() throws {
        let result = try stance("Perhaps Russia will help. The coalition might fail.")
        #expect(result.ownWords == 8)
        let hedges = result.rate(.hedge)
        #expect(hedges.value == 250)
        #expect(hedges.n == 2)
        #expect(hedges.evidence.map(\.rule) == ["hedge: 'Perhaps'", "hedge: 'might'"])
        #expect(hedges.evidence.map(\.text) == ["Perhaps Russia will help.", "The coalition might fail."])
        #expect(hedges.evidence.map(\.contribution) == [125, 125])
        let boosters = result.rate(.booster)
        #expect(boosters.value == 0)
        #expect(boosters.n == 0)
        #expect(boosters.interval == nil)
    }

    @Test("the opinion index: markers minus attributions per 1,000 words, hand-counted")
    func opinionIndex() throws {
        // Markers: "clearly" (booster), "brutal" (subjective); attributions: one ("officials said").
        let result = try stance("The strikes were clearly brutal. The campaign will continue, officials said.")
        #expect(markers(result) == ["booster:clearly", "subjective:brutal"])
        #expect(result.attributions == 1)
        #expect(result.words == 11)
        let index = result.opinionIndex()
        #expect(index.value == 1000.0 / 11)
        #expect(index.n == 3)
        #expect(index.evidence.map(\.rule) == ["booster 'clearly', subjective 'brutal'", "1 attribution"])
        // Each sentence's part of the value: (markers − attributions) × 1,000 / 11; they add up to it.
        #expect(index.evidence.map(\.contribution) == [2000.0 / 11, -1000.0 / 11])
        #expect(index.evidence.map { document(result).originalText($0.highlights[0]) } == ["clearly", "said"])
    }

    @Test("no words: no value, n = 0, no interval")
    func empty() throws {
        let result = try stance("")
        #expect(result.words == 0)
        #expect(result.opinionIndex().value == nil)
        #expect(result.opinionIndex().n == 0)
        #expect(result.opinionIndex().interval == nil)
        #expect(result.rate(.hedge).value == nil)
    }

    @Test("documents combined: counts and words add up")
    func combined() throws {
        let a = try stance("Perhaps Russia will help.")
        let b = try stance("The coalition might clearly fail.")
        let both = DocumentStance(combining: [a, b])
        #expect(both.documents.count == 2)
        #expect(both.words == a.words + b.words)
        #expect(both.counts[.hedge] == 2)
        #expect(both.counts[.booster] == 1)
        #expect(both.rate(.hedge).value == 2000.0 / 9)
    }

    @Test("a damaged stance lexicon names its file and line")
    func badLexicon() {
        #expect(throws: LexiconError(file: "stance_markers.tsv", line: 2, message: "unknown or unlisted category 'sarcasm'")) {
            try StanceLexicon(markers: "category\tterm\tsource\nsarcasm\tyeah right\tme\n", subjective: "form\tsubjectivity\tpolarity\n")
        }
        #expect(throws: LexiconError(file: "subjective_words.tsv", line: 2, message: "subjectivity 'high' is not a number")) {
            try StanceLexicon(markers: "category\tterm\tsource\n", subjective: "form\tsubjectivity\tpolarity\nbrutal\thigh\t-0.9\n")
        }
    }
}

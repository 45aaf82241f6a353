import SlantMetrics
import Testing

/// Individual rules and quirks; expected scores were printed by vaderSentiment 3.3.2.
@Suite("VADER rules and quirks")
struct VaderRulesTests {
    let faithful: VaderAnalyzer
    let news: VaderAnalyzer

    init() throws {
        faithful = try VaderAnalyzer()
        news = try VaderAnalyzer(mode: .news)
    }

    private func scores(_ neg: Double, _ neu: Double, _ pos: Double, _ compound: Double) -> SentimentScores {
        SentimentScores(neg: neg, neu: neu, pos: pos, compound: compound)
    }

    @Test("the bundled lexicon and rules are vaderSentiment 3.3.2's")
    func lexiconContents() throws {
        let lexicon = try VaderLexicon.bundled()
        #expect(lexicon.lexiconCount == 7_506)
        let rules = lexicon.rules
        #expect(rules.boosterIncrement == 0.293)
        #expect(rules.boosterDecrement == -0.293)
        #expect(rules.capsIncrement == 0.733)
        #expect(rules.negationScalar == -0.74)
        #expect(rules.normalizeAlpha == 15)
        #expect(rules.exclamationPerMark == 0.292)
        #expect(rules.exclamationMaxMarks == 4)
        #expect(rules.questionPerMark2To3 == 0.18)
        #expect(rules.question4Plus == 0.96)
        #expect(rules.butBeforeFactor == 0.5 && rules.butAfterFactor == 1.5)
        #expect(rules.boosterDistanceDamp == [1.0, 0.95, 0.9])
        #expect(rules.neverSoThisFactor == 1.25)
        #expect(rules.negations.count == 59)
        #expect(rules.boosters.count == 84)
        #expect(rules.specialCases["kiss of death"] == -1.5)
    }

    @Test("empty and whitespace-only text score zero; punctuation alone is neutral")
    func emptyText() {
        #expect(faithful.polarityScores("") == scores(0, 0, 0, 0))
        #expect(faithful.polarityScores(" \t\u{A0}\u{3000} ") == scores(0, 0, 0, 0))
        #expect(faithful.polarityScores("!!!") == scores(0, 1, 0, 0))
    }

    @Test("but: a value equal to an already halved one rescales that earlier position")
    func butListQuirk() {
        // "alol" has twice the valence of "np"; vaderSentiment's sentiments.index() finds the
        // halved "alol" when it looks for "np", so "np" keeps its valence and "alol" is quartered.
        // (Scaling each position in place would give 0.154 / 0.846 / 0.6705.)
        #expect(faithful.polarityScores("alol but np") == scores(0, 0.196, 0.804, 0.4767))
        #expect(faithful.polarityScores("good good but good") == scores(0, 0.114, 0.886, 0.775))
    }

    @Test("kind of, least, never this, without doubt")
    func phraseRules() {
        #expect(faithful.polarityScores("The food was kind of good but the service was terrible!!!")
            == scores(0.318, 0.569, 0.114, -0.6396))
        #expect(faithful.polarityScores("It was KIND OF good") == scores(0, 0.605, 0.395, 0.3832))
        #expect(faithful.polarityScores("Roger Dodger is one of the least compelling variations on this theme.")
            == scores(0.132, 0.868, 0, -0.1695))
        #expect(faithful.polarityScores("Sentiment analysis has never been this good!")
            == scores(0, 0.621, 0.379, 0.5672))
        #expect(faithful.polarityScores("Without a doubt, excellent idea.") == scores(0, 0.341, 0.659, 0.7013))
        #expect(faithful.polarityScores("No good") == scores(0.706, 0.294, 0, -0.3412))
    }

    @Test("idioms and ALL-CAPS differential")
    func idiomsAndCaps() {
        #expect(faithful.polarityScores("He is the shit :)") == scores(0, 0.273, 0.727, 0.8402))
        #expect(faithful.polarityScores("the bomb is great") == scores(0.348, 0.217, 0.435, 0.2023))
        #expect(faithful.polarityScores("the BOMB is great") == scores(0.396, 0.201, 0.403, 0.0173))
        #expect(faithful.polarityScores("not BAD at all, GREAT") == scores(0, 0.267, 0.733, 0.8491))
    }

    @Test("emoji descriptions and Unicode case rules")
    func unicode() {
        #expect(faithful.polarityScores("Catch utf-8 emoji such as 💘 and 💋 and 😁")
            == scores(0, 0.583, 0.417, 0.875))
        // KELVIN SIGN lowercases to ASCII "k", so "\u{212A}ind" is the lexicon word "kind".
        #expect(faithful.polarityScores("a \u{212A}ind man") == scores(0, 0.37, 0.63, 0.5267))
        // "É" is uppercase for Python's isupper(): every token is ALL CAPS, so no caps emphasis;
        // next to lowercase "é" the differential applies and GOOD is boosted.
        #expect(faithful.polarityScores("GOOD É") == scores(0, 0.256, 0.744, 0.4404))
        #expect(faithful.polarityScores("GOOD é") == scores(0, 0.216, 0.784, 0.5622))
    }

    @Test("tokens split on Python's Unicode whitespace only")
    func whitespace() {
        #expect(faithful.polarityScores("good\u{3000}nice") == scores(0, 0, 1, 0.6908))
        #expect(faithful.polarityScores("good\u{1C}nice") == scores(0, 0, 1, 0.6908))
        #expect(faithful.polarityScores("good\u{2029}nice\u{85}great") == scores(0, 0, 1, 0.8689))
        // ZERO WIDTH SPACE is not whitespace for str.split(): one unknown token.
        #expect(faithful.polarityScores("good\u{200B}nice") == scores(0, 1, 0, 0))
    }

    @Test("General Punctuation is uncased and lowercases to itself (the tokenizer's fast path relies on it)")
    func generalPunctuationIsCaseless() {
        for value in UInt32(0x2000)...0x206F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(!properties.isLowercase && !properties.isUppercase && properties.generalCategory != .titlecaseLetter)
            #expect(properties.lowercaseMapping == String(scalar))
        }
    }

    @Test("faithful mode keeps curly quotes and apostrophes as vaderSentiment does")
    func faithfulCurlyQuotes() {
        #expect(faithful.polarityScores("I don’t like it") == scores(0, 0.545, 0.455, 0.3612))
        #expect(faithful.polarityScores("“good”") == scores(0, 1, 0, 0))
        #expect(faithful.polarityScores("It isn’t bad") == scores(0.636, 0.364, 0, -0.5423))
    }

    @Test("news mode reads curly quotes and apostrophes as ASCII")
    func newsMode() {
        #expect(news.polarityScores("I don’t like it") == scores(0.413, 0.587, 0, -0.2755))
        #expect(news.polarityScores("I don’t like it") == faithful.polarityScores("I don't like it"))
        #expect(news.polarityScores("“good”") == faithful.polarityScores("\"good\""))
        #expect(news.polarityScores("It isn’t bad") == scores(0, 0.412, 0.588, 0.431))
        #expect(news.polarityScores("The book was good.") == faithful.polarityScores("The book was good."))
    }

    @Test("analyzers are safe to share across tasks")
    func concurrentUse() async throws {
        let analyzer = faithful
        let texts = (0..<64).map { "Test \($0): VADER is VERY smart, but not funny!!" }
        let expected = texts.map { analyzer.polarityScores($0) }
        let results = await withTaskGroup(of: (Int, SentimentScores).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, analyzer.polarityScores(text)) }
            }
            var results = [SentimentScores?](repeating: nil, count: texts.count)
            for await (index, score) in group { results[index] = score }
            return results
        }
        #expect(results == expected)
    }
}

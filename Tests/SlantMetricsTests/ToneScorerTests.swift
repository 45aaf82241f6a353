import Foundation
import SlantMetrics
import SlantText
import Testing

/// `tone` on constructed sentences, with the scores worked out by hand from the lexicon
/// valences, the token distances and the documented weights.
@Suite("Tone scorer")
struct ToneScorerTests {
    let scorer: ToneScorer
    let tagger: PerceptronTagger

    init() throws {
        scorer = try ToneScorer()
        tagger = try PerceptronTagger.shared()
    }

    /// The first sentence of `text`, and the token range of the first occurrence of `target`.
    func sentence(_ text: String, target: String) throws -> (ToneSentence, Range<Int>) {
        let analysis = TextAnalyzer.analyse(Document(id: "t", text: text))
        let sentence = ToneSentence(
            document: analysis, sentence: 0, tags: analysis.tags(forSentence: 0, using: tagger),
            quoted: QuoteMask.quotedTokens(in: analysis))
        let range = try #require(text.range(of: target))
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        let first = try #require(sentence.tokens.firstIndex { $0.range.lowerBound == start })
        let last = try #require(sentence.tokens.firstIndex { $0.range.upperBound == end })
        return (sentence, first..<(last + 1))
    }

    func tone(_ text: String, _ target: String) throws -> ToneScore {
        let (sentence, range) = try sentence(text, target: target)
        return scorer.score(sentence, target: range)
    }

    /// The scorer's arithmetic, spelled out: each word's valence × exp(-0.05 × distance)
    /// (× 0.5 across "but"), negative words × 1.5, summed in order, then x / √(x² + 15).
    static func expected(_ words: [(valence: Double, distance: Int, acrossBut: Bool)]) -> (raw: Double, score: Double) {
        var raw = 0.0
        for word in words {
            var weight = exp(-0.05 * Double(word.distance))
            if word.acrossBut { weight *= 0.5 }
            raw += word.valence * weight * (word.valence < 0 ? 1.5 : 1)
        }
        return (raw, raw / (raw * raw + 15).squareRoot())
    }

    @Test("each mention takes its own side of 'but'")
    func butClauses() throws {
        let text = "Putin praised the brave soldiers, but Obama was accused of lying."
        // VADER: praised +2.2, brave +2.4, accused -1.2, lying -2.4 (before VADER's own but rule).
        let putin = try tone(text, "Putin")
        let forPutin = Self.expected([(2.2, 1, false), (2.4, 3, false), (-1.2, 9, true), (-2.4, 11, true)])
        #expect(putin.rawScore == forPutin.raw)
        #expect(putin.score == forPutin.score)
        #expect(putin.label == .positive)
        #expect(putin.contributions.map(\.word.text) == ["praised", "brave", "accused", "lying"])

        let obama = try tone(text, "Obama")
        let forObama = Self.expected([(2.2, 6, true), (2.4, 4, true), (-1.2, 2, false), (-2.4, 4, false)])
        #expect(obama.rawScore == forObama.raw)
        #expect(obama.score == forObama.score)
        #expect(obama.label == .negative)
        #expect(obama.contributions.map(\.isAcrossBut) == [true, true, false, false])
    }

    @Test("VADER's sentence-wide 'but' rule when asked for")
    func vaderBut() throws {
        var options = ToneOptions.standard
        options.otherSideOfButWeight = nil
        let vaderBut = ToneScorer(vader: try VaderAnalyzer(mode: .news), lexicon: try ToneLexicon.bundled(), options: options)
        let (sentence, range) = try sentence("Putin praised the brave soldiers, but Obama was accused of lying.", target: "Putin")
        let putin = vaderBut.score(sentence, target: range)
        // Before "but" × 0.5, after × 1.5, whoever the mention is.
        let expected = Self.expected([(1.1, 1, false), (1.2, 3, false), (-1.2 * 1.5, 9, false), (-2.4 * 1.5, 11, false)])
        #expect(putin.rawScore == expected.raw)
    }

    @Test("a quoted mention has the quoted voice; the speaker's own words do not count toward it")
    func quotedAndSpeaker() throws {
        let text = "“Obama is a disaster,” Smith said."
        let disaster = Self.expected([(-3.1, 3, false)])
        let obama = try tone(text, "Obama")
        #expect(obama.voice == .quoted)
        #expect(obama.isSpeaker == false)
        #expect(obama.score == disaster.score)
        #expect(obama.label == .negative)

        let smith = try tone(text, "Smith")
        #expect(smith.voice == .reporter)
        #expect(smith.isSpeaker)
        #expect(smith.contributions.isEmpty)
        #expect(smith.excluded.map(\.reason) == [.ownWords])
        #expect(smith.score == 0)
        #expect(smith.label == .neutral)

        // The same words in the reporter's voice.
        let reported = try tone("Obama is a disaster.", "Obama")
        #expect(reported.voice == .reporter)
        #expect(reported.score == disaster.score)
    }

    @Test("indirect speech and 'according to' set the speaker's words aside too")
    func indirectSpeech() throws {
        let said = try tone("Smith said the deal was a disaster.", "Smith")
        #expect(said.isSpeaker)
        #expect(said.contributions.isEmpty)
        let according = try tone("The deal was a disaster, according to Smith.", "Smith")
        #expect(according.isSpeaker)
        #expect(according.contributions.isEmpty)
        // The actor talked about, not talking, keeps the words.
        let about = try tone("Smith said Jones was a disaster.", "Jones")
        #expect(about.isSpeaker == false)
        #expect(about.contributions.map(\.word.text) == ["disaster"])
    }

    @Test("negation flips a word, as in VADER")
    func negation() throws {
        let good = try tone("Putin is a good leader.", "Putin")
        #expect(good.score == Self.expected([(1.9, 3, false)]).score)
        #expect(good.label == .positive)

        let notGood = try tone("Putin is not a good leader.", "Putin")
        #expect(notGood.score == Self.expected([(1.9 * -0.74, 4, false)]).score)
        #expect(notGood.label == .negative)
        #expect(notGood.contributions.first?.word.isNegated == true)
    }

    @Test("names are not judgements; words VADER lacks come from the other lexicons")
    func sources() throws {
        let court = try tone("Trump visited the Supreme Court.", "Trump")
        #expect(court.contributions.isEmpty)
        #expect(court.excluded.map(\.reason) == [.properNoun])
        #expect(court.label == .neutral)

        let indicted = try tone("Prosecutors indicted Smith.", "Smith")
        #expect(indicted.contributions.map(\.word.source) == [.newsLexicon(entry: "indicted", lexiconValence: -2.7)])
        #expect(indicted.score == Self.expected([(-2.7, 1, false)]).score)

        let helped = try tone("Jones helped them.", "Jones")
        #expect(helped.contributions.map(\.word.source) == [.baseForm("help", lexiconValence: 1.7)])
        #expect(helped.score == Self.expected([(1.7, 1, false)]).score)

        let notFined = try tone("Regulators never fined Smith.", "Smith")
        // "fined" is in the news lexicon (-1.8): it is not VADER's "fine" (+0.8); "never" negates it.
        #expect(notFined.contributions.map(\.word.source) == [.newsLexicon(entry: "fined", lexiconValence: -1.8)])
        #expect(notFined.contributions.first?.valence == -1.8 * -0.74)
    }

    @Test("the mention's own words are not tone toward it")
    func mentionWords() throws {
        // "Winner" is a VADER word (+2.8) but here it is the mention.
        let winner = try tone("Winner wrote a letter.", "Winner")
        #expect(winner.contributions.isEmpty)
        #expect(winner.excluded.map(\.reason) == [.mention])
    }

    @Test("a sentence without sentiment words scores 0, neutral")
    func nothing() throws {
        let plain = try tone("Putin met Obama in Paris on Monday.", "Putin")
        #expect(plain.score == 0)
        #expect(plain.rawScore == 0)
        #expect(plain.label == .neutral)
    }

    @Test("an empty or out-of-range target does not trap")
    func badTargets() throws {
        let (sentence, _) = try sentence("Putin is a good leader.", target: "Putin")
        let empty = scorer.score(sentence, target: 2..<2)
        #expect(empty.contributions.map(\.word.text) == ["good"])
        #expect(empty.contributions.first?.distance == 0)
        let outside = scorer.score(sentence, target: 40..<50)
        #expect(outside.score.isFinite)
        let none = scorer.score(ToneSentence(text: "", startOffset: 0, tokens: [], firstToken: 0, tags: [], quoted: []), target: 0..<1)
        #expect(none.score == 0)
        #expect(none.label == .neutral)
    }
}

@Suite("Tone analyzer")
struct ToneAnalyzerTests {
    @Test("a speaker's own words are set aside for every mention of it in the sentence")
    func pronounInOwnWords() throws {
        let putin = try ActorsTestSupport.pattern("Putin", "Putin", "he")
        let analysis = ActorsTestSupport.analyse("Putin says his main goal is to defeat the Islamic State.")
        let mentions = MentionFinder(actor: putin).mentions(of: 0, in: analysis)
        #expect(ActorsTestSupport.texts(mentions, in: analysis) == ["Putin", "his"])
        let rows = try ToneAnalyzer().tones(in: DocumentMentions(analysis: analysis, mentions: mentions))
        #expect(rows.map(\.tone.isSpeaker) == [true, true])
        // "main" and "defeat" are Putin's own words, not words about him.
        #expect(rows.map(\.tone.contributions.count) == [0, 0])
        #expect(rows.map(\.label) == [.neutral, .neutral])
        #expect(rows.map(\.sentenceIndex) == [0, 0])
        #expect(rows.map(\.matchedBy) == ["alias 'Putin'", "pronoun 'his' → 'Putin' (inferred)"])
    }

    @Test("a document without mentions gives no rows")
    func noMentions() throws {
        let analysis = ActorsTestSupport.analyse("Nothing to see here.")
        #expect(try ToneAnalyzer().tones(in: DocumentMentions(analysis: analysis, mentions: [])).isEmpty)
        let empty = ActorsTestSupport.analyse("")
        #expect(try ToneAnalyzer().tones(in: DocumentMentions(analysis: empty, mentions: [])).isEmpty)
    }
}

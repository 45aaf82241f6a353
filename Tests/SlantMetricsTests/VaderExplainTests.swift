import SlantMetrics
import Testing

@Suite("VADER explain")
struct VaderExplainTests {
    let analyzer: VaderAnalyzer

    init() throws {
        analyzer = try VaderAnalyzer()
    }

    @Test("a trace carries exactly the scores of polarityScores, for every edge case")
    func traceScoresMatch() throws {
        for reference in try VaderReference.bundledEdgeCases() {
            let trace = analyzer.explain(reference.input)
            #expect(VaderReference.identical(trace.scores, reference.expected), "\(reference.input)")
        }
    }

    @Test("negation, booster and caps steps on a simple sentence")
    func steps() throws {
        let trace = analyzer.explain("VADER is not VERY good, but GREAT!")
        #expect(trace.tokens.map(\.text) == ["VADER", "is", "not", "VERY", "good", "but", "GREAT"])
        #expect(trace.isCapDifferential)
        #expect(trace.exclamationMarks == 1)
        #expect(trace.punctuationAmplifier == 0.292)

        let good = trace.tokens[4]
        #expect(good.lexiconValence == 1.9)
        #expect(good.steps.map(\.rule) == [
            .lexicon, .booster(token: 3), .negation(token: 2), .beforeBut(token: 5),
        ])
        // "VERY" right before: + (0.293 + 0.733 for caps); "not" two words before: × -0.74;
        // then halved, being before "but".
        #expect(good.steps[1].valenceAfter == 1.9 + (0.293 + 0.733))
        #expect(good.steps[2].valenceAfter == (1.9 + (0.293 + 0.733)) * -0.74)
        #expect(good.valence == (1.9 + (0.293 + 0.733)) * -0.74 * 0.5)

        let great = trace.tokens[6]
        // "VERY" three words back still boosts, damped × 0.9; then × 1.5 after "but".
        #expect(great.steps.map(\.rule) == [.lexicon, .allCaps, .booster(token: 3), .afterBut(token: 5)])
        #expect(great.valence == ((3.1 + 0.733) + (0.293 + 0.733) * 0.9) * 1.5)
        #expect(trace.contributingTokens.map(\.text) == ["good", "GREAT"])
        #expect(trace.valenceSum == good.valence + great.valence)
    }

    @Test("tokens point at their bytes in the original text, emojis included")
    func ranges() throws {
        let text = "I ❤ “Slant”"
        let trace = analyzer.explain(text)
        let bytes = Array(text.utf8)
        // ❤ becomes "red heart": both words point at the emoji's three bytes.
        #expect(trace.scoredText == "I red heart “Slant”")
        #expect(trace.tokens.map(\.text) == ["I", "red", "heart", "“Slant”"])
        #expect(trace.tokens[1].utf8Range == 2..<5)
        #expect(trace.tokens[2].utf8Range == 2..<5)
        #expect(String(decoding: bytes[trace.tokens[3].utf8Range], as: UTF8.self) == "“Slant”")

        let news = try VaderAnalyzer(mode: .news).explain(text)
        #expect(news.tokens.map(\.text) == ["I", "red", "heart", "Slant"])
        #expect(String(decoding: bytes[news.tokens[3].utf8Range], as: UTF8.self) == "Slant")
    }

    @Test("idiom, dampener phrase and least rules are named")
    func namedRules() throws {
        let idiom = analyzer.explain("this movie is the bomb")
        #expect(idiom.tokens[4].steps.map(\.rule).contains(.idiom("the bomb")))
        let least = analyzer.explain("the least good idea")
        #expect(least.tokens[2].steps.map(\.rule) == [.lexicon, .least(token: 1)])
    }
}

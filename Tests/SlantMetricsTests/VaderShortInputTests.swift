import SlantMetrics
import Testing

/// Short inputs at the edges of each rule; expected scores printed by vaderSentiment 3.3.2.
@Suite("VADER short inputs")
struct VaderShortInputTests {
    static let cases: [(String, Double, Double, Double, Double)] = [
        ("🙂", 0.0, 0.425, 0.575, 0.4033),
        ("but", 0.0, 1.0, 0.0, 0.0),
        ("no", 1.0, 0.0, 0.0, -0.296),
        ("no no no good", 0.335, 0.139, 0.526, 0.0951),
        ("least", 0.0, 1.0, 0.0, 0.0),
        ("kind", 0.0, 0.0, 1.0, 0.5267),
        ("kind of", 0.0, 1.0, 0.0, 0.0),
        ("never so good", 0.0, 0.348, 0.652, 0.5777),
        ("never so", 0.0, 1.0, 0.0, 0.0),
        ("n't good", 0.706, 0.294, 0.0, -0.3412),
        ("NO GOOD", 0.706, 0.294, 0.0, -0.3412),
        ("no or bad", 0.364, 0.165, 0.471, 0.1655),
        ("at least good", 0.0, 0.408, 0.592, 0.4404),
        ("very least good", 0.0, 0.386, 0.614, 0.4902),
        ("😀😀😀", 0.0, 0.286, 0.714, 0.7579),
        ("good😀bad", 0.0, 0.156, 0.844, 0.6597),
        ("a🙂", 0.0, 0.526, 0.474, 0.4033),
        ("☺️ nice", 0.0, 0.147, 0.853, 0.7003),
        (":) :( :D", 0.292, 0.0, 0.708, 0.6289),
        ("?? good ??", 0.0, 0.341, 0.659, 0.594),
        ("good!!!!!!", 0.0, 0.0, 1.0, 0.6209),
        ("bad?????", 1.0, 0.0, 0.0, -0.6662),
        ("BUT good", 0.0, 0.206, 0.794, 0.5927),
        ("good BUT bad", 0.617, 0.13, 0.253, -0.5859),
        ("Not bad, BUT not good either!", 0.365, 0.429, 0.206, -0.3561),
    ]

    @Test("each short input scores as in vaderSentiment", arguments: cases)
    func scores(_ reference: (String, Double, Double, Double, Double)) throws {
        let analyzer = try VaderAnalyzer()
        let expected = SentimentScores(neg: reference.1, neu: reference.2, pos: reference.3, compound: reference.4)
        #expect(analyzer.polarityScores(reference.0) == expected)
        #expect(analyzer.explain(reference.0).scores == expected)
    }

    @Test("a long document with a 'but' scores without blowing up")
    func longDocument() throws {
        let analyzer = try VaderAnalyzer()
        let sentence = "The talks were good, not great, and some delegates were angry. "
        let text = String(repeating: sentence, count: 1_000) + "But the outcome was fine."
        let scores = analyzer.polarityScores(text)
        #expect(scores.compound >= -1 && scores.compound <= 1)
        #expect(abs(scores.neg + scores.neu + scores.pos - 1) < 0.01)
        #expect(analyzer.explain(text).scores == scores)
    }
}

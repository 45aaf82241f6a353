import SlantMetrics
import Testing

/// Aggregating mention tones: mean, n, and the fixed-seed bootstrap interval.
@Suite("Tone summary")
struct ToneSummaryTests {
    /// A row with `score` for document `document`, sentence `sentence`.
    static func row(_ score: Double, document: String = "a", sentence: Int, voice: ToneVoice = .reporter) -> MentionTone {
        let mention = Mention(kind: .name, alias: "Putin", sentence: sentence, paragraph: 0, tokens: 0..<1, range: 0..<5)
        let tone = ToneScore(
            score: score, rawScore: score, label: ToneOptions.standard.label(for: score), voice: voice, isSpeaker: false,
            contributions: [], excluded: [])
        return MentionTone(
            documentID: document, outlet: "Outlet", sentenceIndex: sentence, sentenceRange: 0..<10, sentence: "Putin spoke.",
            mention: mention, matchedBy: "alias 'Putin'", tone: tone)
    }

    @Test("no mentions: no value, n = 0, no interval")
    func empty() {
        let summary = ToneSummary([])
        #expect(summary.mean == nil)
        #expect(summary.n == 0)
        #expect(summary.interval == nil)
        let measure = ToneSummary.measure([])
        #expect(measure == Measure.empty)
    }

    @Test("one mention: a value and no interval")
    func single() {
        let summary = ToneSummary([Self.row(-0.5, sentence: 3)])
        #expect(summary.mean == -0.5)
        #expect(summary.n == 1)
        #expect(summary.interval == nil)
        #expect(summary.negative == 1)
        let measure = ToneSummary.measure([Self.row(-0.5, sentence: 3)])
        #expect(measure.value == -0.5)
        #expect(measure.evidence.count == 1)
        #expect(measure.evidence.first?.contribution == -0.5)
    }

    @Test("mentions of one sentence are resampled together: no interval from one sentence")
    func oneSentence() {
        let summary = ToneSummary([Self.row(0.5, sentence: 2), Self.row(-0.25, sentence: 2)])
        #expect(summary.mean == 0.125)
        #expect(summary.n == 2)
        #expect(summary.interval == nil)
        // Each mention's evidence carries its share of the mean.
        let measure = ToneSummary.measure([Self.row(0.5, sentence: 2), Self.row(-0.25, sentence: 2)])
        #expect(measure.evidence.map(\.contribution) == [0.25, -0.125])
        #expect(measure.value == 0.125)
    }

    @Test("the interval is the fixed-seed percentile bootstrap (sentences of one document)")
    func sentences() {
        let scores = [0.5, -0.25, 0.75, -0.5, 0.125]
        let rows = scores.enumerated().map { Self.row($1, sentence: $0) }
        let summary = ToneSummary(rows)
        #expect(summary.mean == 0.125)
        #expect(summary.n == 5)
        #expect(summary.documents == 1)
        #expect(summary.positive == 2)
        #expect(summary.negative == 2)
        #expect(summary.neutral == 1)
        // Worked out independently (a Python port of SplitMix64 + Lemire's bounded draw + type-7
        // quantiles, 1,000 resamples, seed 0x5EED51A7).
        #expect(summary.interval == -0.275...0.525)
        // Reproducible: the same rows give the same interval, every time.
        #expect(ToneSummary(rows).interval == summary.interval)
        // Another seed, another (still valid) interval.
        let other = ToneSummary(rows, options: BootstrapOptions(seed: 42))
        #expect(other.interval != summary.interval)
    }

    @Test("with two or more documents, documents are resampled")
    func documents() {
        let rows = [
            Self.row(0.5, document: "a", sentence: 0), Self.row(-0.25, document: "a", sentence: 1),
            Self.row(0.75, document: "b", sentence: 0),
            Self.row(-0.5, document: "c", sentence: 0), Self.row(0.125, document: "c", sentence: 4),
            Self.row(0.25, document: "c", sentence: 5),
        ]
        let summary = ToneSummary(rows)
        #expect(summary.documents == 3)
        #expect(summary.mean == 0.875 / 6)
        // Units: a = 0.25 / 2, b = 0.75 / 1, c = -0.125 / 3 (same independent computation).
        #expect(summary.interval == -0.041666666666666664...0.75)
    }

    @Test("quoted mentions are counted")
    func voices() {
        let summary = ToneSummary([Self.row(0.1, sentence: 0, voice: .quoted), Self.row(0.1, sentence: 1)])
        #expect(summary.quoted == 1)
    }
}

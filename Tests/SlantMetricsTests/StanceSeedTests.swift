import SlantMetrics
import SlantText
import Testing

/// The opinion-vs-report index on the seeds: commentary (Breitbart, Hot Air) above reporting
/// (The Wall Street Journal).
@Suite("Stance: seed articles")
struct StanceSeedTests {
    private func stance(_ outlet: String) throws -> DocumentStance {
        let document = try QuoteTestSupport.seed(outlet)
        return try StanceAnalyzer.standard().stance(of: document, quotes: try QuoteTestSupport.analyzer().quotes(in: document))
    }

    @Test("Breitbart and Hot Air above the Journal; the Journal's attributions outweigh its evaluations")
    func ordering() throws {
        let breitbart = try #require(try stance("Breitbart").opinionIndex().value)
        let hotAir = try #require(try stance("Hot Air").opinionIndex().value)
        let journal = try #require(try stance("The Wall Street Journal").opinionIndex().value)
        #expect(breitbart > hotAir)
        #expect(hotAir > journal)
        #expect(breitbart > 0)
        #expect(journal < 0)
    }

    @Test("what the Journal's and Breitbart's indices rest on")
    func counts() throws {
        let journal = try stance("The Wall Street Journal")
        #expect(journal.counts[.firstPerson] == 0)
        #expect(journal.counts[.assertive] == 0)
        #expect(journal.counts[.scareQuote] == 1)
        #expect(journal.attributions == 22)
        let breitbart = try stance("Breitbart")
        #expect(breitbart.counts[.scareQuote] == 4)
        #expect(breitbart.counts[.assertive] == 5)
        #expect(breitbart.attributions == 7)
        // Breitbart's writer uses evaluative words at more than one and a half times the Journal's rate.
        let ratio = try #require(breitbart.rate(.subjective).value) / (try #require(journal.rate(.subjective).value))
        #expect(ratio > 1.5)
    }
}

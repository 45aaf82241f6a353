import SlantMetrics
import SlantText
import Testing

/// Share of voice: an actor's attributed quotes over all attributed quotes.
@Suite("Quotes: voices")
struct QuoteVoiceTests {
    private func finder(_ name: String, _ aliases: [String]) throws -> MentionFinder {
        MentionFinder(actor: try ActorPattern(ActorDefinition(name: name, aliases: aliases), countries: try Countries.bundled()),
                      options: MentionOptions(pronouns: false))
    }

    private func share(_ finder: MentionFinder, in documents: [AnalysedDocument]) throws -> VoiceShare {
        let quotes = DocumentQuotes.find(with: try QuoteTestSupport.analyzer(), in: documents)
        return VoiceShare(quotes: quotes, mentions: documents.map { finder.mentions(of: 0, in: $0) })
    }

    @Test("France speaks through Fabius in Foreign Policy; a pronoun counts through its antecedent")
    func franceInForeignPolicy() throws {
        let document = try QuoteTestSupport.seed("Foreign Policy")
        let france = try share(try finder("France", ["France", "Fabius", "Hollande"]), in: [document])
        // Fabius: three indirect reports ("said Tuesday it is time", "noting that", "said France is
        // working") and four direct quotes (one a continuation); the partial “one or two or three
        // safe zones” counts with its report. Attributed in all: 15 indirect + 14 direct.
        #expect(france.quotes == 7)
        #expect(france.attributed == 29)
        #expect(france.share.n == 29)
        #expect(france.share.value == 7.0 / 29.0)
        #expect(france.share.evidence.count == 7)
        #expect(france.share.interval != nil)

        let uk = try share(try finder("UnitedKingdom", ["United Kingdom", "Britain", "Cameron"]), in: [document])
        // Cameron: "British Prime Minister David Cameron told", then "He said", "he added" (inferred).
        #expect(uk.quotes == 3)
        #expect(uk.inferred == 2)
    }

    @Test("a person speaks for the country of the title that introduced them: French Foreign Minister Laurent Fabius")
    func introductionCounts() throws {
        let france = try finder("France", ["France"])  // its demonym "French" comes from the countries list
        let policy = try share(france, in: [try QuoteTestSupport.seed("Foreign Policy")])
        #expect(policy.quotes == 7)
        #expect(policy.share.evidence.allSatisfy { $0.rule.contains("Laurent Fabius") })
        // "The leaders of both France and the United Kingdom … urged Putin to join"; then "French
        // president François Hollande … called for", and later: Hollande said, “We must …”
        let sentinel = try share(france, in: [try QuoteTestSupport.seed("Atlantic Sentinel")])
        #expect(sentinel.quotes == 2)
        #expect(sentinel.share.evidence.map { $0.rule.contains("François Hollande") } == [false, true])
    }

    @Test("Russia's voice in the Journal comes through Pushkov's title and Russian diplomats")
    func russiaInTheJournal() throws {
        let document = try QuoteTestSupport.seed("The Wall Street Journal")
        let russia = try share(try finder("Russia", ["Russia", "Moscow", "Kremlin", "Putin"]), in: [document])
        let speakers = russia.share.evidence.map(\.rule)
        #expect(russia.quotes == speakers.count)
        #expect(russia.anonymous == 2)  // "A Russian diplomat familiar with the Middle East", twice
        #expect(russia.share.evidence.allSatisfy { $0.outlet == "The Wall Street Journal" })
    }

    @Test("no quotes: n = 0, no value, no interval")
    func nothingAttributed() throws {
        let document = QuoteTestSupport.analyse("Russia bombed targets in Syria on Tuesday.")
        let result = try share(try finder("Russia", ["Russia"]), in: [document])
        #expect(result.attributed == 0)
        #expect(result.share.value == nil)
        #expect(result.share.interval == nil)
        #expect(result.wordShare == nil)
    }
}

import SlantMetrics
import Testing

/// Quotation marks: scare quotes, partial quotes, quotes over several paragraphs, continuations.
@Suite("Quotes: marks, scare quotes and continuations")
struct QuoteMarksTests {
    @Test("a short quoted word with no speaker is a scare quote")
    func scareQuote() throws {
        let quote = try QuoteTestSupport.only("The “moderate” rebels lost ground near Aleppo.")
        #expect(quote.kind == .scare)
        #expect(quote.text == "moderate")
        #expect(quote.speaker == nil)
        #expect(quote.wordCount == 1)
    }

    @Test("the comma inside the closing mark is not part of a scare quote")
    func scareQuoteTrailingComma() throws {
        let quote = try QuoteTestSupport.only("They call all rebels “terrorists,” which is what Assad calls them.")
        #expect(quote.kind == .scare)
        #expect(quote.text == "terrorists")
    }

    @Test("five words with no speaker are no scare quote; the threshold is an option")
    func scareThreshold() throws {
        let text = "The plan was “a step in the right direction” for the coalition."
        #expect(try QuoteTestSupport.only(text).kind == .direct)
        #expect(try QuoteTestSupport.only(text, options: QuoteOptions(scareQuoteMaxWords: 6)).kind == .scare)
    }

    @Test("a short quote that is its whole sentence is not a scare quote")
    func wholeSentenceQuote() throws {
        let quote = try QuoteTestSupport.only("“Never again.”")
        #expect(quote.kind == .direct)
        #expect(quote.speaker == nil)
    }

    @Test("a quote inside a reported clause is the speaker's partial quote, beside the indirect report")
    func partialQuote() throws {
        let quotes = try QuoteTestSupport.quotes("Mr. Obama said Russia has been a “constructive partner” in the talks.")
        #expect(quotes.count == 2)
        let report = try #require(quotes.first { $0.kind == .indirect })
        #expect(report.speaker?.name == "Obama")
        #expect(report.text == "Russia has been a “constructive partner” in the talks")
        let partial = try #require(quotes.first { $0.kind == .direct })
        #expect(partial.isPartial)
        #expect(partial.text == "constructive partner")
        #expect(partial.attribution == .reportedClause)
        #expect(partial.verb?.tokens == report.verb?.tokens)
    }

    @Test("a quote runs on into the next paragraph when that paragraph opens with a quotation mark")
    func multiParagraphQuote() throws {
        let quotes = try QuoteTestSupport.quotes("""
            “We have had disagreements in the past, but that did not stop us.

            “Today we need a new coalition,” Mr. Pushkov said.
            """)
        let quote = try #require(quotes.count == 1 ? quotes.first : nil)
        #expect(quote.text == "We have had disagreements in the past, but that did not stop us.\nToday we need a new coalition")
        #expect(quote.speaker?.name == "Pushkov")
        #expect(quote.paragraph == 0)
        #expect(quote.isUnclosed == false)
    }

    @Test("a quote the paragraph never closes ends with the paragraph")
    func unclosedQuote() throws {
        let quotes = try QuoteTestSupport.quotes("""
            “They also discussed the situation in the Middle East and the fight against terrorism.

            The missive is not exactly clear on what kind of support Russia wants to give.
            """)
        let quote = try #require(quotes.count == 1 ? quotes.first : nil)
        #expect(quote.isUnclosed)
        #expect(quote.text == "They also discussed the situation in the Middle East and the fight against terrorism.")
        #expect(quote.speaker == nil)
    }

    @Test("an unattributed quote next to an attributed one continues that voice")
    func continuation() throws {
        let quotes = try QuoteTestSupport.quotes("“The coalition is striking Daesh,” Fabius told reporters. “You have to look at who does what.”")
        #expect(quotes.count == 2)
        let second = try #require(quotes.last)
        #expect(second.attribution == .continuation)
        #expect(second.speaker?.name == "Fabius")
        #expect(second.verb == nil)
    }

    @Test("a quote split by its attribution: both halves are the speaker's")
    func splitQuote() throws {
        let quotes = try QuoteTestSupport.quotes(
            "British prime minister David Cameron met Putin. “We have our differences,” he told reporters, “not least on Syria.”")
        #expect(quotes.map(\.attribution) == [.verbAfterQuote, .verbBeforeQuote])
        #expect(quotes.allSatisfy { $0.speaker?.name == "David Cameron" && $0.speaker?.isInferred == true })
    }

    @Test("single quotes pair within a paragraph; apostrophes are not quotes")
    func singleQuotes() throws {
        let quote = try QuoteTestSupport.only("Is Netflix’s ‘The Diplomat’ factual?")
        #expect(quote.kind == .scare)
        #expect(quote.text == "The Diplomat")
        #expect(try QuoteTestSupport.quotes("Russia’s jets and Assad’s army don’t stop.").isEmpty)
    }

    @Test("no text, no quotes: an empty document and one without sentences")
    func emptyDocuments() throws {
        #expect(try QuoteTestSupport.quotes("").isEmpty)
        #expect(try QuoteTestSupport.quotes("   \n\n  ").isEmpty)
        #expect(try QuoteTestSupport.quotes("“").isEmpty)
        #expect(try QuoteTestSupport.quotes("” said.").isEmpty)
    }
}

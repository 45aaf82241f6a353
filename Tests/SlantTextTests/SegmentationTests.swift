import Testing
@testable import SlantText

/// Tokens as (text, kind, original byte range), for exact comparisons.
private struct T: Equatable, CustomStringConvertible {
    var text: String
    var kind: TokenKind
    var range: Range<Int>
    init(_ text: String, _ kind: TokenKind, _ range: Range<Int>) {
        self.text = text
        self.kind = kind
        self.range = range
    }
    var description: String { "\(text)/\(kind)@\(range)" }
}

private func analyse(_ text: String) -> AnalysedDocument {
    TextAnalyzer.analyse(Document(id: "t", text: text))
}

private func tokens(_ text: String) -> [T] {
    analyse(text).tokens.map { T($0.text, $0.kind, $0.range) }
}

@Suite struct SentenceSplittingTests {
    @Test func abbreviationsInitialsAndDates() {
        let text = "Mr. Smith met Sen. Bob Corker (R.-Tenn.) in the U.S. on Jan. 5. He left."
        let document = analyse(text)
        #expect(document.sentences.map(\.range) == [0..<63, 64..<72])
        #expect(document.sentences.map { document.text(of: $0) } == [
            "Mr. Smith met Sen. Bob Corker (R.-Tenn.) in the U.S. on Jan. 5.", "He left.",
        ])
    }

    @Test func initialismBeforeASentenceOpenerEndsTheSentence() {
        let document = analyse("The coalition met at the U.N. Its chief spoke. Carol E. Lee wrote it.")
        #expect(document.sentences.map(\.range) == [0..<29, 30..<46, 47..<69])
    }

    @Test func initialismBeforeANameDoesNot() {
        let document = analyse("He met U.S. Secretary of State John Kerry at the U.N. General Assembly.")
        #expect(document.sentences.map(\.range) == [0..<71])
    }

    @Test func decimalsAndMonthsBeforeNumbers() {
        let document = analyse("Growth was 3.5 percent. It started Sept. 30 and Sept. 11-style fears grew.")
        #expect(document.sentences.map(\.range) == [0..<23, 24..<74])
    }

    @Test func quotesClosingAfterTheStop() {
        // Straight and curly quotes; the closing quote stays with its sentence.
        let text = "\"We won.\" Then “they left.” He said “no.” she said. Done!"
        let document = analyse(text)
        #expect(document.sentences.map { document.text(of: $0) } == [
            "\"We won.\"", "Then “they left.”", "He said “no.” she said.", "Done!",
        ])
        #expect(document.sentences.map(\.range) == [0..<9, 10..<31, 32..<59, 60..<65])
    }

    @Test func questionInsideAQuoteBeforeLowerCaseGoesOn() {
        let document = analyse("“Is this fun?” he asked. Yes.")
        #expect(document.sentences.map(\.range) == [0..<28, 29..<33])
    }

    @Test func paragraphsAlwaysEndSentences() {
        let document = analyse("A heading without a stop\nThe body. More body")
        #expect(document.paragraphs.map(\.range) == [0..<24, 25..<44])
        #expect(document.paragraphs.map(\.sentences) == [0..<1, 1..<3])
        #expect(document.sentences.map(\.range) == [0..<24, 25..<34, 35..<44])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1])
    }

    @Test func ellipsisBeforeLowerCaseDoesNotEndTheSentence() {
        let document = analyse("So they say… kind of. Next.")
        #expect(document.sentences.map { document.text(of: $0) } == ["So they say… kind of.", "Next."])
    }
}

@Suite struct TokenizationTests {
    @Test func abbreviationsKeepTheirStops() {
        #expect(tokens("Mr. Smith (R.-Tenn.) in the U.S. on Jan. 5.") == [
            T("Mr.", .word, 0..<3), T("Smith", .word, 4..<9), T("(", .punctuation, 10..<11),
            T("R.-Tenn.", .word, 11..<19), T(")", .punctuation, 19..<20), T("in", .word, 21..<23),
            T("the", .word, 24..<27), T("U.S.", .word, 28..<32), T("on", .word, 33..<35),
            T("Jan.", .word, 36..<40), T("5", .number, 41..<42), T(".", .punctuation, 42..<43),
        ])
    }

    @Test func possessivesWithStraightAndCurlyApostrophes() {
        #expect(tokens("Assad's men, Assad’s men, Veterans' Affairs") == [
            T("Assad", .word, 0..<5), T("'s", .clitic, 5..<7), T("men", .word, 8..<11), T(",", .punctuation, 11..<12),
            T("Assad", .word, 13..<18), T("'s", .clitic, 18..<22), T("men", .word, 23..<26), T(",", .punctuation, 26..<27),
            T("Veterans", .word, 28..<36), T("'", .clitic, 36..<37), T("Affairs", .word, 38..<45),
        ])
    }

    @Test func contractionsSplitPennStyle() {
        #expect(tokens("don’t can't they've we'll I'm it'd you're Shi’ite d’Orsay").map(\.text) == [
            "do", "n't", "ca", "n't", "they", "'ve", "we", "'ll", "I", "'m", "it", "'d", "you", "'re", "Shi'ite", "d'Orsay",
        ])
        #expect(tokens("don’t") == [T("do", .word, 0..<2), T("n't", .clitic, 2..<7)])
    }

    @Test func hyphenatedCompoundsStayWhole() {
        #expect(tokens("The U.S.-led, anti-ISIS F-16s -- not al-Assad's") == [
            T("The", .word, 0..<3), T("U.S.-led", .word, 4..<12), T(",", .punctuation, 12..<13),
            T("anti-ISIS", .word, 14..<23), T("F-16s", .word, 24..<29), T("--", .punctuation, 30..<32),
            T("not", .word, 33..<36), T("al-Assad", .word, 37..<45), T("'s", .clitic, 45..<47),
        ])
    }

    @Test func numbers() {
        #expect(tokens("1,000 troops, 3.5 percent, 20% and $5 on 9/11 in 1930s; 19,2015") == [
            T("1,000", .number, 0..<5), T("troops", .word, 6..<12), T(",", .punctuation, 12..<13),
            T("3.5", .number, 14..<17), T("percent", .word, 18..<25), T(",", .punctuation, 25..<26),
            T("20", .number, 27..<29), T("%", .symbol, 29..<30), T("and", .word, 31..<34),
            T("$", .symbol, 35..<36), T("5", .number, 36..<37), T("on", .word, 38..<40),
            T("9/11", .number, 41..<45), T("in", .word, 46..<48), T("1930s", .word, 49..<54),
            T(";", .punctuation, 54..<55), T("19", .number, 56..<58), T(",", .punctuation, 58..<59),
            T("2015", .number, 59..<63),
        ])
    }

    @Test func quotesAreTokensFacingTheRightWay() {
        #expect(tokens("“Rescuing” Assad, \"moderate\" and ‘The Diplomat’") == [
            T("\"", .openingQuote, 0..<3), T("Rescuing", .word, 3..<11), T("\"", .closingQuote, 11..<14),
            T("Assad", .word, 15..<20), T(",", .punctuation, 20..<21), T("\"", .openingQuote, 22..<23),
            T("moderate", .word, 23..<31), T("\"", .closingQuote, 31..<32), T("and", .word, 33..<36),
            T("'", .openingQuote, 37..<40), T("The", .word, 40..<43), T("Diplomat", .word, 44..<52),
            T("'", .closingQuote, 52..<55),
        ])
    }

    @Test func dashesAndEllipsesAreSingleTokens() {
        #expect(tokens("war — which… is—over...").map(\.text) == ["war", "--", "which", "...", "is", "--", "over", "..."])
        #expect(tokens("war — which").map(\.range) == [0..<3, 4..<7, 8..<13])
    }

    @Test func addressesHandlesAndDomains() {
        #expect(tokens("Mail nathan.hodge@wsj.com, see www.wsj.com or Breitbart.com; @columlynch #ISIS.").map(\.text) == [
            "Mail", "nathan.hodge@wsj.com", ",", "see", "www.wsj.com", "or", "Breitbart.com", ";",
            "@columlynch", "#ISIS", ".",
        ])
    }

    @Test func pennForms() {
        let document = analyse("He said (“no”).")
        #expect(document.tokens.map(\.pennText) == ["He", "said", "-LRB-", "``", "no", "''", "-RRB-", "."])
    }

    @Test func nonASCIILettersAreWordCharacters() {
        #expect(tokens("François Hollande, Luiz Inácio — Москва.").map(\.text)
            == ["François", "Hollande", ",", "Luiz", "Inácio", "--", "Москва", "."])
    }
}

@Suite struct AnalysedDocumentTests {
    @Test func wordCountCountsWordsNotPunctuationOrClitics() {
        let document = analyse("Assad's men didn't flee, \"ever.\" 1,000 stayed.")
        // Assad 's men did n't flee , " ever . " 1,000 stayed .
        #expect(document.tokens.count == 14)
        #expect(document.wordCount == 7)
    }

    @Test func everyTokenRangeSlicesTheOriginal() throws {
        for document in try Corpus.seeds().documents {
            let analysed = TextAnalyzer.analyse(document)
            for token in analysed.tokens {
                let original = analysed.originalText(token.range)
                // The analysis form differs from the original only by normalisation.
                let renormalised = Cleaner(rules: []).clean(original).text
                #expect(renormalised == token.text, "\(document.id) \(token.range)")
            }
        }
    }

    @Test func seedFiguresAreStable() throws {
        let analysed = TextAnalyzer.analyse(try Corpus.seeds().documents)
        #expect(analysed.map(\.sentences.count) == [22, 48, 29, 36, 51])
        #expect(analysed.map(\.wordCount) == [438, 1161, 875, 850, 1187])
    }

    @Test func tagsAreComputedOnceOnDemand() {
        final class CountingTagger: PartOfSpeechTagger, @unchecked Sendable {
            var calls = 0
            func tag(_ tokens: [String]) -> [String] {
                calls += 1
                return tokens.map { $0 == "``" || $0 == "''" ? $0 : "NN" }
            }
        }
        let tagger = CountingTagger()
        let document = analyse("“Hi” there. Second one.")
        #expect(document.tags(forSentence: 0, using: tagger) == ["``", "NN", "''", "NN", "NN"])
        #expect(document.tags(forSentence: 0, using: tagger) == ["``", "NN", "''", "NN", "NN"])
        #expect(tagger.calls == 1)
        #expect(document.tags(forSentence: 1, using: tagger) == ["NN", "NN", "NN"])
        #expect(tagger.calls == 2)
    }
}

import Testing
@testable import SlantText

@Suite struct NormalisationTests {
    private func clean(_ text: String) -> CleanedText { Cleaner().clean(text) }

    @Test func curlyQuotesBecomeStraightAndMapBack() {
        let cleaned = clean("A “b” c")
        #expect(cleaned.text == "A \"b\" c")
        #expect(cleaned.map.originalRange(ofCleaned: 2..<3) == 2..<5)
        #expect(cleaned.map.originalRange(ofCleaned: 3..<4) == 5..<6)
        #expect(cleaned.map.originalRange(ofCleaned: 4..<5) == 6..<9)
        #expect(cleaned.map.originalRange(ofCleaned: 6..<7) == 10..<11)
        #expect(cleaned.map.originalRange(ofCleaned: 0..<7) == 0..<11)
        #expect(cleaned.paragraphs == [CleanedParagraph(cleaned: 0..<7, original: 0..<11)])
    }

    @Test func apostrophesDashesAndEllipsis() {
        let cleaned = clean("Assad’s war—again… ‘no’")
        #expect(cleaned.text == "Assad's war--again... 'no'")
        // Original: Assad 0..<5, ’ 5..<8, s 8, space 9, war 10..<13, — 13..<16, again 16..<21,
        // … 21..<24, space 24, ‘ 25..<28, no 28..<30, ’ 30..<33.
        #expect(cleaned.map.originalRange(ofCleaned: 5..<7) == 5..<9)      // 's ← ’s
        #expect(cleaned.map.originalRange(ofCleaned: 11..<13) == 13..<16)  // -- ← —
        #expect(cleaned.map.originalRange(ofCleaned: 11..<12) == 13..<16)  // half of -- widens to the whole dash
        #expect(cleaned.map.originalRange(ofCleaned: 13..<18) == 16..<21)  // "again"
        #expect(cleaned.map.originalRange(ofCleaned: 18..<21) == 21..<24)  // ... ← …
        #expect(cleaned.map.originalRange(ofCleaned: 23..<25) == 28..<30)  // "no"
        #expect(cleaned.map.originalRange(ofCleaned: 0..<26) == 0..<33)
    }

    @Test func spacesCollapseInvisiblesVanishAndParagraphsTrim() {
        let cleaned = clean("  a\u{00A0}\u{00A0} b\u{200B}c\t \n\n\u{2009}d  ")
        #expect(cleaned.text == "a bc\nd")
        #expect(cleaned.map.originalRange(ofCleaned: 1..<2) == 3..<8)    // one space for NBSP NBSP space
        #expect(cleaned.map.originalRange(ofCleaned: 3..<4) == 12..<13)  // c, after the zero-width space
        #expect(cleaned.map.originalRange(ofCleaned: 2..<4) == 8..<13)
        #expect(cleaned.paragraphs.map(\.original) == [2..<13, 20..<21])
        #expect(cleaned.paragraphs.map(\.cleaned) == [0..<4, 5..<6])
        #expect(cleaned.removed.isEmpty)
    }

    @Test func windowsLineEnds() {
        let cleaned = clean("One.\r\nTwo.\r\n")
        #expect(cleaned.text == "One.\nTwo.")
        #expect(cleaned.paragraphs.map(\.original) == [0..<4, 6..<10])
    }

    @Test func emptyText() {
        let cleaned = clean("")
        #expect(cleaned.bytes.isEmpty)
        #expect(cleaned.paragraphs.isEmpty)
        #expect(cleaned.map.originalRange(ofCleaned: 0..<0) == 0..<0)
    }
}

@Suite struct OffsetMapTests {
    @Test func verbatimRunsMergeAndReplacementsWiden() {
        var map = OffsetMap()
        map.appendVerbatim(0..<3)
        map.appendVerbatim(3..<5)          // contiguous: merges
        map.appendReplacement(length: 1, for: 5..<8)
        map.appendVerbatim(10..<12)        // a gap in the original (dropped bytes)
        #expect(map.pieceCount == 3)
        #expect(map.cleanedCount == 8)
        #expect(map.originalStart(ofCleaned: 4) == 4)
        #expect(map.originalStart(ofCleaned: 5) == 5)
        #expect(map.originalEnd(ofCleaned: 6) == 8)
        #expect(map.originalStart(ofCleaned: 6) == 10)
        #expect(map.originalRange(ofCleaned: 0..<8) == 0..<12)
        #expect(map.originalRange(ofCleaned: 8..<8) == 12..<12)
        map.truncate(toCleanedCount: 4)
        #expect(map.cleanedCount == 4)
        #expect(map.originalRange(ofCleaned: 0..<4) == 0..<4)
    }
}

@Suite struct BoilerplateRuleTests {
    @Test func rulesAreDataWithUniqueIDs() {
        let ids = BoilerplateRule.standard.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(BoilerplateRule.standard.allSatisfy { !$0.reason.isEmpty && $0.maxBytes > 0 })
    }

    @Test func matchingIgnoresCaseAndRespectsTheLengthLimit() throws {
        let advert = try #require(BoilerplateRule.standard.first { $0.id == "advertisement" })
        #expect(advert.matches("ADVERTISEMENT"))
        #expect(advert.matches("Story Continued Below"))
        #expect(!advert.matches("Advertisement revenue fell sharply last year."))
        let credit = try #require(BoilerplateRule.standard.first { $0.id == "contributor-credit" })
        #expect(credit.matches("The Associated Press contributed to this report."))
        let long = "The Associated Press contributed to this report. " + String(repeating: "More real text. ", count: 30)
        #expect(!credit.matches(long))
    }

    @Test func customRulesReplaceTheStandardOnes() {
        let cleaner = Cleaner(rules: [BoilerplateRule(id: "x", reason: "custom", pattern: .equals("Drop me"))])
        let cleaned = cleaner.clean("Keep me.\nDROP ME\nAdvertisement")
        #expect(cleaned.text == "Keep me.\nAdvertisement")
        #expect(cleaned.removed == [RemovedSpan(range: 9..<16, reason: .boilerplate(ruleID: "x", reason: "custom"))])
    }

    @Test func shortRepeatsStay() {
        let refrain = "Yet the stock market sits at all-time highs."
        let long = "This pasted paragraph has ten words in it, no fewer."
        let cleaned = Cleaner().clean([refrain, refrain, long, long].joined(separator: "\n"))
        #expect(cleaned.text == [refrain, refrain, long].joined(separator: "\n"))
        #expect(cleaned.removed == [RemovedSpan(range: 143..<195, reason: .repeatedParagraph(firstOccurrence: 90..<142))])
    }
}

/// Exactly what the cleaner removes from each bundled seed article.
@Suite struct SeedCleaningTests {
    private func removals(_ index: Int) throws -> [(String, String, RemovalReason)] {
        let document = try Corpus.seeds().documents[index]
        let bytes = Array(document.text.utf8)
        return Cleaner().clean(document.text).removed.map { span in
            let text = String(decoding: bytes[span.range], as: UTF8.self)
            return (String(text.prefix(40)), String(text.suffix(20)), span.reason)
        }
    }

    private func ranges(_ index: Int) throws -> [Range<Int>] {
        try Cleaner().clean(Corpus.seeds().documents[index].text).removed.map(\.range)
    }

    @Test func atlanticSentinelLosesNothing() throws {
        #expect(try removals(0).isEmpty)
        #expect(try Cleaner().clean(Corpus.seeds().documents[0].text).paragraphs.count == 20)
    }

    @Test func foreignPolicyCaptionsRepeatsCreditsBioAndTeasers() throws {
        let caption = "ORENBURG, RUSSIA- SEPTEMBER 19: Russian "
        let found = try removals(1)
        #expect(found.map(\.0) == [
            caption, caption, caption,
            "Russian President Vladimir Putin says hi",
            "Photo credit: Sasha Mordovets/Getty Imag",
            "Colum Lynch was a staff writer at Foreig",
            "More from Foreign Policy\n\nResidents evac",
        ])
        #expect(found.map(\.1).last == "’s largest landmass.")
        #expect(found.map(\.2) == [
            .boilerplate(ruleID: "photo-caption", reason: "photo caption (ends with a photo credit)"),
            .repeatedParagraph(firstOccurrence: 174..<636),
            .repeatedParagraph(firstOccurrence: 174..<636),
            .repeatedParagraph(firstOccurrence: 1564..<1770),
            .boilerplate(ruleID: "photo-credit", reason: "photo credit"),
            .boilerplate(ruleID: "author-bio-handle", reason: "author bio with a social-media handle"),
            .boilerplate(ruleID: "teaser-more-from", reason: "teaser section ('More from …') and everything after it"),
        ])
        #expect(try ranges(1) == [174..<636, 637..<1099, 1100..<1562, 1772..<1978, 8851..<8893, 8895..<8988, 8990..<10524])
        let cleaned = try Cleaner().clean(Corpus.seeds().documents[1].text)
        #expect(cleaned.paragraphs.count == 24)
        #expect(cleaned.text.hasSuffix("Reuters reported her as saying."))
        #expect(cleaned.text.hasPrefix("World to Vlad: Put Up or Shut Up in Anti-Terror Fight\nPutin says his main goal"))
    }

    @Test func breitbartLosesNothingButItsNoBreakSpacesAreNormalised() throws {
        #expect(try removals(2).isEmpty)
        let cleaned = try Cleaner().clean(Corpus.seeds().documents[2].text)
        #expect(cleaned.text.contains("The Wall Street Journal suggests"))
        #expect(cleaned.text.contains("against ISIS -- that is one reason"))
        #expect(!cleaned.text.contains("\u{00A0}"))
    }

    @Test func hotAirMembershipPromptAndTrendingTeaser() throws {
        let found = try removals(3)
        #expect(found.map(\.0) == ["Join the conversation as a VIP Member", "Trending on HotAir Videos"])
        #expect(found.map(\.2) == [
            .boilerplate(ruleID: "membership-prompt", reason: "membership prompt"),
            .boilerplate(ruleID: "teaser-trending", reason: "trending-videos teaser and everything after it"),
        ])
        #expect(try ranges(3) == [5169..<5206, 5208..<5233])
    }

    @Test func wallStreetJournalContributorAndContactLines() throws {
        let found = try removals(4)
        #expect(found.map(\.0) == ["—Carol E. Lee in Antalya, Turkey, and Ja", "Write to Nathan Hodge at nathan.hodge@ws"])
        #expect(found.map(\.2) == [
            .boilerplate(ruleID: "contributor-credit", reason: "contributor credit"),
            .boilerplate(ruleID: "contact-write-to", reason: "author contact line ('Write to … @…')"),
        ])
        #expect(try ranges(4) == [7601..<7695, 7696..<7831])
        #expect(try Cleaner().clean(Corpus.seeds().documents[4].text).paragraphs.count == 34)
    }

    @Test func everyKeptParagraphMapsBackToItsOriginalText() throws {
        for document in try Corpus.seeds().documents {
            let cleaned = Cleaner().clean(document.text)
            let original = Array(document.text.utf8)
            for paragraph in cleaned.paragraphs {
                // Normalising the original span again gives the same analysis text.
                let again = Cleaner(rules: []).clean(String(decoding: original[paragraph.original], as: UTF8.self))
                #expect(again.bytes == Array(cleaned.bytes[paragraph.cleaned]))
            }
        }
    }
}

/// CNN's galleries, video teasers and follow prompts, in the shapes the AllSides corpus has them.
@Suite struct CNNBoilerplateTests {
    private func reasons(_ text: String) -> [String] {
        Cleaner().clean(text).removed.compactMap {
            if case .boilerplate(let id, _) = $0.reason { return id }
            return nil
        }
    }

    @Test func photoGalleryParagraphsGo() {
        let gallery = "Photos: Agony of the Yazidis A Yazidi woman kisses the hand of a relative. Hide Caption 1 of 8 "
            + "Photos: Agony of the Yazidis Two older Yazidi men talk under a tree. Hide Caption 2 of 8"
        let slide = "\"I am here to ask you for your prayers,\" Kasich told his rally. Hide Caption 4 of 6 Photos: Who's running for president?"
        let text = ["Russia denied it.", gallery, slide, "Hide Caption 6 of 6", "The talks went on."].joined(separator: "\n")
        let cleaned = Cleaner().clean(text)
        #expect(cleaned.text == "Russia denied it.\nThe talks went on.")
        #expect(reasons(text) == ["photo-gallery", "photo-gallery", "photo-gallery"])
    }

    @Test func galleryLinkGoesButACreditInsideAParagraphStays() {
        #expect(reasons("Photos: Terrorists attack Tunisian museum\nGunmen killed 21.") == ["photo-gallery-link"])
        #expect(reasons("From left: Susan Rice and John Brennan (Photos: Reuters)").isEmpty)
    }

    @Test func videoTeaserGoes() {
        let teaser = "JUST WATCHED NATO to pressure Russia over Ukraine Replay More Videos ... MUST WATCH NATO to pressure Russia over Ukraine 03:59"
        #expect(reasons("NATO met.\n\(teaser)\nIt ended.") == ["video-teaser"])
        #expect(Cleaner().clean("NATO met.\n\(teaser)\nIt ended.").text == "NATO met.\nIt ended.")
        // A tweet that says "MUST WATCH" is not CNN's teaser.
        #expect(reasons("MUST WATCH: White House reporter pushing back against Sarah Huckabee Sanders.").isEmpty)
    }

    @Test func followPromptsGo() {
        #expect(reasons("Follow CNN Opinion Join us on Twitter and Facebook\nFollow us on Twitter @CNNOpinion.")
            == ["social-follow", "social-follow"])
    }

    @Test func matchingFoldsCaseWithoutACopy() throws {
        let rule = try #require(BoilerplateRule.standard.first { $0.id == "video-teaser" })
        #expect(rule.matches("just watched X replay more videos ... must watch X 01:00"))
        #expect(!rule.matches("JUST WATCHED X"))
    }
}

@Suite struct NewsletterFormTests {
    @Test func signUpFormsGoButASentenceAboutSigningUpStays() throws {
        let rule = try #require(BoilerplateRule.standard.first { $0.id == "newsletter-form" })
        #expect(rule.matches("POLITICO Playbook newsletter Sign up today to receive the #1-rated newsletter in politics Email "
            + "Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO. You can unsubscribe at any time."))
        #expect(rule.matches("Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
            + "View all New York Times newsletters."))
        #expect(!rule.matches("About 40,000 people signed up for the program, and officials said they would sign up more."))
    }
}

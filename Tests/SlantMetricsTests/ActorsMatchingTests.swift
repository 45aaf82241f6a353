import SlantMetrics
import SlantText
import Testing

/// Alias matching: case rules, possessives, hyphenated words, longest match, demonyms.
@Suite("Actors: matching")
struct ActorsMatchingTests {
    typealias S = ActorsTestSupport

    @Test func capitalisedAliasesNeedACapital() throws {
        let turkey = try S.pattern("Turkey", "Turkey")
        let (analysis, found) = S.mentions(of: turkey, in: "Turkey objected. They ate turkey and TURKEY said no. turkey-shoot in Turkey-backed areas.")
        #expect(S.texts(found, in: analysis) == ["Turkey", "TURKEY", "Turkey"])
        #expect(found.map(\.isInCompound) == [false, false, true])
    }

    @Test func allCapsAliasesMatchExactly() throws {
        let state = try S.pattern("IslamicState", "IS", "ISIS")
        let (analysis, found) = S.mentions(of: state, in: "It is what IS wants. Is it? ISIS and Isis and isis differ.")
        #expect(S.texts(found, in: analysis) == ["IS", "ISIS"])
        #expect(found.map(\.alias) == ["IS", "ISIS"])
    }

    @Test func shortAllCapsWordsAreSkippedInShoutedSentences() throws {
        let state = try S.pattern("IslamicState", "IS", "ISIS")
        let (analysis, found) = S.mentions(of: state, in: "PUTIN IS WRONG ABOUT ISIS\n\nThe group, IS, denied it.")
        #expect(S.texts(found, in: analysis) == ["ISIS", "IS"])
        #expect(found.map(\.sentence) == [0, 1])
        // Capitals around the word, even in a sentence that is not all capitals.
        let (_, quoted) = S.mentions(of: state, in: "“THIS IS AN ASSAULT ON AMERICA!” he tweeted. KARMA IS A … said IS fighters.")
        #expect(quoted.count == 1)
    }

    @Test func lowerCaseAliasesMatchAnyCase() throws {
        let state = try S.pattern("IslamicState", "caliphate")
        let (analysis, found) = S.mentions(of: state, in: "The Caliphate fell; the caliphate's end; CALIPHATE.")
        #expect(S.texts(found, in: analysis) == ["Caliphate", "caliphate", "CALIPHATE"])
        #expect(found.map(\.isPossessive) == [false, true, false])
    }

    @Test func possessivesStraightAndCurly() throws {
        let assad = try S.pattern("Assad", "Assad")
        let text = "Assad's regime and Assad’s army and the Assads' palace."
        let (analysis, found) = S.mentions(of: assad, in: text)
        #expect(S.texts(found, in: analysis) == ["Assad", "Assad"])
        #expect(found.map(\.isPossessive) == [true, true])
        // The range is the name alone, in bytes of the original text.
        #expect(found[1].range == 19..<24)
    }

    @Test func longestAliasWinsAndMentionsNeverOverlap() throws {
        let assad = try S.pattern("Assad", "Assad", "Bashar al-Assad", "Assad regime", "al-Assad")
        let (analysis, found) = S.mentions(of: assad, in: "President Bashar al-Assad and the Assad regime; al-Assad alone; Assad.")
        #expect(S.texts(found, in: analysis) == ["Bashar al-Assad", "Assad regime", "al-Assad", "Assad"])
        #expect(found.map(\.alias) == ["Bashar al-Assad", "Assad regime", "al-Assad", "Assad"])
        #expect(found.allSatisfy { !$0.isInCompound })
    }

    @Test func partsOfHyphenatedWordsCount() throws {
        let state = try S.pattern("IslamicState", "ISIS", "Islamic State")
        let text = "The anti-ISIS alliance and the anti-Islamic State coalition."
        let (analysis, found) = S.mentions(of: state, in: text)
        #expect(S.texts(found, in: analysis) == ["ISIS", "Islamic State"])
        #expect(found.map(\.isInCompound) == [true, true])
        #expect(found[0].range == 9..<13)
    }

    @Test func aliasesNeverMatchPartsOfWords() throws {
        let russia = try S.pattern("Russia", "Russia")
        let (_, found) = S.mentions(of: russia, in: "Prussia and Belorussia are not Russia-less.")
        #expect(found.count == 1)
        #expect(found.first?.isInCompound == true)
    }

    @Test func countryAliasesBringTheirDemonyms() throws {
        let russia = try S.pattern("Russia", "Russia", "Moscow")
        #expect(russia.names == ["Russia", "Moscow", "Russian", "Russians"])
        let (analysis, found) = S.mentions(of: russia, in: "Russian jets struck. The Russians, like Moscow, denied it. russian is lower case.")
        #expect(S.texts(found, in: analysis) == ["Russian", "Russians", "Moscow"])
        #expect(found.map(\.kind) == [.demonym, .demonym, .name])
        let britain = try S.pattern("UnitedKingdom", "United Kingdom")
        #expect(britain.names == ["United Kingdom", "British"])
    }

    @Test func exceptionsTakeTheirWordsAndMentionNothing() throws {
        let us = try S.pattern("UnitedStates", "Washington", "-Washington Post", "America", "-Latin America", "United States")
        #expect(us.names == ["Washington", "America", "United States", "American", "Americans"])
        #expect(us.exceptions == ["Washington Post", "Latin America"])
        let text = "Washington said so, the Washington Post reported, and Latin America and America agreed."
        let (analysis, found) = S.mentions(of: us, in: text)
        #expect(S.texts(found, in: analysis) == ["Washington", "America"])
        #expect(found.map(\.range.lowerBound) == [0, 72])
        #expect(throws: ActorError.noAliases(actor: "X")) {
            try ActorPattern(ActorDefinition(name: "X", aliases: ["-Washington Post"]), countries: S.countries)
        }
        #expect(throws: ActorError.noLetters(actor: "X", alias: "-")) {
            try ActorPattern(ActorDefinition(name: "X", aliases: ["Washington", "-"]), countries: S.countries)
        }
    }

    @Test func matchesStopAtSentenceEnds() throws {
        let state = try S.pattern("IslamicState", "Islamic State")
        let (_, found) = S.mentions(of: state, in: "He praised Islamic. State media said so.")
        #expect(found.isEmpty)
    }

    @Test func initialismsKeepTheirDots() throws {
        let us = try S.pattern("UnitedStates", "U.S.", "US")
        let (analysis, found) = S.mentions(of: us, in: "The U.S. and the US and the U.S.-led coalition and us.")
        #expect(found.map(\.alias) == ["U.S.", "US", "U.S."])
        #expect(S.texts(found, in: analysis) == ["U.S.", "US", "U.S."])
    }

    @Test func severalActorsShareWords() throws {
        let russia = try S.pattern("Russia", "Russia")
        let putin = try S.pattern("Putin", "Vladimir Putin", "Putin")
        let analysis = S.analyse("Russian President Vladimir Putin spoke.")
        let found = MentionFinder(actors: [russia, putin]).mentions(in: analysis)
        #expect(S.texts(found[0], in: analysis) == ["Russian"])
        #expect(S.texts(found[1], in: analysis) == ["Vladimir Putin"])
    }

    @Test func mentionPositionsPointIntoTheDocument() throws {
        let putin = try S.pattern("Putin", "Putin")
        let (analysis, found) = S.mentions(of: putin, in: "Headline\n\nFirst paragraph.\n\nThen Putin spoke.")
        let mention = try #require(found.first)
        #expect(mention.sentence == 2)
        #expect(mention.paragraph == 2)
        #expect(analysis.tokens[mention.tokens].map(\.text) == ["Putin"])
    }
}

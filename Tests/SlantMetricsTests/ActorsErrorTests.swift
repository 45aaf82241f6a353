import SlantMetrics
import SlantText
import Testing

/// Bad aliases are errors that say which alias and what to do; nothing found is n = 0, never NaN.
@Suite("Actors: bad input")
struct ActorsErrorTests {
    typealias S = ActorsTestSupport

    private func error(_ aliases: [String]) -> ActorError? {
        do {
            _ = try ActorPattern(ActorDefinition(name: "X", aliases: aliases), countries: S.countries)
            return nil
        } catch {
            return error
        }
    }

    @Test func badAliasesAreNamed() {
        #expect(error([]) == .noAliases(actor: "X"))
        #expect(error(["Russia", "  "]) == .emptyAlias(actor: "X"))
        #expect(error(["I"]) == .tooShort(actor: "X", alias: "I"))
        #expect(error(["x."]) == .tooShort(actor: "X", alias: "x."))
        #expect(error(["--"]) == .noLetters(actor: "X", alias: "--"))
        #expect(error(["…"]) == .noLetters(actor: "X", alias: "…"))
        #expect(error(["Kurds", "they"]) == .unsupportedPronoun(actor: "X", alias: "they"))
        #expect(error(["he"]) == .noAliases(actor: "X"))
        #expect(error(["IS", "UK", "G20"]) == nil)
        #expect(ActorError.tooShort(actor: "X", alias: "I").description
            == "actor 'X' has the alias \"I\" of a single letter, which would match almost everywhere")
    }

    @Test func anActorThatNeverOccursHasNoInterval() throws {
        let nobody = try S.pattern("Nobody", "Zanzibar")
        let analysis = S.analyse("Russia and Syria. Two sentences here.")
        let count = MentionCount([DocumentMentions(analysis: analysis, mentions: MentionFinder(actor: nobody).mentions(of: 0, in: analysis))])
        #expect(count.count == 0)
        #expect(count.words == 6)
        #expect(count.per1000 == 0)
        #expect(count.interval == nil)
        #expect(count.measure().value == 0)
        #expect(count.measure().n == 0)
    }

    @Test func aDocumentWithoutSentencesGivesNothingToDivide() throws {
        let russia = try S.pattern("Russia", "Russia")
        let empty = S.analyse("")
        #expect(empty.sentences.isEmpty)
        let found = [DocumentMentions(analysis: empty, mentions: MentionFinder(actor: russia).mentions(of: 0, in: empty))]
        let count = MentionCount(found)
        #expect(count.count == 0)
        #expect(count.per1000 == nil)
        #expect(count.interval == nil)
        let salience = Salience(found, actor: 0, finder: MentionFinder(actor: russia))
        #expect(salience.sentenceShare == nil)
        #expect(salience.headlineShare == 0)
        #expect(salience.firstPosition == nil)
        #expect(MentionCount([]).per1000 == nil)
        #expect(Salience([], actor: 0, finder: MentionFinder(actor: russia)).headlineShare == nil)
    }

    @Test func theCountriesListIsBundled() throws {
        let countries = try Countries.bundled()
        #expect(countries.count > 200)
        #expect(countries.demonyms(of: "russia") == ["Russian", "Russians"])
        #expect(countries.demonyms(of: "France") == ["French"])
        #expect(countries.demonyms(of: "Atlantis") == [])
        #expect(throws: CountriesError.self) { try Countries(tsv: "name\tcapital\nX\tY") }
    }
}

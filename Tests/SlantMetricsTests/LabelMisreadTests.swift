import SlantMetrics
import SlantText
import Testing

/// Misreads found on the seeds and the AllSides corpus, one case each: what only looks like a
/// label is not one.
@Suite("Label misreads")
struct LabelMisreadTests {
    typealias S = ActorsTestSupport

    private func labels(_ actor: ActorPattern, _ text: String) throws -> [String] {
        let analysis = S.analyse(text)
        let found = DocumentMentions(analysis: analysis, mentions: MentionFinder(actor: actor).mentions(of: 0, in: analysis))
        return LabelFinder(tagger: try PerceptronTagger.shared()).labels(in: found).map { "\($0.kind.rawValue): \($0.text)" }
    }

    private var russia: ActorPattern { get throws { try S.pattern("Russia", "Russia", "Moscow") } }
    private var putin: ActorPattern { get throws { try S.pattern("Putin", "Vladimir Putin", "Putin") } }

    @Test func gluedWordEndsAnApposition() throws {
        let state = try S.pattern("IslamicState", "Islamic State")
        let text = "Obama said that if Russia shifts its strategy to focus on Islamic State, the U.S. wouldwelcome cooperation with Moscow."
        #expect(try labels(state, text) == [])
        let tagger = try PerceptronTagger.shared()
        #expect(tagger.knows("welcome") && !tagger.knows("wouldwelcome"))
    }

    @Test func headOfARelativeClauseIsNotAModifier() throws {
        #expect(try labels(russia, "Allies have become more accepting of the role Russia is playing.") == [])
        #expect(try labels(russia, "There is no evidence Russia interfered in the vote.") == [])
        #expect(try labels(russia, "It is highly likely Russia was behind the attack.") == [])
        // An epithet after a possessive stays.
        #expect(try labels(putin, "Trump's friend Vladimir Putin has arrived.") == ["modifier: friend"])
    }

    @Test func verbsBeforeTheNameAreNotModifiers() throws {
        #expect(try labels(russia, "Britain has accused Russia of hacking.") == [])
        #expect(try labels(russia, "The intelligence community believed Russia had information.") == [])
        #expect(try labels(russia, "Congress voted to sanction Russia over Crimea.") == [])
        #expect(try labels(russia, "He did not mention Russia once.") == [])
        // A participle inside a noun phrase is a modifier.
        #expect(try labels(russia, "They fear a newly emboldened Russia.") == ["modifier: emboldened"])
    }

    @Test func sentenceInitialVerbIsNotAModifier() throws {
        #expect(try labels(russia, "Add Russia to the list of suspects.") == [])
        #expect(try labels(putin, "President Putin said nothing.") == ["modifier: President"])
    }

    @Test func aNewPhraseStartsAfterACommonNoun() throws {
        #expect(try labels(putin, "Obama greets Russian President Vladimir Putin at the summit.") == ["modifier: Russian President"])
        #expect(try labels(putin, "In the deals Mr. Putin struck, oil came first.") == ["modifier: Mr."])
    }

    @Test func functionWordsAreNotModifiers() throws {
        #expect(try labels(russia, "Their stance towards Russia hardened.") == [])
        #expect(try labels(putin, "And today Vladimir Putin has a choice.") == [])
    }

    @Test func middleInitialBelongsToTheName() throws {
        let found = try labels(putin, "The oligarch is allied with President Vladimir V. Putin of Russia.")
        #expect(found == ["modifier: President"], "\(found)")
        #expect(try labels(putin, "Great move on delay (by V. Putin), he wrote.") == [])
    }

    @Test func nameInsideALargerNameHasNoModifier() throws {
        #expect(try labels(russia, "He called it the rigged Russia Witch Hunt again.") == [])
        #expect(try labels(russia, "She works at the Carnegie Moscow Center.") == [])
    }
}

/// Appositions and predicates that belong to a list or to the phrase around the actor.
@Suite("Label misreads: lists and prepositions")
struct LabelListMisreadTests {
    typealias S = ActorsTestSupport

    private func labels(_ actor: ActorPattern, _ text: String) throws -> [String] {
        let analysis = S.analyse(text)
        let found = DocumentMentions(analysis: analysis, mentions: MentionFinder(actor: actor).mentions(of: 0, in: analysis))
        return LabelFinder(tagger: try PerceptronTagger.shared()).labels(in: found).map { "\($0.kind.rawValue): \($0.text)" }
    }

    @Test func listItemsAreNotAppositions() throws {
        let russia = try S.pattern("Russia", "Russia")
        #expect(try labels(russia, "It wasn’t because of Russia, sexism, the FBI, or Wikileaks.") == [])
        #expect(try labels(russia, "Newscasts covered some stories (Russia, the travel ban, and others) heavily.") == [])
        #expect(try labels(russia, "They focused on collusion with Russia, not obstruction.") == [])
        #expect(try labels(russia, "Russia, the Syrian regime's top ally, reacted strongly.") == ["apposition: the Syrian regime's top ally"])
        let putin = try S.pattern("Putin", "Vladimir Putin", "Putin")
        #expect(try labels(putin, "Vladimir Putin, then Russia's prime minister, spoke in 2011.") == ["apposition: then Russia's prime minister"])
    }

    @Test func anOpeningPrepositionalPhraseIsNotAnApposition() throws {
        let russia = try S.pattern("Russia", "Russia")
        #expect(try labels(russia, "Throughout this period, Russia was denying it.") == [])
    }

    @Test func aPrepositionalObjectHasNoPredicate() throws {
        let russia = try S.pattern("Russia", "Russia", "Kremlin")
        #expect(try labels(russia, "Our relationship with Russia has never been worse.") == [])
        #expect(try labels(russia, "Getting along with Russia is a good thing.") == [])
        #expect(try labels(russia, "Officials said that Russia was responsible.") == ["predicate: responsible"])
    }
}

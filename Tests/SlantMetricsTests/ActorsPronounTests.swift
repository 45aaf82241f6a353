import SlantMetrics
import SlantText
import Testing

/// Pronoun carry-over inside a paragraph, for person actors only.
@Suite("Actors: pronouns")
struct ActorsPronounTests {
    typealias S = ActorsTestSupport

    @Test func pronounsAfterAPersonAreInferredMentions() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        #expect(putin.isPerson)
        let text = "Putin says his main goal is to defeat the Islamic State. World leaders demanded that he prove it."
        let (analysis, found) = S.mentions(of: putin, in: text)
        #expect(S.texts(found, in: analysis) == ["Putin", "his", "he"])
        #expect(found.map(\.isInferred) == [false, true, true])
        // "he" is in the next sentence: it goes to that sentence's first person, Putin.
        #expect(found.map(\.antecedent) == [nil, 0, 0])
        #expect(found[1].isPossessive)
        #expect(DocumentMentions.rule(for: found[2], in: found) == "pronoun 'he' → 'Putin' (inferred)")
    }

    @Test func pronounsCanBeSwitchedOff() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let (_, found) = S.mentions(of: putin, in: "Putin says his goal is clear.", pronouns: false)
        #expect(found.count == 1)
    }

    @Test func carryOverStopsAtTheParagraph() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let (_, found) = S.mentions(of: putin, in: "Putin spoke.\n\nHe left early.")
        #expect(found.count == 1)
    }

    @Test func actorsWithoutAPronounAliasAreNotPersons() throws {
        let russia = try S.pattern("Russia", "Russia")
        #expect(!russia.isPerson)
        let (_, found) = S.mentions(of: russia, in: "Russia says it will act. He agreed.")
        #expect(found.count == 1)
    }

    @Test func aTitledNameInBetweenTakesThePronoun() throws {
        let assad = try S.pattern("Assad", "Assad", "he")
        let text = "British Prime Minister David Cameron said a deal with Assad was a phony solution. He said it would not work."
        let (_, found) = S.mentions(of: assad, in: text)
        #expect(found.map(\.kind) == [.name])
    }

    @Test func theNearestPersonInTheSentenceWins() throws {
        let obama = try S.pattern("Obama", "Obama", "he")
        let putin = try S.pattern("Putin", "Putin", "he")
        let analysis = S.analyse("It was not long ago that Obama was talking about isolating Putin to punish him for his adventures.")
        let found = MentionFinder(actors: [obama, putin]).mentions(in: analysis)
        #expect(found[0].map(\.kind) == [.name])
        // Two persons (Obama, Putin) come before "his", but the nearest, "him", is two words
        // before it: close enough to take it (see ActorsPronounCueTests).
        #expect(S.texts(found[1], in: analysis) == ["Putin", "him", "his"])
    }

    @Test func theSubjectOfThePreviousSentenceWins() throws {
        let obama = try S.pattern("Obama", "Obama", "he")
        let putin = try S.pattern("Putin", "Putin", "he")
        let analysis = S.analyse("Obama said Wednesday he would welcome help from Putin. He said the message was clear.")
        let found = MentionFinder(actors: [obama, putin]).mentions(in: analysis)
        #expect(S.texts(found[0], in: analysis) == ["Obama", "he", "He"])
        #expect(found[1].count == 1)
    }

    @Test func aSubjectPronounPrefersTheSubject() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let text = "Mr. Tillerson received a friendship award from Mr. Putin, and he is aware of the suspicions."
        let (_, found) = S.mentions(of: putin, in: text)
        #expect(found.map(\.kind) == [.name])
    }

    @Test func aTitledPersonsSurnameBlocksLaterToo() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let text = "President Donald Trump spoke on Monday.\n\nTrump met Putin and said he was pleased with his visit."
        let (analysis, found) = S.mentions(of: putin, in: text)
        // "he" goes to the subject, Trump, and "his" to the nearest person, that same "he".
        #expect(S.texts(found, in: analysis) == ["Putin"])
        // Without the titled name earlier, nothing tells that Trump is a person.
        let (_, bare) = S.mentions(of: putin, in: "Trump met Putin and said he was pleased.")
        #expect(bare.map(\.kind) == [.name, .pronoun])
    }

    @Test func genderMustFit() throws {
        let merkel = try S.pattern("Merkel", "Angela Merkel", "Merkel", "she")
        let (analysis, found) = S.mentions(of: merkel, in: "Merkel warned that he was wrong and that her plan would work.")
        #expect(S.texts(found, in: analysis) == ["Merkel", "her"])
    }

    @Test func aliasesThatAreNotNamesStartNoCarryOver() throws {
        let assad = try S.pattern("Assad", "Assad", "Assad regime", "he")
        let (_, found) = S.mentions(of: assad, in: "Obama wants to stop the Assad regime, which is what he has been saying.")
        #expect(found.map(\.kind) == [.name])
    }

    @Test func anEmphaticReflexiveIsNotASecondMention() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let (analysis, found) = S.mentions(of: putin, in: "Putin himself has said that he wants to rescue Assad.")
        #expect(S.texts(found, in: analysis) == ["Putin", "he"])
    }
}

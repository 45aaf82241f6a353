import SlantMetrics
import SlantText
import Testing

/// The cues that keep pronoun carry-over from guessing (``PronounCues``), one test per rule.
@Suite("Actors: pronoun cues")
struct ActorsPronounCueTests {
    typealias S = ActorsTestSupport

    private func texts(_ actor: ActorPattern, _ text: String, others: [ActorPattern] = []) -> [String] {
        let analysis = S.analyse(text)
        let found = MentionFinder(actors: [actor] + others).mentions(in: analysis)
        return S.texts(found[0], in: analysis)
    }

    @Test func aPronounWithoutAnAntecedentBlocksThoseAfterIt() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        // The first "He" names someone the paragraph does not: the later "he" is his, not Putin's.
        let text = "He won't criticize Putin. Why has he been slow on sanctions?"
        #expect(texts(putin, text) == ["Putin"])
    }

    @Test func moreTitlesMarkPersons() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let text = "Putin won the vote. Attorney General Jeff Sessions spoke later. He said it was fair."
        #expect(texts(putin, text) == ["Putin"])
        let adviser = "Putin won the vote. Then national security adviser Michael Flynn called. He was pleased."
        #expect(texts(putin, adviser) == ["Putin"])
    }

    @Test func aNameThatSpeaksIsAPerson() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        #expect(texts(putin, "Putin spoke first. Michael Doran said the talks failed. He blamed Moscow.") == ["Putin"])
        #expect(texts(putin, "Putin spoke first. The talks failed, said Michael Doran. He blamed Moscow.") == ["Putin"])
        // Without the cue, nothing tells that Doran is a person.
        #expect(texts(putin, "Putin spoke first. Michael Doran and the talks failed. He blamed Moscow.") == ["Putin", "He"])
    }

    @Test func aNameWithARelativeClauseIsAPerson() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        // "him" goes to Bush, the nearest person, and "He" to Bush, the subject before it.
        let text = "Putin was easy to read. George W. Bush, who met him often, disagreed. He thought otherwise."
        #expect(texts(putin, text) == ["Putin"])
    }

    @Test func aSpeakingPersonsLastNameBlocksLaterToo() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let text = "Michael Flynn said he was ready.\n\nPutin waved. Flynn smiled. He left."
        #expect(texts(putin, text) == ["Putin"])
    }

    @Test func aSpeechTagIsNotWhomTheQuotationTalksAbout() throws {
        let assad = try S.pattern("Assad", "Assad", "al-Assad", "he")
        #expect(texts(assad, "\u{201C}It is not too late to stop Assad's impunity,\u{201D} he said.") == ["Assad"])
        #expect(texts(assad, "A strike should be part of a plan to remove al-Assad, he told CNN.") == ["al-Assad"])
        // A speech tag still takes the person of an earlier sentence.
        #expect(texts(assad, "Assad spoke on Monday. \u{201C}We will win,\u{201D} he said.") == ["Assad", "he"])
    }

    @Test func aPossessiveAfterTwoPersonsIsLeftAlone() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let trump = try S.pattern("Trump", "Trump", "he")
        let text = "Trump met Putin in Helsinki amid uproar over his invitation."
        #expect(texts(putin, text, others: [trump]) == ["Putin"])
        #expect(texts(trump, text, others: [putin]) == ["Trump"])
        // Unless the nearest person is close: at most three words, no punctuation between.
        let assad = try S.pattern("Assad", "Assad", "he")
        #expect(texts(assad, "Trump warned Assad and his allies.", others: [trump]) == ["Assad", "his"])
        #expect(texts(assad, "Putin came to rescue Assad, his only ally.", others: [putin]) == ["Assad"])
    }

    @Test func anObjectPronounIsNotItsVerbsSubject() throws {
        let putin = try S.pattern("Putin", "Putin", "he")
        let obama = try S.pattern("Obama", "Obama", "he")
        let text = "When Obama claimed the gym, Putin one-upped him."
        #expect(texts(putin, text, others: [obama]) == ["Putin"])
        // With a preposition between, the person is no subject of the pronoun's verb.
        #expect(texts(putin, "Obama talked about isolating Putin to punish him.", others: [obama]) == ["Putin", "him"])
    }
}

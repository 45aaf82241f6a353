import SlantMetrics
import Testing

/// Clause shapes and modalities that depend on the context around the actor's clause (issue #6):
/// a comma after a fronted phrase, "which is what X has done", "whether to", a fronted "if"
/// clause, "X's move to", and "X and Y together".
@Suite("Clause context")
struct ClauseContextTests {
    typealias S = ClauseTestSupport

    @Test func commaAfterAFrontedPhraseIsNotAListComma() {
        let fronted = "Days after he called for a unified front at the United Nations, the [Russian] military launched its own airstrikes in Syria, angering Washington."
        #expect(S.tagged(fronted).contains("Nations/NNPS ,/, the/DT Russian/NNP military/JJ launched/VBD"))
        #expect(S.links(fronted) == ["agent airstrike lightVerb asserted", "agent anger participleAdjunct asserted"])
        // A real list still steps back to its preposition.
        #expect(S.links("The new alignment between France, [Russia], and the United States could be the beginning.")
            == ["agent alignment comitative asserted"])
        #expect(S.links("France, [Russia] and the U.S. moved beyond talk of cooperation.") == ["agent move activeSubject asserted"])
    }

    @Test func whatTheActorHasDoneRepeatsTheActionBefore() {
        let sentence = "The effort should be about fighting ISIL, not supporting the regime, which is what [Russia] has done so far."
        #expect(S.tagged(sentence).contains("supporting/VBG the/DT regime/NN ,/, which/WDT is/VBZ what/WP Russia/NNP has/VBZ done/VBN"))
        #expect(S.links(sentence) == ["agent support proForm asserted"])
        let clause = S.analyse(sentence)
        #expect(clause.links.first.flatMap { $0.counterpart }.map { S.sentence(sentence).sentence.words[$0].joined(separator: " ") } == "the regime")
        // Without the "which is what" frame, "do" stays itself.
        #expect(S.links("[Russia] has done so far.") == ["agent do activeSubject asserted"])
    }

    @Test func whetherToAndFrontedConditionsHedge() {
        #expect(S.links("Washington’s Mideast allies have split over whether to cooperate with both the U.S. and [Russia].")
            == ["agent cooperate comitative hedged"])
        #expect(S.links("If Russia attacks only ISIS, the West will cooperate with [Moscow].") == ["agent cooperate comitative hedged"])
        // The source text's "wouldwelcome" is no verb; the fronted "if" still hedges the noun.
        #expect(S.links("Obama said that if Russia shifts its strategy, the U.S. wouldwelcome cooperation with [Moscow] on the campaign.")
            == ["agent cooperation comitative hedged"])
        #expect(S.links("After Russia attacked ISIS, the West cooperated with [Moscow].") == ["agent cooperate comitative asserted"])
    }

    @Test func aMoveToActReportsTheAct() {
        #expect(S.links("Following [Russia]’s move last year to annex the Crimean peninsula, the U.S. imposed sanctions.")
            == ["agent annex goalNoun asserted"])
        // Other goal nouns still give only the aim.
        #expect(S.links("[Russia]’s priority in Syria is propping up Bashar Assad.") == ["agent prop up goalNoun intended"])
    }

    @Test func partiesDrawnTogetherCooperate() {
        let sentence = "Aleksei Pushkov said they were forcing [Moscow] and the West closer together."
        #expect(S.links(sentence) == ["patient force together directObject asserted"])
        #expect(S.analyse(sentence).links.first?.predicate?.actionClass == .cooperateAlly)
        #expect(S.links("They were forcing [Moscow] to retreat.") == ["patient force directive asserted", "agent retreat smallClause demanded"])
    }
}

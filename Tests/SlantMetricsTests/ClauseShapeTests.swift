import SlantMetrics
import Testing

/// One test per clause shape, on constructed sentences tagged by the real tagger. Each test first
/// checks the tags the rules rely on (the tagger, not the sentence, is what the rules see), then
/// the exact links: "role lemma shape modality".
@Suite("Clause shapes")
struct ClauseShapeTests {
    typealias S = ClauseTestSupport

    @Test func activeSubject() {
        #expect(S.tagged("[Russia] bombed the rebels.") == "Russia/NNP bombed/VBD the/DT rebels/NNS ./.")
        #expect(S.links("[Russia] bombed the rebels.") == ["agent bomb activeSubject asserted"])
        let clause = S.analyse("[Russia] bombed the rebels.")
        #expect(clause.links.first?.counterpart == 2..<4)
        #expect(clause.primaryRole == .agent)
    }

    @Test func activeSubjectThroughProxyNoun() {
        // "Russian" (JJ) modifies "warplanes", which acts for Russia.
        #expect(S.tagged("[Russian] warplanes joined French jets over Raqqa.").hasPrefix("Russian/JJ warplanes/NNS joined/VBD"))
        #expect(S.links("[Russian] warplanes joined French jets over Raqqa.") == ["agent join activeSubject asserted"])
        #expect(S.analyse("[Russian] warplanes joined French jets over Raqqa.").links.first?.via == 1)
    }

    @Test func passiveWithoutBy() {
        #expect(S.tagged("[Russia] was urged to join the coalition.").hasPrefix("Russia/NNP was/VBD urged/VBN"))
        #expect(S.links("[Russia] was urged to join the coalition.")
            == ["patient urge passiveSubject asserted", "agent join smallClause demanded"])
    }

    @Test func passiveWithBy() {
        #expect(S.tagged("The rebels were attacked by [Russia].") == "The/DT rebels/NNS were/VBD attacked/VBN by/IN Russia/NNP ./.")
        // "by Russia" makes Russia the agent; the rebels are the patient.
        #expect(S.links("The rebels were attacked by [Russia].") == ["agent attack passiveByAgent asserted"])
        #expect(S.analyse("The rebels were attacked by [Russia].").links.first?.counterpart == 0..<2)
        #expect(S.links("[The rebels] were attacked by Russia.") == ["patient attack passiveSubject asserted"])
        #expect(S.analyse("[The rebels] were attacked by Russia.").links.first?.counterpart == 5..<6)
    }

    @Test func auxiliariesAndModals() {
        #expect(S.tagged("[Russian] jets may have been bombing in Syria.").hasPrefix("Russian/JJ jets/NNS may/MD have/VB been/VBN bombing/VBG"))
        #expect(S.links("[Russian] jets may have been bombing in Syria.") == ["agent bomb activeSubject hedged"])
        // "will" states a future act: asserted, not hedged.
        #expect(S.links("[Russia] will strike again.") == ["agent strike activeSubject asserted"])
        #expect(S.links("[Russia] has backed Assad.") == ["agent back activeSubject asserted"])
    }

    @Test func negationIsRecorded() {
        #expect(S.tagged("[Russia] did not attack the rebels.").contains("did/VBD not/RB attack/VB"))
        #expect(S.links("[Russia] did not attack the rebels.") == ["agent attack activeSubject negated"])
        #expect(S.links("[Russia] would not join.") == ["agent join activeSubject negated"])
        // An object "nothing" negates the act.
        #expect(S.links("The reality is [Russia] has done nothing against ISIS.") == ["agent do activeSubject negated"])
    }

    @Test func coordinatedVerbs() {
        #expect(S.tagged("[Russia] bombed the rebels and shelled Aleppo.").contains("and/CC shelled/VBD"))
        #expect(S.links("[Russia] bombed the rebels and shelled Aleppo.")
            == ["agent bomb activeSubject asserted", "agent shell coordinatedVerb asserted"])
        // A new subject after "and" starts another clause.
        #expect(S.links("[Russia] bombed the rebels and the U.S. shelled Aleppo.") == ["agent bomb activeSubject asserted"])
        // "…, not defeating": a negated coordinated participle.
        #expect(S.links("[Russia]'s priority in Syria is propping up Bashar Assad, not defeating the self-styled caliphate.")
            == ["agent prop up goalNoun intended", "agent defeat coordinatedVerb negated"])
        // "and will continue to do so" repeats the first action.
        #expect(S.links("[Moscow] has provided military assistance to the regime and will continue to do so.")
            == ["agent assistance lightVerb asserted", "agent assistance coordinatedVerb asserted"])
    }

    @Test func participleAdjunct() {
        #expect(S.links("The [Russian] military launched its own airstrikes in Syria, angering Washington.")
            == ["agent airstrike lightVerb asserted", "agent anger participleAdjunct asserted"])
    }

    @Test func relativeClauses() {
        #expect(S.tagged("[Russia], which has backed Assad, launched airstrikes on Tuesday.").contains("which/WDT has/VBZ backed/VBN"))
        #expect(S.links("[Russia], which has backed Assad, launched airstrikes on Tuesday.")
            == ["agent back relativeClause asserted", "agent airstrike lightVerb asserted"])
        // The actor as the object of the relative clause.
        #expect(S.links("[Russia], which the United States has sanctioned, denied the charges.")
            == ["patient sanction relativeClause asserted", "agent deny activeSubject asserted"])
        // A time phrase is no party: "on Tuesday" is not the airstrikes' target.
        #expect(S.analyse("[Russia], which has backed Assad, launched airstrikes on Tuesday.").links.last?.counterpart == nil)
    }

    @Test func lightVerbs() {
        #expect(S.links("[Russia] launched airstrikes on Raqqa.") == ["agent airstrike lightVerb asserted"])
        #expect(S.tagged("[Russia] conducted between 12 and 20 strikes on Tuesday.").contains("between/IN 12/CD and/CC 20/CD strikes/NNS"))
        #expect(S.links("[Russia] conducted between 12 and 20 strikes on Tuesday.") == ["agent strike lightVerb asserted"])
        // The tagger reads "feeling" as an adjective after "is"; the light verb still undergoes.
        #expect(S.tagged("[Moscow] is feeling pressure to do more against ISIS.").contains("feeling/JJ pressure/NN"))
        #expect(S.links("[Moscow] is feeling pressure to do more against ISIS.") == ["patient pressure undergoLightVerb asserted"])
    }

    @Test func nominalActions() {
        #expect(S.links("[Russia]'s intervention angered Washington.")
            == ["agent intervention nominalPossessive asserted", "agent anger activeSubject asserted"])
        #expect(S.links("[Russian] bombing killed civilians.")
            == ["agent bombing nominalModifier asserted", "agent kill activeSubject asserted"])
        #expect(S.links("Airstrikes by [Russia] killed dozens.") == ["agent airstrike nominalBy asserted"])
        #expect(S.links("Attacks on [Russia] have increased.") == ["patient attack nominalTarget asserted"])
        #expect(S.links("The U.S. imposed economic sanctions on [Moscow].") == ["patient sanctions nominalTarget asserted"])
        #expect(S.links("The annexation of [Crimea] angered Europe.") == ["patient annexation nominalOf asserted"])
        #expect(S.links("The U.S. would welcome cooperation with [Moscow].") == ["agent cooperation comitative hedged"])
        // What others call for is demanded, not done: "the call for Russian participation".
        #expect(S.links("The call for [Russian] participation in the war reflects a new recognition.")
            == ["agent participation nominalModifier demanded"])
    }

    @Test func possessor() {
        #expect(S.links("Fabius dismissed [Russia]'s view of the conflict.") == ["possessor - possessor asserted"])
        #expect(S.analyse("Fabius dismissed [Russia]'s view of the conflict.").primaryRole == .possessor)
    }

    @Test func speakers() {
        #expect(S.links("[Putin] said the strikes would continue.") == ["speaker say reportingSpeaker asserted"])
        #expect(S.links("\u{201C}We are working on that,\u{201D} [Fabius] said.") == ["speaker say reportingSpeaker asserted"])
        #expect(S.links("According to [Moscow], the strikes hit ISIS.") == ["speaker - accordingTo asserted"])
    }

    @Test func onlyMentioned() {
        let clause = S.analyse("Iran is another wild card, also for [Russia].")
        #expect(clause.links.isEmpty)
        #expect(clause.primaryRole == .mentioned)
    }

    @Test func objectsAndSmallClauses() {
        #expect(S.links("The West wants to see [Russia] change its focus.").first == "agent change smallClause intended")
        // A directive: Putin is pressed (patient); the joining is only demanded of him.
        #expect(S.links("The leaders urged [Russian] president Vladimir Putin to join the fight.")
            == ["patient urge directive asserted", "agent join smallClause demanded"])
        #expect(S.links("Cameron told [Putin] at a G20 meeting in Turkey to stop attacking moderate forces.")
            == ["patient tell directive asserted", "agent attack smallClause negated"])
        // Perception: the object acts, and is not the patient of "saw".
        #expect(S.links("The new spirit of cooperation saw [Russia] announcing a deal.") == ["speaker announce smallClause asserted"])
        #expect(S.links("Turkey shot down a [Russian] jet.") == ["patient shoot down directObject asserted"])
        #expect(S.links("Hollande met with [Putin] in Moscow.") == ["agent meet comitative asserted"])
    }

    @Test func catenativesAndAdjectives() {
        #expect(S.links("[Russia] refused to cooperate with the inquiry.")
            == ["agent refuse activeSubject asserted", "agent cooperate catenativeComplement negated"])
        #expect(S.links("[Russia] began bombing the rebels in September.") == ["agent bomb catenativeComplement asserted"])
        #expect(S.links("[Russia] wants to join the coalition.") == ["agent join catenativeComplement intended"])
        #expect(S.links("[Russia] is ready to support Iraq.") == ["agent support adjectiveComplement intended"])
        #expect(S.links("[Russia]'s military buildup threatens to further complicate efforts to create safe zones.")
            == ["agent complicate catenativeComplement hedged"])
    }

    @Test func predicateNominalAndLabels() {
        let clause = S.analyse("Obama said [Russia] has been a \u{201C}constructive partner\u{201D} in the talks.")
        #expect(clause.links.map(\.shape) == [.predicateNominal])
        #expect(clause.labels.map(\.label.word) == ["partner"])
        // A label the text denies does not count.
        #expect(S.analyse("[Putin] now is looking less like a global pariah.").labels.isEmpty)
        #expect(S.analyse("The rebels fought strongman [Assad].").labels.map(\.label.word) == ["strongman"])
    }

    @Test func goalNouns() {
        #expect(S.links("Western governments are irked by [Russia]'s efforts to paint itself as the paladin of the campaign.")
            == ["agent paint goalNoun intended"])
        #expect(S.links("The administration said [Russia]'s military efforts appeared primarily aimed at propping up the regime.")
            == ["agent prop up goalNoun intended"])
    }

    @Test func infinitiveSubjectsAndConditionals() {
        #expect(S.links("[Russia] to join coalition against ISIS in Iraq?") == ["agent join infinitiveSubject intended"])
        #expect(S.links("If [Russian] forces attack only the Islamic State, that might be OK.") == ["agent attack activeSubject hedged"])
        #expect(S.links("Coordinated subjects: France, [Russia] and the U.S. moved beyond talk of cooperation.").first == "agent move activeSubject asserted")
    }

    @Test func recipientOfAGivingVerb() {
        let clause = S.analyse("Moscow has provided military assistance to [Assad]'s regime.")
        #expect(clause.links.map { "\($0.role) \($0.predicate?.lemma ?? "-") \($0.shape)" } == ["patient assistance recipient"])
        #expect(clause.labels.map(\.label.word) == ["regime"])
    }
}

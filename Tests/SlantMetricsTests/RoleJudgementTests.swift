import SlantMetrics
import SlantText
import Testing

/// Roles of whole mentions: the other party's type (in the clause, or from elsewhere in the
/// document), the clause's evaluation, the rules, and the aggregate readings.
@Suite("Role judgements")
struct RoleJudgementTests {
    static let analyzer: RoleAnalyzer = {
        do { return try RoleAnalyzer.bundled() } catch { fatalError("\(error)") }
    }()

    /// Roles of every mention of `word` (whole tokens) in `text`.
    static func roles(_ text: String, of word: String, outlet: String = "Test") -> [MentionRole] {
        let document = TextAnalyzer.analyse(Document(id: "d", outlet: outlet, text: text))
        var mentions: [RoleMention] = []
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens where document.tokens[token].text == word {
                mentions.append(RoleMention(sentence: index, tokens: token..<(token + 1), range: document.tokens[token].range))
            }
        }
        return analyzer.analyse(document, mentions: mentions)
    }

    static func describe(_ role: MentionRole) -> String {
        let rule = role.decisive.flatMap { role.judgements[$0].rule?.id } ?? "-"
        return "\(role.role)" + (role.fine.map { "/\($0)" } ?? "") + " \(rule)"
    }

    @Test func targetOfForceDecides() {
        #expect(Self.roles("Russia bombed civilians in Aleppo.", of: "Russia").map(Self.describe) == ["antagonist/aggressor A2"])
        #expect(Self.roles("Russia bombed terrorists in Syria.", of: "Russia").map(Self.describe) == ["protagonist/guardian A1"])
        // Neither target type nor evaluation: unclear, not a guess.
        #expect(Self.roles("Russia bombed the town of Palmyra.", of: "Russia").map(Self.describe) == ["unclear A5"])
    }

    @Test func backingAVillainIsAntagonist() {
        let roles = Self.roles("Russia propped up the Assad regime.", of: "Russia")
        #expect(roles.map(Self.describe) == ["antagonist/foreign adversary P1"])
        #expect(roles.first?.judgements.first?.otherReason?.cue == "regime")
    }

    @Test func aNameIsTypedFromElsewhereInTheDocument() {
        // "Assad" alone is no cue; the document calls him "strongman Assad" in another sentence.
        let text = "Refugees fled strongman Assad. Russia protected Assad."
        let roles = Self.roles(text, of: "Russia")
        #expect(roles.map(Self.describe) == ["antagonist/foreign adversary P1"])
        let reason = roles.first?.judgements.first?.otherReason
        #expect(reason?.phrase == "strongman Assad")
        #expect(reason?.sentence == 0)
        #expect(roles.first?.evidence.rule.contains("other party villain ('strongman': \"strongman Assad\")") == true)
    }

    @Test func sufferingAndNegation() {
        #expect(Self.roles("A bomb destroyed a Russian jetliner over Egypt.", of: "Russian").map(Self.describe) == ["innocent/victim X2"])
        // A negated act does not cast.
        #expect(Self.roles("Russia did not bomb civilians.", of: "Russia").map(\.role) == [.neutral])
        // A label alone casts.
        #expect(Self.roles("The rebels fought strongman Assad.", of: "Assad").map(\.role) == [.antagonist])
    }

    @Test func compoundMentions() throws {
        let document = TextAnalyzer.analyse(Document(id: "d", text: "Russian-backed forces attacked the town."))
        let token = document.tokens[0]
        let mention = RoleMention(sentence: 0, tokens: 0..<1, range: token.range.lowerBound..<(token.range.lowerBound + 7), isInCompound: true)
        let role = try #require(Self.analyzer.analyse(document, mentions: [mention]).first)
        #expect(role.clause.links.map { "\($0.role) \($0.predicate?.lemma ?? "-") \($0.shape)" } == ["agent back compound"])
        #expect(role.clause.links.first?.counterpart == 1..<2)
    }

    @Test func speakerOfAQuoteFromTheQuoteAnalysis() throws {
        // "Russian" only describes the speaker; no clause reads it, the quote analysis does.
        let text = "\u{201C}We need a new coalition,\u{201D} Aleksei Pushkov, the head of the Russian parliament\u{2019}s committee, said."
        let role = try #require(Self.roles(text, of: "Russian").first)
        #expect(role.clause.links.map(\.shape) == [.quoteSpeaker])
        #expect(role.grammaticalRole == .speaker)
        #expect(role.role == .neutral)
    }

    @Test func evidenceHighlightsMentionAndAction() throws {
        let role = try #require(Self.roles("Russia bombed civilians in Aleppo.", of: "Russia").first)
        #expect(role.evidence.highlights == [0..<6, 7..<13])
        #expect(role.evidence.rule.hasPrefix("antagonist (aggressor) by rule A2 (uses force against a party the text casts as a victim): agent of 'bomb' [attack/harm], activeSubject, asserted; other party victim ('civilian')"))
        #expect(role.confidence == 0.8)
    }

    @Test func agencyCountsPrimaryRoles() {
        let text = "Russia bombed Aleppo. Russia was urged to stop. Russia's role grew. Putin said Russia would act."
        let roles = Self.roles(text, of: "Russia")
        let agency = AgencySummary(roles)
        #expect([agency.agent, agency.patient, agency.speaker, agency.possessor, agency.mentioned] == [2, 1, 0, 1, 0])
        #expect(agency.share == 2.0 / 3.0)
    }

    @Test func actionRowsGroupByRoleAndLemma() {
        let text = "Russia bombed Aleppo. Russia bombed Homs. Russia may bomb Idlib. Russia was urged to stop."
        let rows = ActionRow.rows(Self.roles(text, of: "Russia"))
        #expect(rows.map { "\($0.role) \($0.lemma) \($0.actionClass?.rawValue ?? "-") \($0.count) \($0.asserted)/\($0.hedged)/\($0.negated)" }
            == ["agent bomb attack/harm 3 2/1/0", "agent stop - 1 0/1/0", "patient urge pressure/demand 1 1/0/0"])
        #expect(rows.first?.evidence.count == 3)
    }

    @Test func summaryReadings() {
        let protagonist = Self.roles("Russia rescued civilians. Russia protected refugees. Russia helped children.", of: "Russia")
        let summary = RoleSummary(protagonist)
        #expect(summary.reading == .cast(.protagonist))
        #expect(summary.fine == .rescuer)
        #expect(summary.casting == 3)
        #expect(summary.hedgedShare == 0)
        // Two casting mentions are too few.
        #expect(RoleSummary(Array(protagonist.prefix(2))).reading == .unclear)
        let mixed = Self.roles("Russia rescued civilians. Russia protected refugees. Russia bombed children. Russia shelled hospitals.", of: "Russia")
        #expect(RoleSummary(mixed).reading == .mixed(.antagonist, .protagonist))
        // A majority with a runner-up at a quarter or more of the weight is mixed: 3 × 0.8 against 0.8.
        let quarter = Self.roles("Russia rescued civilians. Russia protected refugees. Russia helped children. Russia bombed children.", of: "Russia")
        #expect(RoleSummary(quarter).share(.antagonist) == 0.25)
        #expect(RoleSummary(quarter).reading == .mixed(.protagonist, .antagonist))
        // Below a quarter it is the majority's: 4 × 0.8 against 0.8.
        let fifth = Self.roles("Russia rescued civilians. Russia protected refugees. Russia helped children. Russia saved refugees. Russia bombed children.", of: "Russia")
        #expect(RoleSummary(fifth).reading == .cast(.protagonist))
    }

    @Test func qualifiers() {
        // Half or more of the main role only intended or hedged: would-be.
        let promised = Self.roles("Russia is ready to support Iraq. Russia would protect Iraq. Russia helped refugees.", of: "Russia")
        #expect(RoleSummary(promised).reading == .cast(.protagonist))
        #expect(RoleSummary(promised).qualifiers == [.wouldBe])
        // Gains as agent, at least two and one per five casting mentions: self-interested.
        let gaining = Self.roles("""
            Russia helped refugees. Russia protected civilians. Russia rescued children. \
            Russia might score political benefits. Russia is playing for leverage.
            """, of: "Russia")
        #expect(RoleSummary(gaining).qualifiers == [.selfInterested])
        let offered = Self.roles("Russia helped refugees. Russia protected civilians. Russia rescued children. They offered Russia incentives.", of: "Russia")
        #expect(RoleSummary(offered).qualifiers.isEmpty)
    }
}

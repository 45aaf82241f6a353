import SlantMetrics
import Testing

/// The data files of role framing: they load, they lemmatise, and bad lines are reported with
/// their file and line.
@Suite("Role data")
struct RoleDataTests {
    let data = ClauseTestSupport.data

    @Test func bundledLexiconCoversEveryClass() {
        let entries = data.lexicon.entries
        #expect(entries.count > 500)
        for actionClass in ActionClass.allCases {
            #expect(entries.contains { $0.actionClass == actionClass && $0.partOfSpeech == .verb }, "no verbs in \(actionClass)")
            #expect(entries.contains { $0.actionClass == actionClass && $0.partOfSpeech == .noun }, "no nouns in \(actionClass)")
        }
        #expect(entries.allSatisfy { !$0.rationale.isEmpty })
    }

    @Test func lemmatiserMatchesInflections() {
        let lemmatizer = data.lemmatizer
        #expect(lemmatizer.lemma(of: "bombed") == "bomb")
        #expect(lemmatizer.lemma(of: "Bombing") == "bomb")
        #expect(lemmatizer.lemma(of: "struck") == "strike")
        #expect(lemmatizer.lemma(of: "propping") == "prop")
        #expect(lemmatizer.lemma(of: "urges") == "urge")
        // WordNet's irregular forms win over a homograph lemma…
        #expect(lemmatizer.lemma(of: "saw") == "see")
        #expect(lemmatizer.lemma(of: "found") == "find")
        // …except where the homograph is the commoner verb in news.
        #expect(lemmatizer.lemma(of: "lay") == "lay")
        // Not in the paradigms: the suffix rules reach the lexicon's lemma.
        #expect(lemmatizer.lemma(of: "halted") == "halt")
        #expect(lemmatizer.lemma(of: "criticised") == "criticise")
        #expect(lemmatizer.lemma(of: "brokering") == "broker")
        // Unknown: the lowercased form.
        #expect(lemmatizer.lemma(of: "Frobnicated") == "frobnicated")
    }

    @Test func lexiconLookups() {
        #expect(data.lexicon.verb("bomb")?.actionClass == .attackHarm)
        #expect(data.lexicon.verb("prop", particle: "up")?.actionClass == .protectHelp)
        #expect(data.lexicon.verb("call", particle: "on")?.actionClass == .pressureDemand)
        #expect(data.lexicon.noun("airstrikes")?.lemma == "airstrike")
        #expect(data.lexicon.noun("sanctions")?.actionClass == .pressureDemand)
        #expect(data.lexicon.noun("atrocities")?.fineHint == .tyrant)
        #expect(data.lexicon.verb("say") == nil)
    }

    @Test func badLexiconLineNamesFileAndLine() {
        #expect(throws: RoleDataError(file: "actions.tsv", line: 2, message:
            "action class 'attack' is not one of attack/harm, protect/help, cooperate/ally, negotiate/mediate, pressure/demand, deceive/claim, obstruct, suffer/lose, gain/benefit")) {
            try ActionLexicon(text: "# comment\nbomb\tverb\tattack\t-\tdrops bombs\n")
        }
        #expect(throws: RoleDataError(file: "mine.tsv", line: 1, message:
            "expected 5 tab-separated columns (lemma, pos, class, fine, rationale), found 3; fix the line or remove it")) {
            try ActionLexicon(text: "bomb\tverb\tattack/harm\n", file: "mine.tsv")
        }
    }

    @Test func badRuleLinesAreRejected() {
        #expect(throws: RoleDataError(file: "role-rules.tsv", line: 1, message: "confidence '1.5' must be a number from 0 to 1")) {
            try RoleRuleTable(text: "R1\tagent\tattack/harm\tany\tany\tany\tantagonist\taggressor\t1.5\ttoo sure\n")
        }
        #expect(throws: RoleDataError(file: "role-rules.tsv", line: 1, message: "fine role 'victim' belongs to innocent, not antagonist")) {
            try RoleRuleTable(text: "R1\tagent\tattack/harm\tany\tany\tany\tantagonist\tvictim\t0.5\tmismatch\n")
        }
        #expect(throws: RoleDataError(file: "role-rules.tsv", line: 2, message: "rule id 'R1' is used twice")) {
            try RoleRuleTable(text: "R1\tany\tany\tany\tany\tany\tneutral\t-\t0.1\ta\nR1\tany\tany\tany\tany\tany\tneutral\t-\t0.1\tb\n")
        }
    }

    @Test func rulesMatchFirstToLast() throws {
        let rules = data.rules
        func decide(_ role: GrammaticalRole, _ actionClass: ActionClass?, hint: FineRole? = nil,
                    other: PartyType = .unmarked, tone: ToneBand = .neutral) -> String {
            guard let rule = rules.rule(for: RoleQuery(role: role, actionClass: actionClass, hint: hint, other: other, tone: tone)) else {
                return "none"
            }
            return "\(rule.id) \(rule.role)" + (rule.fineRole(hint: hint).map { " \($0)" } ?? "")
        }
        #expect(decide(.agent, .attackHarm, other: .villain) == "A1 protagonist guardian")
        #expect(decide(.agent, .attackHarm, other: .victim) == "A2 antagonist aggressor")
        #expect(decide(.agent, .attackHarm, other: .unmarked, tone: .negative) == "A3 antagonist aggressor")
        #expect(decide(.agent, .attackHarm, other: .none) == "A5 unclear")
        // Aggression by definition decides before the target does.
        #expect(decide(.agent, .attackHarm, hint: .aggressor, other: .villain) == "A03 antagonist aggressor")
        #expect(decide(.agent, .protectHelp, other: .villain) == "P1 antagonist foreign adversary")
        #expect(decide(.agent, .protectHelp, hint: .rescuer, other: .unmarked) == "P3 protagonist rescuer")
        #expect(decide(.agent, .protectHelp, other: .none) == "P4 unclear")
        #expect(decide(.patient, .attackHarm) == "X2 innocent victim")
        #expect(decide(.patient, .pressureDemand) == "X4 antagonist saboteur")
        #expect(decide(.patient, .pressureDemand, tone: .positive) == "X3 neutral")
        #expect(decide(.agent, .sufferLose, hint: .incompetent) == "S1 antagonist incompetent")
        #expect(decide(.agent, .sufferLose, hint: .victim) == "S2 innocent victim")
        #expect(decide(.agent, .deceiveClaim, hint: .deceiver) == "E1 antagonist deceiver")
        // "denied", "claimed", "portrayed": doubt, not falsehood, so a weaker rule.
        #expect(decide(.agent, .deceiveClaim) == "E2 antagonist deceiver")
        #expect(decide(.agent, nil) == "Z1 neutral")
    }

    @Test func demandedAndNegatedActionsDoNotCast() {
        #expect(Modality.demanded.weight == 0)
        #expect(Modality.negated.weight == 0)
        #expect(Modality.hedged.weight == 0.5)
        #expect(Modality.asserted.combined(with: .intended) == .intended)
        #expect(Modality.negated.combined(with: .hedged) == .negated)
    }
}

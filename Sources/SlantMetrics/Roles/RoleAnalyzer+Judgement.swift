import Foundation
import SlantText

/// Judging a mention's links with the role rules, and deciding its role.
extension RoleAnalyzer {
    static let clauseBoundaries: Set<String> = [";", ":", "--", "but", "while", "whereas", "although", "though", "yet", "(", ")"]
    static let labelWeight = 0.6

    func judge(_ clause: MentionClause, mention: RoleMention, sentence: ClauseSentence, document: AnalysedDocument,
               parties: inout PartyIndex?) -> MentionRole {
        let tokens = document.tokens(of: document.sentences[mention.sentence])
        // Labels first: on equal weight, what the text calls the actor wins over one action.
        var judgements: [RoleJudgement] = clause.labels.map { label in
            RoleJudgement(link: nil, label: label, other: .unmarked, otherReason: nil, tone: 0, rule: nil,
                          role: label.label.role, fine: label.label.fine, weight: Self.labelWeight)
        }
        for link in clause.links where link.role == .agent || link.role == .patient {
            var reason: PartyIndex.Reason? = nil
            var other = PartyType.none
            if let counterpart = link.counterpart, !counterpart.overlaps(clause.nounPhrase) {
                reason = PartyIndex.cueType(of: counterpart, in: sentence, cues: data.targets)
                if reason == nil, PartyIndex.hasName(counterpart, tokens: tokens) {
                    if parties == nil { parties = PartyIndex(document: document, cues: data.targets) }
                    reason = parties?.type(of: counterpart, in: sentence, tokens: tokens)
                }
                other = reason?.type ?? .unmarked
            }
            let tone = evaluation(sentence: sentence, tokens: tokens, link: link, clause: clause)
            let query = RoleQuery(role: link.role, actionClass: link.predicate?.actionClass,
                                  hint: link.predicate?.entry?.fineHint, other: other, tone: ToneBand(compound: tone))
            let rule = data.rules.rule(for: query)
            judgements.append(RoleJudgement(
                link: link, label: nil, other: other, otherReason: reason, tone: tone, rule: rule,
                role: rule?.role ?? .unclear, fine: rule?.fineRole(hint: link.predicate?.entry?.fineHint),
                weight: (rule?.confidence ?? 0) * link.modality.weight))
        }

        var decisive: Int? = nil
        for index in judgements.indices where judgements[index].role.isCasting && judgements[index].weight > 0 {
            if decisive.map({ judgements[index].weight > judgements[$0].weight }) ?? true { decisive = index }
        }
        let role: NarrativeRole
        if let decisive {
            role = judgements[decisive].role
        } else if let unclear = judgements.firstIndex(where: { $0.role == .unclear && $0.link?.modality != .negated }) {
            decisive = unclear
            role = .unclear
        } else {
            decisive = judgements.indices.filter { judgements[$0].role == .neutral && judgements[$0].weight > 0 }
                .max { judgements[$0].weight < judgements[$1].weight }
            role = .neutral
        }
        let judgement = decisive.map { judgements[$0] }
        let fine = judgement?.role == role ? judgement?.fine : nil
        let confidence = role == .unclear ? 0 : (judgement?.weight ?? 0)
        let analysis = document.sentences[mention.sentence]
        let evidence = Evidence(
            documentID: document.document.id, outlet: document.document.outlet, sentenceIndex: mention.sentence,
            sentenceRange: analysis.range, text: document.text(of: analysis),
            highlights: highlights(clause: clause, judgement: judgement, tokens: tokens, mention: mention),
            rule: Self.describe(role: role, fine: fine, judgement: judgement, clause: clause, sentence: sentence, mention: mention),
            contribution: confidence)
        return MentionRole(documentID: document.document.id, outlet: document.document.outlet, mention: mention,
                           clause: clause, words: sentence.words, judgements: judgements, role: role, fine: fine, confidence: confidence,
                           decisive: decisive, evidence: evidence)
    }

    /// VADER compound of the clause around the action, without the action's and the actor's own
    /// words and without proper names: how the text evaluates what happens, not the action word
    /// itself ("bombing") nor a name that happens to hold a rated word ("the United Kingdom",
    /// "the Free Syrian Army").
    func evaluation(sentence: ClauseSentence, tokens: ArraySlice<Token>, link: ClauseLink, clause: MentionClause) -> Double {
        guard let predicate = link.predicate else { return 0 }
        var excluded = Set(clause.mention)
        excluded.insert(predicate.token)
        if let light = predicate.lightVerb { excluded.insert(light) }
        if predicate.lemma.contains(" ") { excluded.insert(predicate.token + 1) }
        let anchors = [predicate.token, clause.mention.lowerBound, clause.mention.upperBound - 1] + (predicate.lightVerb.map { [$0] } ?? [])
        guard let low = anchors.min(), let high = anchors.max() else { return 0 }
        var start = low
        while start > 0, !Self.clauseBoundaries.contains(sentence.word(start - 1)) { start -= 1 }
        var end = high + 1
        while end < sentence.count, !Self.clauseBoundaries.contains(sentence.word(end)) { end += 1 }
        var text = ""
        let base = tokens.startIndex
        for index in start..<end where !excluded.contains(index) && tokens.indices.contains(base + index)
            && !(sentence.tag(index)?.isProperNoun ?? false) {
            if !text.isEmpty { text += " " }
            text += tokens[base + index].text
        }
        return text.isEmpty ? 0 : vader.polarityScores(text).compound
    }

    func highlights(clause: MentionClause, judgement: RoleJudgement?, tokens: ArraySlice<Token>, mention: RoleMention) -> [Range<Int>] {
        var ranges = [mention.range]
        let base = tokens.startIndex
        func add(_ index: Int) {
            if tokens.indices.contains(base + index) { ranges.append(tokens[base + index].range) }
        }
        if let link = judgement?.link, let predicate = link.predicate {
            if let light = predicate.lightVerb { add(light) }
            add(predicate.token)
            if predicate.lemma.contains(" "), predicate.kind == .verb { add(predicate.token + 1) }
        }
        if let label = judgement?.label { add(label.token) }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The decision in words: "antagonist (foreign adversary) by rule P1 (backs a party the text
    /// casts as a villain): agent of 'prop up' [protect/help], goalNoun, intended; other party
    /// villain ('regime': "Assad's regime"); tone -0.30".
    static func describe(role: NarrativeRole, fine: FineRole?, judgement: RoleJudgement?, clause: MentionClause,
                         sentence: ClauseSentence, mention: RoleMention) -> String {
        var text = role.rawValue + (fine.map { " (\($0))" } ?? "")
        guard let judgement else {
            let shape = clause.primaryShape
            return text + ": \(clause.primaryRole.rawValue), \(shape.rawValue) — no action that casts the actor"
        }
        if let label = judgement.label {
            return text + " by label '\(label.label.word)' (\(label.label.rationale))"
        }
        guard let link = judgement.link else { return text }
        if let rule = judgement.rule { text += " by rule \(rule.id) (\(rule.summary))" }
        let action = link.predicate.map { predicate in
            "'\(predicate.lemma)'" + (predicate.actionClass.map { " [\($0.rawValue)]" } ?? " [no class]")
        } ?? "an action"
        text += ": \(link.role.rawValue) of \(action), \(link.shape.rawValue), \(link.modality.rawValue)"
        if let via = link.via { text += ", via '\(sentence.words.indices.contains(via) ? sentence.words[via] : "")'" }
        if let reason = judgement.otherReason {
            text += "; other party \(reason.type.rawValue) ('\(reason.cue)'" + (reason.phrase.map { ": \"\($0)\"" } ?? "") + ")"
        }
        text += "; tone " + String(format: "%.2f", judgement.tone)
        if mention.isInferred { text += "; inferred mention" }
        return text
    }
}

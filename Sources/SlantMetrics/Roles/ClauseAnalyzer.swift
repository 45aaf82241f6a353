/// Finds who does what to whom around one mention, from part-of-speech tags and the word lists
/// of ``RoleData`` — a shallow, rule-based reading of the common shapes of news English (see
/// ``ClauseShape``), not a full parse.
///
/// ```swift
/// let analyzer = ClauseAnalyzer(data: try RoleData.bundled())
/// let sentence = ClauseSentence(words: ["Russia", "bombed", "the", "rebels", "."],
///                               tags: ["NNP", "VBD", "DT", "NNS", "."])
/// analyzer.analyse(sentence, mention: 0..<1).links.first?.role   // .agent, predicate "bomb"
/// ```
public struct ClauseAnalyzer: Sendable {
    public let data: RoleData

    public init(data: RoleData) {
        self.data = data
    }

    var lexicon: ActionLexicon { data.lexicon }
    var words: ClauseWords { data.clauseWords }

    /// The links of the mention at token range `mention` of `sentence`.
    public func analyse(_ sentence: ClauseSentence, mention: Range<Int>) -> MentionClause {
        let mention = mention.clamped(to: 0..<sentence.count)
        guard !mention.isEmpty else {
            return MentionClause(mention: mention, nounPhrase: mention, links: [], labels: [])
        }
        var labels: [LabelHit] = []
        // Modifiers before the mention belong to its noun phrase ("strongman Assad").
        var start = mention.lowerBound
        while start > 0, sentence.isLeftModifier(start - 1), sentence.tag(start - 1) != .POS {
            start -= 1
        }
        for index in start..<mention.lowerBound where sentence.isNoun(index) || (sentence.tag(index)?.isAdjective ?? false) {
            if let label = data.labels.label(sentence.word(index)) { labels.append(LabelHit(token: index, label: label)) }
        }

        var links: [ClauseLink] = []
        let phrase: Range<Int>
        if let owned = ownedPhrase(sentence, mention: mention) {
            phrase = start..<owned.upperBound
            let head = owned.upperBound - 1
            let possessive = sentence.tag(mention.upperBound) == .POS
            if let label = data.labels.label(sentence.word(head)) { labels.append(LabelHit(token: head, label: label)) }
            let topic = !possessive && words.head(sentence.word(head), previous: sentence.word(head - 1)) == .topic
            if !topic, let action = actionNoun(sentence, in: owned) {
                let predicate = ClausePredicate(lemma: action.entry.lemma, kind: .noun, token: action.token, entry: action.entry)
                let (modality, cue) = governedModality(sentence, phraseStart: start)
                links.append(ClauseLink(role: .agent, shape: possessive ? .nominalPossessive : .nominalModifier,
                                        predicate: predicate, modality: modality, modalityCue: cue,
                                        counterpart: prepositionalObject(sentence, after: head)))
                // "Russia's intervention angered Washington": the action's clause is the owner's too.
                links += subjectLinks(sentence, phrase: phrase, via: head, allowNonFinite: false)
            } else if words.head(sentence.word(head), previous: sentence.word(head - 1)) == .goal {
                links += goalLinks(sentence, head: head)
            } else if isProxy(sentence, head: head) {
                links += clauseLinks(sentence, phrase: phrase, via: head)
            } else if words.head(sentence.word(head), previous: sentence.word(head - 1)) == .event,
                      case let subject = subjectLinks(sentence, phrase: phrase, via: head, allowNonFinite: false), !subject.isEmpty {
                links += subject
            } else {
                links.append(ClauseLink(role: .possessor, shape: .possessor, via: head))
                // "the Russia investigation is an obstacle" labels the investigation, not Russia.
                if !possessive { return MentionClause(mention: mention, nounPhrase: phrase, links: links, labels: labels) }
            }
        } else {
            phrase = start..<mention.upperBound
            links += clauseLinks(sentence, phrase: phrase, via: nil)
        }
        labels += predicateLabels(sentence, phrase: phrase)
        links = links.map { inContext($0, sentence: sentence) }
        return MentionClause(mention: mention, nounPhrase: phrase, links: links, labels: labels)
    }

    /// The noun the mention owns or modifies ("Russia's [foreign ministry]", "Russian [warplanes]"),
    /// as the range from after the mention to that head; nil when the mention is itself the head.
    func ownedPhrase(_ sentence: ClauseSentence, mention: Range<Int>) -> Range<Int>? {
        let after = mention.upperBound
        let last = mention.upperBound - 1
        if sentence.tag(after) == .POS {
            guard let run = modifierRun(sentence, from: after + 1) else { return nil }
            return after..<run.upperBound
        }
        guard let run = modifierRun(sentence, from: after) else { return nil }
        let head = run.upperBound - 1
        switch sentence.tag(last) {
        case .JJ?:
            // A demonym: "Russian warplanes", "Russian President Vladimir Putin".
            return run
        case .NNP?, .NNPS?, .NN?:
            // "Kremlin officials", "Russian President Vladimir Putin" (the tagger often calls a
            // demonym NNP): only toward a run with a noun that acts for its owner, or toward an
            // action noun but not right after a verb ("gave Russia military aid" is two objects).
            if run.contains(where: { !(sentence.tag($0)?.isProperNoun ?? false)
                && words.head(sentence.word($0), previous: sentence.word($0 - 1)) != nil }) {
                return run
            }
            if sentence.tag(head)?.isProperNoun ?? false { return nil }
            let afterVerb = mention.lowerBound > 0 && sentence.isVerb(mention.lowerBound - 1)
            // Any other common noun heads the phrase and the name only modifies it: "impede the
            // Russia inquiry" impedes the inquiry, "met with a Russian lawyer" meets the lawyer.
            // A label head keeps the old reading: "a Russian ally" does not make Russia an ally.
            if !afterVerb, sentence.isNoun(head), !sentence.isTemporal(head),
               data.labels.label(sentence.word(head)) == nil { return run }
            return nil
        default:
            return nil
        }
    }

    /// The modality an action noun phrase gets from what governs it: "the call for Russian
    /// participation" and "urged Russian restraint" (demanded), "wants Russian help" (intended),
    /// "would welcome Russian cooperation" (hedged).
    func governedModality(_ sentence: ClauseSentence, phraseStart: Int) -> (Modality, Int?) {
        var index = phraseStart - 1
        if sentence.word(index) == "for" {
            let governor = index - 1
            let lemma = sentence.isVerb(governor) ? data.lemmatizer.lemma(of: sentence.words[governor]) : sentence.word(governor)
            let entry = sentence.isVerb(governor) ? lexicon.verb(lemma) : lexicon.noun(lemma)
            if entry?.actionClass == .pressureDemand || (sentence.isVerb(governor) && lexicon.verb(lemma, particle: "for")?.actionClass == .pressureDemand) {
                return (.demanded, governor)
            }
            return (.asserted, nil)
        }
        while index > 0, sentence.tag(index)?.isAdverb ?? false { index -= 1 }
        guard sentence.isVerb(index) else { return (.asserted, nil) }
        let lemma = data.lemmatizer.lemma(of: sentence.words[index])
        if lexicon.verb(lemma)?.actionClass == .pressureDemand || words.isDirective(lemma) { return (.demanded, index) }
        if words.catenative(lemma)?.modality == .intended { return (.intended, index) }
        return auxiliaryModality(sentence, verb: index)
    }

    /// Adjectives and nouns from `start` up to the last noun: the rest of a noun phrase after its
    /// owner ("foreign ministry", "military buildup"). No determiners.
    func modifierRun(_ sentence: ClauseSentence, from start: Int) -> Range<Int>? {
        var index = start
        var head: Int? = nil
        while index < sentence.count, let tag = sentence.tag(index) {
            if head != nil, sentence.isTemporal(index) { break }
            if tag.isNoun {
                head = index
            } else if tag.isAdjective || tag == .CD || ((tag == .VBG || tag == .VBN) && sentence.isNominal(index)) {
                // a modifier; "military" at the end of the run is a head ("the Russian military").
                if tag.isAdjective, !sentence.isNominal(index + 1) || sentence.tag(index + 1) == .DT {
                    head = index
                    index += 1
                    break
                }
            } else {
                break
            }
            index += 1
        }
        guard let head else { return nil }
        return start..<(head + 1)
    }

    /// The action noun of a run, the head first, then the modifiers from right to left.
    func actionNoun(_ sentence: ClauseSentence, in run: Range<Int>) -> (token: Int, entry: ActionEntry)? {
        for index in run.reversed() where sentence.isNoun(index) || sentence.tag(index) == .VBG {
            if let entry = lexicon.noun(sentence.word(index)) { return (index, entry) }
        }
        return nil
    }

    /// A head that stands for its owner: a proxy noun, a quantity noun, or a proper name
    /// ("Russian President Vladimir Putin").
    func isProxy(_ sentence: ClauseSentence, head: Int) -> Bool {
        if sentence.tag(head)?.isProperNoun ?? false { return true }
        switch words.head(sentence.word(head), previous: sentence.word(head - 1)) {
        case .proxy?, .quantity?: return true
        case .goal?, .event?, .topic?, nil: return false
        }
    }
}

/// The actor as object, oblique or partner: what precedes its noun phrase.
extension ClauseAnalyzer {
    /// The verb the actor is the object of, for reading a small clause after it
    /// ("urged Russia to join": the joining is demanded, not done).
    struct Governing: Sendable, Hashable {
        var verb: Int
        /// A pressure/demand verb or a directive ("urge", "tell", "call on").
        var isDemand: Bool
        /// A verb of wanting ("want", "expect", "hope").
        var isWish: Bool
        /// A verb of perception or causation ("saw Russia announcing", "let Russia bomb"): the
        /// object acts, and is not the verb's patient.
        var isPerception: Bool = false
    }

    static let targetPrepositions: Set<String> = ["on", "against", "at", "upon", "toward", "towards", "into"]
    /// Classes whose action noun takes its patient in an "of" phrase ("the annexation of Crimea");
    /// for the others the "of" phrase is the agent ("the help of Europe").
    static let patientOfClasses: Set<ActionClass> = [.attackHarm, .pressureDemand, .obstruct, .deceiveClaim]

    func objectLinks(_ sentence: ClauseSentence, phrase: Range<Int>, via: Int?) -> (links: [ClauseLink], governing: Governing?) {
        // "…with both the U.S. and Russia", "…France, Russia and": step over earlier conjuncts.
        let before = tokenBeforeConjuncts(sentence, phrase: phrase)
        guard before >= 0 else { return ([], nil) }
        let word = sentence.word(before)
        let nounBefore = before - 1
        let actionBefore: ActionEntry? = sentence.isNoun(nounBefore) || sentence.tag(nounBefore) == .VBG
            ? lexicon.noun(sentence.word(nounBefore)) : nil
        func nominal(_ role: GrammaticalRole, _ shape: ClauseShape, _ entry: ActionEntry) -> ClauseLink {
            // The verb governing the action noun sets its modality ("would welcome cooperation with Moscow").
            var verb = sentence.nounPhraseStart(endingAt: nounBefore) - 1
            while verb > 0, sentence.tag(verb)?.isAdverb ?? false { verb -= 1 }
            let (modality, cue) = sentence.isVerb(verb) ? auxiliaryModality(sentence, verb: verb)
                : frontedCondition(sentence, before: nounBefore).map { (.hedged, $0) } ?? (.asserted, nil)
            return ClauseLink(role: role, shape: shape,
                              predicate: ClausePredicate(lemma: entry.lemma, kind: .noun, token: nounBefore, entry: entry),
                              modality: modality, modalityCue: cue, via: via)
        }

        switch word {
        case "by":
            var verb = before - 1
            while verb > 0, sentence.tag(verb)?.isAdverb ?? false { verb -= 1 }
            if sentence.tag(verb) == .VBN || sentence.tag(verb) == .VBD {
                let (modality, cue) = auxiliaryModality(sentence, verb: verb)
                let predicate = verbPredicate(sentence, main: verb).predicate
                return ([ClauseLink(role: .agent, shape: .passiveByAgent, predicate: predicate, modality: modality,
                                    modalityCue: cue, counterpart: subjectBefore(sentence, verb: verb), via: via)], nil)
            }
            if let entry = actionBefore { return ([nominal(.agent, .nominalBy, entry)], nil) }
        case "of":
            if let entry = actionBefore {
                let role: GrammaticalRole = Self.patientOfClasses.contains(entry.actionClass) ? .patient : .agent
                return ([nominal(role, .nominalOf, entry)], nil)
            }
            if sentence.isNoun(nounBefore), isProxy(sentence, head: nounBefore) || words.head(sentence.word(nounBefore)) == .quantity {
                // "the leaders of Russia", "dozens of Russian jets": the larger phrase stands for the actor.
                let larger = sentence.nounPhraseStart(endingAt: nounBefore)..<phrase.upperBound
                return (clauseLinks(sentence, phrase: larger, via: nounBefore), nil)
            }
        case _ where Self.targetPrepositions.contains(word):
            if let entry = actionBefore { return ([nominal(.patient, .nominalTarget, entry)], nil) }
            var verb = before - 1
            while verb > 0, sentence.tag(verb)?.isAdverb ?? false { verb -= 1 }
            if sentence.isVerb(verb) {
                let lemma = data.lemmatizer.lemma(of: sentence.words[verb])
                if let entry = lexicon.verb(lemma, particle: word) ?? lexicon.verb(lemma) {
                    let (modality, cue) = auxiliaryModality(sentence, verb: verb)
                    let predicate = ClausePredicate(lemma: entry.lemma, kind: .verb, token: verb, entry: entry)
                    return ([ClauseLink(role: .patient, shape: .directObject, predicate: predicate, modality: modality,
                                        modalityCue: cue, counterpart: subjectBefore(sentence, verb: verb), via: via)],
                            Governing(verb: verb, isDemand: entry.actionClass == .pressureDemand, isWish: false))
                }
            }
        case "with", "between":
            if let entry = actionBefore, entry.actionClass == .cooperateAlly || entry.actionClass == .negotiateMediate {
                return ([nominal(.agent, .comitative, entry)], nil)
            }
            if word == "with" {
                var verb = before - 1
                if sentence.isNominal(verb) { verb = sentence.nounPhraseStart(endingAt: verb) - 1 }
                if sentence.isVerb(verb) {
                    let predicate = verbPredicate(sentence, main: verb).predicate
                    if predicate.actionClass == .cooperateAlly || predicate.actionClass == .negotiateMediate {
                        let (modality, cue) = auxiliaryModality(sentence, verb: verb)
                        return ([ClauseLink(role: .agent, shape: .comitative, predicate: predicate, modality: modality,
                                            modalityCue: cue, counterpart: subjectBefore(sentence, verb: verb), via: via)], nil)
                    }
                }
            }
        case "from":
            if let entry = actionBefore { return ([nominal(.agent, .nominalFrom, entry)], nil) }
        case "for":
            if let entry = actionBefore { return ([nominal(.patient, .nominalBeneficiary, entry)], nil) }
        case "to":
            if sentence.word(before - 1) == "according" {
                return ([ClauseLink(role: .speaker, shape: .accordingTo, via: via)], nil)
            }
            return (recipientLinks(sentence, to: before, via: via), nil)
        default:
            break
        }
        let isParticle = sentence.tag(before) == .RP
            || (sentence.tag(before) == .RB && ["down", "up", "out", "off", "back", "away"].contains(word))
        if sentence.isVerb(before) || (isParticle && sentence.isVerb(before - 1)) {
            let verb = sentence.isVerb(before) ? before : before - 1
            return objectOfVerb(sentence, verb: verb, phrase: phrase, via: via)
        }
        return ([], nil)
    }

    /// The actor as object of `verb` ("urged Putin to join", "propping up Assad", "said Lavrov").
    func objectOfVerb(_ sentence: ClauseSentence, verb: Int, phrase: Range<Int>, via: Int?) -> (links: [ClauseLink], governing: Governing?) {
        let predicate = verbPredicate(sentence, main: verb).predicate
        let lemma = predicate.lemma
        if Self.copulas.contains(lemma) { return ([], nil) }
        let previous = sentence.tag(verb - 1)
        if words.isReporting(lemma), previous == .comma || previous == .closingQuote {
            return ([ClauseLink(role: .speaker, shape: .reportingSpeaker, predicate: predicate, via: via)], nil)
        }
        let (modality, cue) = auxiliaryModality(sentence, verb: verb)
        let subject = subjectBefore(sentence, verb: verb)
        let infinitiveFollows = infinitiveAfter(sentence, from: phrase.upperBound) != nil
        let isDemand = words.isDirective(lemma) || predicate.actionClass == .pressureDemand
        // "wants to see Russia change": a perception verb under a wish.
        let underWish = sentence.word(verb - 1) == "to" && sentence.isVerb(verb - 2)
            && words.catenative(data.lemmatizer.lemma(of: sentence.words[verb - 2]))?.modality == .intended
        let governing = Governing(verb: verb, isDemand: isDemand && infinitiveFollows,
                                  isWish: words.catenative(lemma)?.modality == .intended || underWish,
                                  isPerception: words.isPerception(lemma))
        if infinitiveFollows, isDemand {
            var directive = predicate
            if directive.entry == nil { directive.entry = directiveEntry(lemma) }
            return ([ClauseLink(role: .patient, shape: .directive, predicate: directive, modality: modality,
                                modalityCue: cue, counterpart: subject, via: via)], governing)
        }
        if isDrawnTogether(sentence, object: phrase) {
            // "forcing Moscow and the West closer together": the parties are drawn into cooperation.
            let entry = ActionEntry(lemma: lemma + " together", partOfSpeech: .verb, actionClass: .cooperateAlly, fineHint: nil,
                                    rationale: "'\(lemma) X and Y together' draws the parties into cooperation",
                                    source: "clause analysis (together)")
            let joint = ClausePredicate(lemma: entry.lemma, kind: .verb, token: verb, entry: entry)
            return ([ClauseLink(role: .patient, shape: .directObject, predicate: joint, modality: modality,
                                modalityCue: cue, counterpart: subject, via: via)], governing)
        }
        // "hit Russia with new sanctions": a pressing means names the act, not the verb of force.
        if predicate.actionClass == .attackHarm, sentence.word(phrase.upperBound) == "with",
           let means = actionNounAfter(sentence, from: phrase.upperBound + 1), means.entry.actionClass == .pressureDemand {
            let act = ClausePredicate(lemma: means.entry.lemma, kind: .noun, token: means.token, lightVerb: verb, entry: means.entry)
            return ([ClauseLink(role: .patient, shape: .directObject, predicate: act, modality: modality, modalityCue: cue,
                                counterpart: subject, via: via)], governing)
        }
        if let light = words.lightVerb(lemma), !light.undergoes, let noun = actionNounAfter(sentence, from: phrase.upperBound) {
            // "offered Russia incentives": the actor receives the action noun.
            let nounPredicate = ClausePredicate(lemma: noun.entry.lemma, kind: .noun, token: noun.token, lightVerb: verb, entry: noun.entry)
            return ([ClauseLink(role: .patient, shape: .recipient, predicate: nounPredicate, modality: modality,
                                modalityCue: cue, counterpart: subject, via: via)], governing)
        }
        return ([ClauseLink(role: .patient, shape: .directObject, predicate: predicate, modality: modality,
                            modalityCue: cue, counterpart: subject, via: via)], governing)
    }

    /// Whether "together" follows an object and its conjuncts ("forcing Moscow and the West
    /// closer together", "brought Russia and Turkey together").
    func isDrawnTogether(_ sentence: ClauseSentence, object: Range<Int>) -> Bool {
        var index = skipCoordinatedNouns(sentence, from: object.upperBound)
        if ["closer", "close"].contains(sentence.word(index)) { index += 1 }
        return sentence.word(index) == "together"
    }

    /// "provided military assistance to [the regime]", "conveyed that message to [Putin]", "talked to [Putin]".
    func recipientLinks(_ sentence: ClauseSentence, to: Int, via: Int?) -> [ClauseLink] {
        var verb = to - 1
        var noun: (token: Int, entry: ActionEntry)? = nil
        if sentence.isNominal(verb) {
            let start = sentence.nounPhraseStart(endingAt: verb)
            noun = actionNoun(sentence, in: start..<(verb + 1))
            verb = start - 1
        }
        while verb > 0, sentence.tag(verb)?.isAdverb ?? false { verb -= 1 }
        guard sentence.isVerb(verb) else {
            if let noun {
                let predicate = ClausePredicate(lemma: noun.entry.lemma, kind: .noun, token: noun.token, entry: noun.entry)
                return [ClauseLink(role: .patient, shape: .recipient, predicate: predicate, via: via)]
            }
            return []
        }
        let (modality, cue) = auxiliaryModality(sentence, verb: verb)
        let subject = subjectBefore(sentence, verb: verb)
        if let noun, words.lightVerb(data.lemmatizer.lemma(of: sentence.words[verb])) != nil {
            let predicate = ClausePredicate(lemma: noun.entry.lemma, kind: .noun, token: noun.token, lightVerb: verb, entry: noun.entry)
            return [ClauseLink(role: .patient, shape: .recipient, predicate: predicate, modality: modality, modalityCue: cue,
                               counterpart: subject, via: via)]
        }
        let predicate = verbPredicate(sentence, main: verb).predicate
        if noun == nil, predicate.actionClass == .cooperateAlly || predicate.actionClass == .negotiateMediate {
            return [ClauseLink(role: .agent, shape: .comitative, predicate: predicate, modality: modality, modalityCue: cue,
                               counterpart: subject, via: via)]
        }
        return [ClauseLink(role: .patient, shape: .recipient, predicate: predicate, modality: modality, modalityCue: cue,
                           counterpart: subject, via: via)]
    }

    /// Negation or modal among the auxiliaries before `verb` ("did not urge", "could press"); an
    /// infinitive under "whether" or "if" is an open question ("split over whether to cooperate").
    func auxiliaryModality(_ sentence: ClauseSentence, verb: Int) -> (Modality, Int?) {
        if sentence.word(verb - 1) == "to", ClauseSentence.conditionals.contains(sentence.word(verb - 2)) {
            return (.hedged, verb - 2)
        }
        var index = verb - 1
        var modality = Modality.asserted
        var cue: Int? = nil
        while index >= 0, index >= verb - 5 {
            let tag = sentence.tag(index)
            if sentence.isNegation(index) {
                return (.negated, index)
            } else if tag == .MD {
                if !ClauseSentence.assertingModals.contains(sentence.word(index)), modality == .asserted {
                    modality = .hedged
                    cue = index
                }
            } else if !(sentence.isAuxiliary(index) || (tag?.isAdverb ?? false)) {
                break
            }
            index -= 1
        }
        if modality == .asserted, let condition = frontedCondition(sentence, before: verb) {
            return (.hedged, condition)
        }
        return (modality, cue)
    }

    /// The "if" or "unless" of a conditional clause fronted before the clause at `position`: "(…
    /// said that) if Russia shifts its strategy, the U.S. would welcome cooperation with Moscow".
    /// Nil when the clause is not preceded by one.
    func frontedCondition(_ sentence: ClauseSentence, before position: Int) -> Int? {
        let boundaries: Set<String> = [",", ";", ":", "that", "--", "—"]
        var comma = position - 1
        while comma >= 0, comma >= position - 12, sentence.word(comma) != "," {
            if boundaries.contains(sentence.word(comma)) || ClauseSentence.conditionals.contains(sentence.word(comma)) { return nil }
            comma -= 1
        }
        guard sentence.word(comma) == "," else { return nil }
        var start = comma - 1
        while start >= 0, start >= comma - 30, !boundaries.contains(sentence.word(start)) { start -= 1 }
        guard start >= comma - 30, ["if", "unless"].contains(sentence.word(start + 1)), start + 1 < comma - 1 else { return nil }
        return start + 1
    }

    /// The subject noun phrase of the verb group ending at `verb`, for the other party of an action.
    func subjectBefore(_ sentence: ClauseSentence, verb: Int) -> Range<Int>? {
        var index = verb - 1
        while index >= 0, sentence.isAuxiliary(index) || sentence.tag(index) == .MD
            || (sentence.tag(index)?.isAdverb ?? false) || sentence.isNegation(index) {
            index -= 1
        }
        guard index >= 0, sentence.isNominal(index) || sentence.tag(index) == .PRP else { return nil }
        if sentence.tag(index) == .PRP { return index..<(index + 1) }
        var start = sentence.nounPhraseStart(endingAt: index)
        var end = index + 1
        // "The leaders of France and the United Kingdom on Monday urged": drop a time phrase, take
        // in "of" phrases and coordinated nouns.
        for _ in 0..<6 {
            let before = start - 1
            guard before > 0, sentence.isNominal(before - 1) else { break }
            let word = sentence.word(before)
            if sentence.isTemporal(end - 1), sentence.tag(before) == .IN, word != "of" {
                end = before
                start = sentence.nounPhraseStart(endingAt: before - 1)
            } else if word == "of" || word == "and" || word == "or" {
                start = sentence.nounPhraseStart(endingAt: before - 1)
            } else {
                break
            }
        }
        guard !sentence.isTemporal(end - 1) else { return nil }
        return start..<end
    }
}

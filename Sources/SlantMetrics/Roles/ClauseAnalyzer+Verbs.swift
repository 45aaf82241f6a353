/// The actor as subject of a verb group: passives, copulas, catenatives, directives, reporting
/// verbs, light verbs, plain verbs, and the verbs coordinated with them.
extension ClauseAnalyzer {
    static let copulas: Set<String> = ["be", "become", "remain"]
    /// Words that end a run of coordinated verbs: the next clause starts.
    static let clauseStops: Set<String> = [";", ":", "--", "that", "because", "while", "although", "though", "whereas", "if",
                                           "when", "which", "who", "so", "as", "than", "since", "after", "before", "until"]

    /// Links of a verb group whose subject is the actor, with the verbs coordinated with it.
    func verbLinks(_ sentence: ClauseSentence, group: VerbGroup, via: Int?, shape: ClauseShape, phraseStart: Int,
                   base: Modality = .asserted, baseCue: Int? = nil) -> [ClauseLink] {
        var (modality, cue) = group.modality(in: sentence)
        let weakened = modality.combined(with: base)
        if weakened != modality {
            modality = weakened
            cue = baseCue
        }
        if modality != .negated, let conditional = conditionalCue(sentence, before: phraseStart) {
            modality = modality.combined(with: .hedged)
            cue = cue ?? conditional
        }
        var links = mainVerbLinks(sentence, main: group.main, passive: group.isPassive, modality: modality, cue: cue,
                                  shape: shape, via: via)
        for var link in coordinatedLinks(sentence, after: group.main, licensesBare: group.licensesBareVerb,
                                         inherited: (modality, cue), via: via) {
            // "… and will continue to do so": the coordinated verb repeats the first action.
            if let predicate = link.predicate, predicate.lemma == "do", sentence.word(predicate.token + 1) == "so",
               let first = links.first?.predicate {
                link.predicate = first
                link.counterpart = links.first?.counterpart
            }
            links.append(link)
        }
        // "…supporting the regime, which is what Russia has done": the actor does the action named before.
        if let first = links.first, first.role == .agent, first.predicate?.lemma == "do", first.counterpart == nil,
           let antecedent = proFormAntecedent(sentence, subjectStart: phraseStart) {
            links[0].predicate = antecedent.predicate
            links[0].counterpart = antecedent.counterpart
            links[0].shape = .proForm
        }
        return links
    }

    /// The action a "what" clause repeats: in "…, not supporting the regime, which is (exactly)
    /// what Russia has done", the verb before the comma ("support") and its object ("the
    /// regime"). Nil unless the subject follows ", which/that is … what".
    func proFormAntecedent(_ sentence: ClauseSentence, subjectStart: Int) -> (predicate: ClausePredicate, counterpart: Range<Int>?)? {
        guard sentence.word(subjectStart - 1) == "what" else { return nil }
        var index = subjectStart - 2
        while index > 0, sentence.tag(index)?.isAdverb ?? false { index -= 1 }
        guard sentence.isBe(index), ["which", "that"].contains(sentence.word(index - 1)),
              sentence.word(index - 2) == "," else { return nil }
        let comma = index - 2
        var verb = comma - 1
        while verb > 0, verb >= comma - 10 {
            let word = sentence.word(verb)
            if Self.clauseStops.contains(word) || sentence.tag(verb) == .MD { return nil }
            if sentence.isVerb(verb), !sentence.isAuxiliary(verb), !sentence.isBe(verb) {
                let found = verbPredicate(sentence, main: verb)
                guard found.predicate.entry != nil else { return nil }
                let object = objectAfter(sentence, from: found.next).map { $0.clamped(to: found.next..<comma) }
                return (found.predicate, object.flatMap { $0.isEmpty ? nil : $0 })
            }
            verb -= 1
        }
        return nil
    }

    /// The predicate of a main verb: lemma, and a particle when the lexicon lists the pair
    /// ("prop up", "call on"). `next` is the first token after verb and particle.
    func verbPredicate(_ sentence: ClauseSentence, main: Int) -> (predicate: ClausePredicate, next: Int) {
        let lemma = data.lemmatizer.lemma(of: sentence.words[main])
        let particle = sentence.word(main + 1)
        if sentence.tag(main + 1) == .RP || sentence.tag(main + 1) == .IN || sentence.tag(main + 1) == .RB {
            if let entry = lexicon.verb(lemma, particle: particle) {
                return (ClausePredicate(lemma: entry.lemma, kind: .verb, token: main, entry: entry), main + 2)
            }
            if words.lightVerb(lemma + " " + particle) != nil {
                return (ClausePredicate(lemma: lemma + " " + particle, kind: .verb, token: main), main + 2)
            }
        }
        return (ClausePredicate(lemma: lemma, kind: .verb, token: main, entry: lexicon.verb(lemma)), main + 1)
    }

    func mainVerbLinks(_ sentence: ClauseSentence, main: Int, passive: Bool, modality: Modality, cue: Int?,
                       shape: ClauseShape, via: Int?) -> [ClauseLink] {
        let verb = verbPredicate(sentence, main: main)
        let lemma = verb.predicate.lemma
        func specific(_ detail: ClauseShape) -> ClauseShape { shape == .activeSubject ? detail : shape }

        if passive {
            var links = [ClauseLink(role: .patient, shape: specific(.passiveSubject), predicate: verb.predicate, modality: modality,
                                    modalityCue: cue, counterpart: byPhrase(sentence, after: verb.next), via: via)]
            // "Russia was urged to stop": the stopping is demanded of it.
            if words.isDirective(lemma) || verb.predicate.actionClass == .pressureDemand,
               let to = infinitiveAfter(sentence, from: verb.next), let group = sentence.verbGroup(at: to + 1, requireFinite: false) {
                links += mainVerbLinks(sentence, main: group.main, passive: group.isPassive, modality: .demanded, cue: main,
                                       shape: .smallClause, via: via)
            }
            return links
        }
        if Self.copulas.contains(lemma) {
            return copulaLinks(sentence, main: main, modality: modality, cue: cue, shape: shape, via: via)
        }
        if let catenative = words.catenative(lemma), let complement = complementVerb(sentence, after: main, lemma: lemma) {
            var links: [ClauseLink] = []
            if catenative.keepsOwnAction, verb.predicate.entry != nil {
                links.append(ClauseLink(role: .agent, shape: shape, predicate: verb.predicate, modality: modality,
                                        modalityCue: cue, via: via))
            }
            let weakened = modality.combined(with: catenative.modality)
            let complementCue = weakened == modality ? cue : main
            links += mainVerbLinks(sentence, main: complement.main, passive: complement.isPassive, modality: weakened,
                                   cue: complementCue, shape: specific(.catenativeComplement), via: via)
            return links
        }
        let object = objectAfter(sentence, from: verb.next)
        if let object, infinitiveAfter(sentence, from: object.upperBound) != nil,
           words.isDirective(lemma) || verb.predicate.actionClass == .pressureDemand {
            var predicate = verb.predicate
            if predicate.entry == nil { predicate.entry = directiveEntry(lemma) }
            return [ClauseLink(role: .agent, shape: shape, predicate: predicate, modality: modality, modalityCue: cue,
                               counterpart: object, via: via)]
        }
        if words.isReporting(lemma) {
            return [ClauseLink(role: .speaker, shape: specific(.reportingSpeaker), predicate: verb.predicate,
                               modality: modality, modalityCue: cue, via: via)]
        }
        if let light = words.lightVerb(lemma) ?? words.lightVerb(data.lemmatizer.lemma(of: sentence.words[main])),
           let noun = actionNounAfter(sentence, from: verb.next),
           light.classes?.contains(noun.entry.actionClass) ?? true {
            let predicate = ClausePredicate(lemma: noun.entry.lemma, kind: .noun, token: noun.token, lightVerb: main, entry: noun.entry)
            return [ClauseLink(role: light.undergoes ? .patient : .agent,
                               shape: specific(light.undergoes ? .undergoLightVerb : .lightVerb), predicate: predicate,
                               modality: modality, modalityCue: cue,
                               counterpart: prepositionalObject(sentence, after: noun.token), via: via)]
        }
        // "has an interest in stamping out ISIS", "has shown willingness to accept": a light verb with
        // a goal noun passes the aim to the subject.
        if words.lightVerb(lemma) != nil, let object, let head = object.last, sentence.isNoun(head),
           words.head(sentence.word(head), previous: sentence.word(head - 1)) == .goal {
            let aims = goalLinks(sentence, head: head).map { link -> ClauseLink in
                var link = link
                link.modality = link.modality.combined(with: modality)
                if modality != .asserted, link.modalityCue == head { link.modalityCue = cue }
                link.via = via
                return link
            }
            if !aims.isEmpty { return aims }
        }
        var finalModality = modality
        var finalCue = cue
        if let object, modality != .negated, let nothing = object.first(where: { sentence.word($0) == "nothing" }) {
            finalModality = .negated
            finalCue = nothing
        }
        return [ClauseLink(role: .agent, shape: shape, predicate: verb.predicate, modality: finalModality,
                           modalityCue: finalCue, counterpart: object, via: via)]
    }

    /// "is ready to support", "is to rescue", "has been a constructive partner".
    func copulaLinks(_ sentence: ClauseSentence, main: Int, modality: Modality, cue: Int?, shape: ClauseShape,
                     via: Int?) -> [ClauseLink] {
        var modality = modality
        var cue = cue
        var next = main + 1
        while next < sentence.count, (sentence.tag(next)?.isAdverb ?? false) || sentence.isNegation(next)
            || sentence.tag(next) == .openingQuote {
            if sentence.isNegation(next) {
                modality = .negated
                cue = next
            }
            next += 1
        }
        let specificShape: (ClauseShape) -> ClauseShape = { shape == .activeSubject ? $0 : shape }
        // "a “constructive partner”": step over the quote after the article.
        if sentence.tag(next) == .DT, sentence.tag(next + 1) == .openingQuote { next += 2 }
        if let adjective = words.adjective(sentence.word(next)), sentence.word(next + 1) == "to",
           let group = sentence.verbGroup(at: next + 2, requireFinite: false) {
            let weakened = modality.combined(with: adjective.modality)
            return mainVerbLinks(sentence, main: group.main, passive: group.isPassive, modality: weakened,
                                 cue: weakened == modality ? cue : next, shape: specificShape(.adjectiveComplement), via: via)
        }
        if sentence.word(next) == "to", let group = sentence.verbGroup(at: next + 1, requireFinite: false) {
            let weakened = modality.combined(with: .intended)
            return mainVerbLinks(sentence, main: group.main, passive: group.isPassive, modality: weakened,
                                 cue: weakened == modality ? cue : next, shape: specificShape(.catenativeComplement), via: via)
        }
        if var phrase = sentence.nounPhrase(from: next) {
            // "a “constructive partner”": the quoted words belong to the phrase.
            if sentence.tag(phrase.upperBound) == .openingQuote || (sentence.tag(phrase.lowerBound) == .DT && sentence.tag(phrase.upperBound) == .openingQuote),
               let quoted = sentence.nounPhrase(from: phrase.upperBound + 1) {
                phrase = phrase.lowerBound..<quoted.upperBound
            }
            let head = phrase.upperBound - 1
            if sentence.isNoun(head), let entry = lexicon.noun(sentence.word(head)) ?? lexicon.person(sentence.word(head)) {
                let predicate = ClausePredicate(lemma: entry.lemma, kind: .noun, token: head, entry: entry)
                return [ClauseLink(role: .agent, shape: specificShape(.predicateNominal), predicate: predicate,
                                   modality: modality, modalityCue: cue, via: via)]
            }
        }
        return []
    }

    /// The verb a catenative takes: "to" + verb, an -ing form, or a bare verb after "help".
    func complementVerb(_ sentence: ClauseSentence, after main: Int, lemma: String) -> VerbGroup? {
        var next = main + 1
        while next < sentence.count, sentence.tag(next)?.isAdverb ?? false, !sentence.isNegation(next) { next += 1 }
        if sentence.word(next) == "to", let group = sentence.verbGroup(at: next + 1, requireFinite: false),
           sentence.tag(group.range.lowerBound) == .VB || sentence.tag(group.range.lowerBound)?.isAdverb == true {
            return group
        }
        if sentence.tag(next) == .VBG {
            return VerbGroup(range: next..<(next + 1), main: next, modal: nil, negation: nil, isPassive: false, licensesBareVerb: false)
        }
        if lemma == "help", sentence.tag(next) == .VB {
            return VerbGroup(range: next..<(next + 1), main: next, modal: nil, negation: nil, isPassive: false, licensesBareVerb: false)
        }
        return nil
    }

    /// Verbs sharing the actor as subject: "bombed X and shelled Y", "…, angering Washington",
    /// "is propping up Assad, not defeating the caliphate". Stops at the next clause.
    func coordinatedLinks(_ sentence: ClauseSentence, after main: Int, licensesBare: Bool,
                          inherited: (Modality, Int?), via: Int?) -> [ClauseLink] {
        var links: [ClauseLink] = []
        var index = main + 1
        let stops = Self.clauseStops
        while index < sentence.count, index < main + 30 {
            let word = sentence.word(index)
            let tag = sentence.tag(index)
            if stops.contains(word) || tag == .WDT || tag == .WP || tag == .openingQuote || tag == .closingQuote { break }
            if tag == .CC || (word == "," && sentence.tag(index + 1) == .CC) {
                var next = word == "," ? index + 2 : index + 1
                while next < sentence.count, sentence.tag(next)?.isAdverb ?? false, !sentence.isNegation(next) { next += 1 }
                let group = sentence.verbGroup(at: next, requireFinite: true)
                    ?? (licensesBare && sentence.tag(next) == .VB ? sentence.verbGroup(at: next, requireFinite: false) : nil)
                if let group {
                    var (modality, cue) = group.modality(in: sentence)
                    if group.modal == nil, group.negation == nil, sentence.tag(group.range.lowerBound) == .VB {
                        (modality, cue) = inherited
                    }
                    links += mainVerbLinks(sentence, main: group.main, passive: group.isPassive, modality: modality,
                                           cue: cue, shape: .coordinatedVerb, via: via)
                    index = group.range.upperBound
                    continue
                }
            }
            if word == "," {
                var next = index + 1
                let negation = sentence.isNegation(next) ? next : nil
                if negation != nil { next += 1 }
                if sentence.tag(next) == .VBG {
                    links += mainVerbLinks(sentence, main: next, passive: false,
                                           modality: negation != nil ? .negated : inherited.0,
                                           cue: negation ?? inherited.1,
                                           shape: negation != nil ? .coordinatedVerb : .participleAdjunct, via: via)
                    break
                }
            }
            if sentence.isFinite(index) { break }
            index += 1
        }
        return links
    }

    /// The synthetic lexicon entry of a directive ("told X to …") that the lexicon does not list.
    func directiveEntry(_ lemma: String) -> ActionEntry {
        ActionEntry(lemma: lemma, partOfSpeech: .verb, actionClass: .pressureDemand, fineHint: nil,
                    rationale: "'\(lemma) X to …' demands an act of X", source: "clause-words.tsv (directive)")
    }
}

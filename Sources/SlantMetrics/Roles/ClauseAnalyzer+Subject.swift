/// The actor as subject: what follows its noun phrase.
extension ClauseAnalyzer {
    /// What follows the actor's noun phrase, once coordinated nouns, appositions and relative
    /// clauses are skipped.
    enum Following: Sendable, Hashable {
        /// A finite verb group: the actor is its subject.
        case finite
        /// "to" + verb ("Russia to join"), bare verb ("see Russia change"), -ing participle
        /// ("Russian jets operating…"), or passive participle + "by" ("rebels backed by…").
        case infinitive, bare, participle, reducedPassive
        case nothing
    }

    struct SubjectReading {
        var links: [ClauseLink] = []
        var relative: [ClauseLink] = []
        var following: Following = .nothing
    }

    /// All links of a noun phrase that stands for the actor: as subject, or else as object (with
    /// a small clause after it), plus any relative clause about it.
    func clauseLinks(_ sentence: ClauseSentence, phrase: Range<Int>, via: Int?) -> [ClauseLink] {
        // The object of a preposition is never the subject of what follows ("Attacks on Russia
        // have increased"); a subordinator is not a preposition ("If Russian forces attack…").
        if isPrepositionalObject(sentence, phrase: phrase) {
            return objectLinks(sentence, phrase: phrase, via: via).links
        }
        let reading = subjectReading(sentence, phrase: phrase, via: via)
        if reading.following == .finite { return reading.relative + reading.links }
        let object = objectLinks(sentence, phrase: phrase, via: via)
        var links = reading.relative + object.links
        if let governing = object.governing, [.infinitive, .bare, .participle].contains(reading.following) {
            if governing.isPerception, !reading.links.isEmpty {
                links.removeAll { $0.predicate?.token == governing.verb }
            }
            let modality = smallClauseModality(governing: governing, following: reading.following)
            for var link in reading.links {
                link.shape = .smallClause
                link.modality = link.modality.combined(with: modality)
                if link.modalityCue == nil, modality != .asserted { link.modalityCue = governing.verb }
                links.append(link)
            }
        } else if object.governing == nil {
            links += reading.links
        }
        return links
    }

    static let subordinators: Set<String> = [
        "if", "unless", "whether", "because", "while", "although", "though", "whereas", "since", "as", "after",
        "before", "until", "once", "that", "than", "so",
    ]

    /// The token before the first conjunct of a list the phrase ends ("with France, Russia and
    /// [the U.S.]" → "with"). A comma joins only a list that goes on after the phrase ("France,
    /// [Russia] and the U.S."); after a fronted phrase ("…at the United Nations, [the Russian
    /// military] launched") it ends that phrase and joins nothing.
    func tokenBeforeConjuncts(_ sentence: ClauseSentence, phrase: Range<Int>) -> Int {
        var before = phrase.lowerBound - 1
        var listGoesOn = ["and", "or", ","].contains(sentence.word(phrase.upperBound))
        while before > 0, sentence.isNominal(before - 1) {
            let word = sentence.word(before)
            if word == "and" || word == "or" {
                listGoesOn = true
            } else if word != "," || !listGoesOn {
                break
            }
            before = sentence.nounPhraseStart(endingAt: before - 1) - 1
        }
        return before
    }

    func isPrepositionalObject(_ sentence: ClauseSentence, phrase: Range<Int>) -> Bool {
        let before = tokenBeforeConjuncts(sentence, phrase: phrase)
        guard let tag = sentence.tag(before), tag == .IN || tag == .TO else { return false }
        // "called on Russia to…": the particle of a phrasal verb, not a preposition.
        if sentence.isVerb(before - 1),
           lexicon.verb(data.lemmatizer.lemma(of: sentence.words[before - 1]), particle: sentence.word(before)) != nil {
            return false
        }
        return !Self.subordinators.contains(sentence.word(before))
    }

    /// The subject-side links only (used for an action noun's own clause: "Russia's buildup threatens…").
    func subjectLinks(_ sentence: ClauseSentence, phrase: Range<Int>, via: Int?, allowNonFinite: Bool) -> [ClauseLink] {
        let reading = subjectReading(sentence, phrase: phrase, via: via)
        if reading.following == .finite || allowNonFinite { return reading.relative + reading.links }
        return reading.relative
    }

    func subjectReading(_ sentence: ClauseSentence, phrase: Range<Int>, via: Int?) -> SubjectReading {
        var reading = SubjectReading()
        var position = skipCoordinatedNouns(sentence, from: phrase.upperBound)
        // Appositions, parentheses and relative clauses between the subject and its verb.
        for _ in 0..<3 {
            if sentence.tag(position) == .leftBracket {
                var close = position + 1
                while close < sentence.count, sentence.tag(close) != .rightBracket { close += 1 }
                position = close + 1
                continue
            }
            if sentence.word(position) == ",", isRelativePronoun(sentence, position + 1) {
                reading.relative += relativeLinks(sentence, pronoun: position + 1, via: via)
                guard let close = closingComma(sentence, from: position + 2, maximum: 40) else {
                    return reading
                }
                position = close + 1
                continue
            }
            if sentence.word(position) == ",", let close = closingComma(sentence, from: position + 1, maximum: 15),
               !(position + 1..<close).contains(where: { sentence.isVerb($0) || sentence.tag($0) == .MD }) {
                position = close + 1
                continue
            }
            if isRelativePronoun(sentence, position) {
                reading.relative += relativeLinks(sentence, pronoun: position, via: via)
                return reading
            }
            break
        }
        // "Russia's priority in Syria is…", "A Russian entry into Iraq might…": a subject may carry
        // prepositional phrases, but a phrase that is itself the object of a preposition does not
        // ("talks with Putin in Vienna failed" is not about Putin failing).
        let before = sentence.tag(phrase.lowerBound - 1)
        if before != .IN, before != .TO {
            var probe = position
            for _ in 0..<2 {
                guard sentence.tag(probe) == .IN, !["that", "because", "if", "as", "than", "while"].contains(sentence.word(probe)),
                      let object = sentence.nounPhrase(from: probe + 1), object.count <= 6 else { break }
                probe = object.upperBound
                if sentence.verbGroup(at: probe, requireFinite: true) != nil {
                    position = probe
                    break
                }
            }
        }
        var next = position
        while next < sentence.count, sentence.tag(next)?.isAdverb ?? false, !sentence.isNegation(next) { next += 1 }
        if sentence.word(next) == "to", let group = sentence.verbGroup(at: next + 1, requireFinite: false),
           sentence.tag(group.range.lowerBound) == .VB || sentence.tag(group.range.lowerBound) == .RB {
            reading.following = .infinitive
            reading.links = verbLinks(sentence, group: group, via: via, shape: .infinitiveSubject,
                                      phraseStart: phrase.lowerBound, base: .intended, baseCue: next)
        } else if sentence.tag(next) == .VBN, sentence.word(next + 1) == "by" || (sentence.tag(next + 1) == .RB && sentence.word(next + 2) == "by") {
            reading.following = .reducedPassive
            let group = VerbGroup(range: next..<(next + 1), main: next, modal: nil, negation: nil, isPassive: true, licensesBareVerb: false)
            reading.links = verbLinks(sentence, group: group, via: via, shape: .reducedPassive, phraseStart: phrase.lowerBound)
        } else if let group = sentence.verbGroup(at: position, requireFinite: true) {
            reading.following = .finite
            reading.links = verbLinks(sentence, group: group, via: via, shape: .activeSubject, phraseStart: phrase.lowerBound)
        } else if let to = infinitiveAfter(sentence, from: next), to > next,
                  let group = sentence.verbGroup(at: to + 1, requireFinite: false) {
            // "told Putin at a G20 meeting to stop…": the infinitive after a prepositional phrase.
            reading.following = .infinitive
            reading.links = verbLinks(sentence, group: group, via: via, shape: .infinitiveSubject,
                                      phraseStart: phrase.lowerBound, base: .intended, baseCue: to)
        } else if sentence.tag(next) == .VBG || sentence.tag(next) == .VB {
            reading.following = sentence.tag(next) == .VBG ? .participle : .bare
            if let group = sentence.verbGroup(at: next, requireFinite: false) {
                reading.links = verbLinks(sentence, group: group, via: via,
                                          shape: reading.following == .participle ? .participle : .activeSubject,
                                          phraseStart: phrase.lowerBound)
            }
        }
        return reading
    }

    /// Skips ", NP" and "and NP" after a subject ("France, Russia and the U.S. moved").
    func skipCoordinatedNouns(_ sentence: ClauseSentence, from start: Int) -> Int {
        var position = start
        for _ in 0..<6 {
            let word = sentence.word(position)
            guard word == "and" || word == "or" || word == "," else { break }
            guard let next = sentence.nounPhrase(from: position + 1) else { break }
            if word == "," {
                // A list item only if the list goes on ("France, Russia and …"); else an apposition.
                let after = sentence.word(next.upperBound)
                guard after == "," || after == "and" || after == "or" else { break }
            }
            position = next.upperBound
        }
        return position
    }

    func isRelativePronoun(_ sentence: ClauseSentence, _ index: Int) -> Bool {
        switch sentence.word(index) {
        case "which", "who", "whom": return true
        case "that": return sentence.tag(index) == .WDT
        default: return false
        }
    }

    /// The comma closing an inserted phrase, within `maximum` tokens; nil at the sentence end.
    func closingComma(_ sentence: ClauseSentence, from start: Int, maximum: Int) -> Int? {
        var index = start
        while index < sentence.count, index < start + maximum {
            if sentence.word(index) == "," { return index }
            if [";", ":", "."].contains(sentence.word(index)) { return nil }
            index += 1
        }
        return nil
    }

    /// ", which has backed Assad," (the actor is the subject) or ", which the U.S. opposes," (object).
    func relativeLinks(_ sentence: ClauseSentence, pronoun: Int, via: Int?) -> [ClauseLink] {
        if let group = sentence.verbGroup(at: pronoun + 1, requireFinite: true) {
            return verbLinks(sentence, group: group, via: via, shape: .relativeClause, phraseStart: pronoun + 1)
        }
        if let subject = sentence.nounPhrase(from: pronoun + 1),
           let group = sentence.verbGroup(at: subject.upperBound, requireFinite: true), !group.isPassive {
            let (modality, cue) = group.modality(in: sentence)
            let predicate = verbPredicate(sentence, main: group.main)
            return [ClauseLink(role: .patient, shape: .relativeClause, predicate: predicate.predicate, modality: modality,
                               modalityCue: cue, counterpart: subject, via: via)]
        }
        return []
    }

    /// "if", "unless", "whether" right before the subject.
    func conditionalCue(_ sentence: ClauseSentence, before start: Int) -> Int? {
        guard start > 0, ClauseSentence.conditionals.contains(sentence.word(start - 1)) else { return nil }
        return start - 1
    }

    func smallClauseModality(governing: Governing, following: Following) -> Modality {
        if governing.isDemand { return .demanded }
        if governing.isWish { return .intended }
        if following == .participle { return .asserted }
        return .hedged
    }
}

/// Finding the phrases around a predicate: objects, "by" phrases, action nouns after light
/// verbs, the complement of a goal noun, and labels in predicate position.
extension ClauseAnalyzer {
    /// A noun phrase with one "of" phrase attached ("all enemies of the Assad regime").
    func nounPhraseWithOf(_ sentence: ClauseSentence, from start: Int) -> Range<Int>? {
        guard let phrase = sentence.nounPhrase(from: start), !sentence.isTemporal(phrase.upperBound - 1) else { return nil }
        if sentence.word(phrase.upperBound) == "of", let more = sentence.nounPhrase(from: phrase.upperBound + 1) {
            return phrase.lowerBound..<more.upperBound
        }
        return phrase
    }

    /// The object of a verb: the noun phrase after it, or after a target preposition
    /// ("joined French jets", "struck at the rebels").
    func objectAfter(_ sentence: ClauseSentence, from start: Int) -> Range<Int>? {
        var index = start
        while index < sentence.count, (sentence.tag(index)?.isAdverb ?? false) || sentence.tag(index) == .RP {
            index += 1
        }
        if Self.targetPrepositions.contains(sentence.word(index)) || sentence.word(index) == "to" {
            return nounPhraseWithOf(sentence, from: index + 1)
        }
        return nounPhraseWithOf(sentence, from: index)
    }

    /// The "to" of a to-infinitive after `start`, over up to three prepositional phrases
    /// ("told Putin at a G20 meeting in Turkey to stop…").
    func infinitiveAfter(_ sentence: ClauseSentence, from start: Int) -> Int? {
        var index = start
        for _ in 0..<4 {
            if sentence.word(index) == "to" {
                var verb = index + 1
                while sentence.tag(verb)?.isAdverb ?? false { verb += 1 }
                return sentence.tag(verb) == .VB ? index : nil
            }
            guard sentence.tag(index) == .IN, sentence.word(index) != "that", let phrase = sentence.nounPhrase(from: index + 1) else {
                return nil
            }
            index = phrase.upperBound
        }
        return nil
    }

    /// The phrase after an action noun that names its other party ("airstrikes on ISIS",
    /// "assistance to the regime", "the annexation of Crimea").
    func prepositionalObject(_ sentence: ClauseSentence, after head: Int) -> Range<Int>? {
        let word = sentence.word(head + 1)
        guard Self.targetPrepositions.contains(word) || ["to", "for", "of"].contains(word) else { return nil }
        return nounPhraseWithOf(sentence, from: head + 2)
    }

    /// The "by" phrase of a passive verb ("was destroyed by a bomb").
    func byPhrase(_ sentence: ClauseSentence, after start: Int) -> Range<Int>? {
        var index = start
        while index < sentence.count, sentence.tag(index)?.isAdverb ?? false { index += 1 }
        guard sentence.word(index) == "by" else { return nil }
        return nounPhraseWithOf(sentence, from: index + 1)
    }

    /// The first action noun in the object of a light verb ("launched its own airstrikes",
    /// "conducted between 12 and 20 strikes", "provided military assistance").
    func actionNounAfter(_ sentence: ClauseSentence, from start: Int) -> (token: Int, entry: ActionEntry)? {
        var index = start
        while index < sentence.count, index < start + 12 {
            guard let tag = sentence.tag(index) else { return nil }
            let word = sentence.word(index)
            if tag.isNoun || (tag == .VBG && sentence.isNominal(index)) {
                if let entry = lexicon.noun(word) { return (index, entry) }
            } else if tag == .CC {
                guard sentence.tag(index - 1) == .CD || sentence.isNoun(index - 1), sentence.isNominal(index + 1) else { return nil }
            } else if !(sentence.isNominal(index) || word == "of" || word == "between" || tag.isAdverb) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The aim named after a goal noun: "Russia's priority in Syria is propping up Assad",
    /// "Russia's efforts to paint itself…", "an interest in stamping out ISIS", "efforts appeared
    /// aimed at propping up the regime". The owner is the agent, with intended modality (asserted
    /// for a goal noun marked realised: "Russia's move to annex Crimea").
    func goalLinks(_ sentence: ClauseSentence, head: Int) -> [ClauseLink] {
        let goal = words.goalModality(sentence.word(head))
        var index = head + 1
        let bridges: Set<String> = ["aimed", "meant", "designed", "intended", "appeared", "seemed", "involved", "included"]
        while index < sentence.count, index <= head + 10 {
            let word = sentence.word(index)
            var complement: VerbGroup? = nil
            if word == "to" {
                complement = sentence.verbGroup(at: index + 1, requireFinite: false)
            } else if word == "in" || word == "at", sentence.tag(index + 1) == .VBG {
                complement = sentence.verbGroup(at: index + 1, requireFinite: false)
            } else if sentence.isBe(index) || bridges.contains(word) {
                var next = index + 1
                while next < sentence.count, (sentence.tag(next)?.isAdverb ?? false) || bridges.contains(sentence.word(next))
                    || (sentence.word(next) == "at" && sentence.tag(next + 1) == .VBG) || sentence.word(next) == "to" {
                    if sentence.word(next) == "to", sentence.tag(next + 1) != .VB { break }
                    next += 1
                }
                if sentence.tag(next) == .VBG || sentence.tag(next) == .VB {
                    complement = sentence.verbGroup(at: next, requireFinite: false)
                } else {
                    return []
                }
            } else if sentence.isFinite(index) || sentence.isPunctuation(index) {
                return []
            }
            if let complement {
                let cue = goal == .asserted ? nil : head
                var links = mainVerbLinks(sentence, main: complement.main, passive: complement.isPassive,
                                          modality: goal, cue: cue, shape: .goalNoun, via: head)
                links += coordinatedLinks(sentence, after: complement.main, licensesBare: false,
                                          inherited: (goal, cue), via: head)
                return links
            }
            index += 1
        }
        return []
    }

    /// Labels in predicate position: "Russia has been a constructive partner", "Putin is looking
    /// more like the indispensable man".
    func predicateLabels(_ sentence: ClauseSentence, phrase: Range<Int>) -> [LabelHit] {
        guard let group = sentence.verbGroup(at: phrase.upperBound, requireFinite: true) else { return [] }
        let lemma = data.lemmatizer.lemma(of: sentence.words[group.main])
        guard Self.copulas.contains(lemma) || lemma == "look" || lemma == "seem" else { return [] }
        var next = group.main + 1
        while next < sentence.count, (sentence.tag(next)?.isAdverb ?? false) || sentence.word(next) == "like"
            || sentence.tag(next) == .openingQuote || (sentence.tag(next) == .DT && sentence.tag(next + 1) == .openingQuote) {
            // "looking less like a global pariah": a label the text denies.
            if ["less", "not", "n't", "never", "hardly"].contains(sentence.word(next)) { return [] }
            next += 1
        }
        guard var predicate = sentence.nounPhrase(from: next) else { return [] }
        if sentence.tag(predicate.upperBound) == .openingQuote, let quoted = sentence.nounPhrase(from: predicate.upperBound + 1) {
            predicate = predicate.lowerBound..<quoted.upperBound
        }
        let head = predicate.upperBound - 1
        guard let label = data.labels.label(sentence.word(head)), group.negation == nil else { return [] }
        return [LabelHit(token: head, label: label)]
    }
}

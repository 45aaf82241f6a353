import SlantText

/// The part-of-speech patterns that find labels around one mention (token indices are the
/// document's). Each returns the label's tokens, or nil when the pattern does not apply.
struct LabelPatterns {
    let sentence: TaggedSentence
    let mentionTokens: Range<Int>
    /// Tokens of any mention of the same actor: a label never swallows another mention.
    let sameActor: Set<Int>

    // MARK: Possessive heads

    /// "Assad’s embattled regime" → "embattled regime"; "Russia’s role" → "role".
    func possessiveHead() -> Range<Int>? {
        let start = mentionTokens.upperBound + 1  // after the 's
        guard let head = nounPhrase(from: start, allowDeterminer: false, requireCommonHead: false) else { return nil }
        return start..<(head + 1)
    }

    // MARK: Appositions

    /// "Bashar al-Assad, the Syrian president" / "Assad, his only ally in the Middle East".
    func appositionAfter() -> Range<Int>? {
        let comma = mentionTokens.upperBound
        guard word(comma) == ",", let next = sentence.tag(comma + 1), next != .CC else { return nil }
        // An apposition is a noun phrase: not "Russia, not obstruction" or "Russia, including …"
        // (but "Vladimir Putin, then Russia's prime minister").
        if next == .VBG || next == .VBN || (next == .RB && Self.negatingAdverbs.contains(word(comma + 1).lowercased())) {
            return nil
        }
        guard let head = nounPhrase(from: comma + 1, allowDeterminer: true, requireCommonHead: true) else { return nil }
        let after = head + 1
        guard after >= sentence.tokens.upperBound || Self.phraseEnders.contains(word(after)) || sentence.tag(after) == .IN
                || sentence.analysis.tokens[after].kind == .closingQuote
        else { return nil }
        if continuesAList(after: head) { return nil }
        return (comma + 1)..<(head + 1)
    }

    /// "The Russian leader, Vladimir Putin, said …" → "The Russian leader".
    func appositionBefore() -> Range<Int>? {
        let comma = mentionTokens.lowerBound - 1
        guard word(comma) == ",", let headTag = sentence.tag(comma - 1), headTag == .NN || headTag == .NNS else { return nil }
        let closing = mentionTokens.upperBound
        guard closing >= sentence.tokens.upperBound || word(closing) == "," || word(closing) == "." || word(closing) == ")" else {
            return nil
        }
        if word(closing) == ",", let next = sentence.tag(closing + 1), next == .CC || next.isProperNoun { return nil }  // a list
        var start = comma - 1
        while start - 1 >= sentence.tokens.lowerBound, isWord(start - 1) || sentence.tag(start - 1) == .POS,
              let tag = sentence.tag(start - 1), Self.phraseTags.contains(tag) || Self.determiners.contains(tag) || tag == .POS {
            start -= 1
        }
        if start > sentence.tokens.lowerBound, word(start - 1) == "," { return nil }  // inside a list
        // "Throughout this period, Russia …": the phrase before the comma opens the sentence
        // after a preposition; it is not another name for the actor.
        if sentence.tag(start - 1) == .IN, sentence.isSentenceInitial(start - 1) { return nil }
        while start < comma, sentence.tag(start) == .CC { start += 1 }
        return start < comma ? start..<comma : nil
    }

    // MARK: Predicates

    /// "Assad is the main responsible person", "Obama is, frankly, delusional", "Mr. Putin now
    /// is looking less like a global pariah and more like the indispensable man" (two labels).
    func predicates() -> [Range<Int>] {
        guard !isPrepositionalObject() else { return [] }
        var index = mentionTokens.upperBound
        while isSkippableBeforeCopula(index) { index += 1 }
        guard Self.copulas.contains(word(index).lowercased()) else { return [] }
        var labels: [Range<Int>] = []
        while labels.count < 2 {
            while Self.copulas.contains(word(index).lowercased()) || Self.comparatives.contains(word(index).lowercased())
                    || sentence.tag(index) == .RB || isParentheticalComma(index) {
                index += 1
            }
            // A verb here makes a passive or a progressive ("is getting involved"), not a predicate.
            guard let tag = sentence.tag(index), !tag.isVerb else { break }
            guard let end = predicatePhrase(from: index) else { break }
            labels.append(index..<(end + 1))
            index = end + 1
            guard sentence.tag(index) == .CC else { break }
            index += 1
        }
        return labels
    }

    /// A noun phrase, or else an adjective phrase, starting at `start`: its last token.
    private func predicatePhrase(from start: Int) -> Int? {
        if let head = nounPhrase(from: start, allowDeterminer: true, requireCommonHead: false) { return head }
        var index = start
        var lastAdjective: Int?
        while let tag = sentence.tag(index), tag.isAdjective || tag == .RB || tag == .RBR || tag == .RBS {
            if tag.isAdjective { lastAdjective = index }
            index += 1
        }
        return lastAdjective
    }

    // MARK: Noun phrases

    /// The head (last noun) of a noun phrase starting at `start`: an optional determiner or
    /// possessive pronoun, then modifiers and nouns. nil when there is no noun.
    private func nounPhrase(from start: Int, allowDeterminer: Bool, requireCommonHead: Bool) -> Int? {
        var index = start
        if allowDeterminer, let tag = sentence.tag(index), Self.determiners.contains(tag) { index += 1 }
        var head: Int?
        var commonNoun = false
        while isWord(index) || sentence.tag(index) == .POS, !sameActor.contains(index), !sentence.isGlued(index),
              let tag = sentence.tag(index), Self.phraseTags.contains(tag) || tag == .POS {
            if tag.isNoun {
                head = index
                if tag == .NN || tag == .NNS { commonNoun = true }
            }
            index += 1
        }
        guard let head, !requireCommonHead || commonNoun, sentence.tag(head).map({ !requireCommonHead || !$0.isProperNoun }) ?? false else {
            return nil
        }
        return head
    }

    /// A comma that opens or closes an adverb aside: "is, frankly, delusional" (but not "would
    /// not be, officials said", where the comma ends the clause).
    private func isParentheticalComma(_ index: Int) -> Bool {
        guard word(index) == "," else { return false }
        if sentence.tag(index - 1) == .RB, index - 2 >= sentence.tokens.lowerBound, word(index - 2) == "," { return true }
        var next = index + 1
        while sentence.tag(next) == .RB { next += 1 }
        return next > index + 1 && word(next) == ","
    }

    private func isSkippableBeforeCopula(_ index: Int) -> Bool {
        guard let tag = sentence.tag(index) else { return false }
        if tag == .RB || tag == .MD || word(index) == "," { return true }
        return Self.auxiliaries.contains(word(index).lowercased())
    }

    func isWord(_ index: Int) -> Bool {
        sentence.tokens.contains(index) && sentence.analysis.tokens[index].isWord
    }

    func word(_ index: Int) -> String { sentence.word(index) }

    static let phraseTags: Set<PennTag> = [.JJ, .JJR, .JJS, .NN, .NNS, .NNP, .NNPS, .VBN, .VBG, .CD, .RB, .RBS]
    static let determiners: Set<PennTag> = [.DT, .PDT, .PRPpossessive]
    static let negatingAdverbs: Set<String> = ["not", "never", "n't", "especially", "particularly", "notably", "even", "only", "just"]
    static let phraseEnders: Set<String> = [",", ".", ")", ";", ":", "--", "!", "?"]
    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "may", "might", "could", "should", "must"]
    static let copulas: Set<String> = [
        "is", "was", "are", "were", "be", "been", "being", "remains", "remained", "remain", "becomes", "became",
        "become", "seems", "seemed", "seem", "appears", "appeared", "appear", "looks", "looked", "look", "looking",
        "stays", "stayed",
    ]
    static let comparatives: Set<String> = ["less", "more", "like", "as", "increasingly", "not"]
}

/// Where a mention stands in its clause, for the apposition and predicate patterns.
extension LabelPatterns {
    /// "Russia, sexism, the FBI, or Wikileaks", "(Russia, the travel ban, and …)": the phrase
    /// after the comma is followed by another comma and then a further item (a noun phrase or
    /// "and"/"or"), so it is an item of a list, not another name for the actor.
    func continuesAList(after head: Int) -> Bool {
        guard word(head + 1) == ",", let next = sentence.tag(head + 2) else { return false }
        return next == .CC || next.isNoun || next.isAdjective || next == .DT || next == .PRPpossessive || next == .CD
    }

    /// "Our relationship with Russia has never been worse", "contacts with the Kremlin are the
    /// subject of …": the mention is the object of a preposition, so what follows the verb is
    /// said of the phrase around it, not of the actor.
    func isPrepositionalObject() -> Bool {
        var before = mentionTokens.lowerBound - 1
        while let tag = sentence.tag(before), Self.determiners.contains(tag) || tag.isAdjective { before -= 1 }
        return Self.prepositions.contains(word(before).lowercased())
    }

    /// Prepositions that cannot introduce a clause (unlike "that", "because", "if", which the
    /// tagger also calls IN).
    static let prepositions: Set<String> = [
        "with", "of", "in", "on", "at", "for", "from", "by", "about", "into", "between", "against", "over", "under",
        "toward", "towards", "among", "through", "without", "like", "despite", "to", "within", "upon", "across",
        "behind", "near", "onto", "alongside", "beside",
    ]
}

import SlantText

/// Finds the words of a sentence that carry sentiment, and their valences.
///
/// VADER (news mode) scores the whole sentence, so its negation, booster, caps and "but" rules
/// see the full context; each VADER word is attributed to the sentence token it overlaps. A word
/// VADER does not know then gets the first of: its entry in Slant's news lexicon, the VADER
/// valence of its base form ("helped" → help), the news-lexicon entry of its base form,
/// pattern_en's polarity (|polarity| ≥ 0.1). Those fallbacks are
/// negated (× -0.74, VADER's factor) when a negation stands within three tokens before them.
struct ToneWordFinder: Sendable {
    let vader: VaderAnalyzer
    let lexicon: ToneLexicon
    let options: ToneOptions
    /// VADER's negation words, plus "no" and the split-off clitic "n't".
    let negations: Set<String>

    init(vader: VaderAnalyzer, lexicon: ToneLexicon, options: ToneOptions) {
        self.vader = vader
        self.lexicon = lexicon
        self.options = options
        negations = Set(vader.lexicon.rules.negations).union(["no", "n't"])
    }

    /// The sentiment-bearing words of `sentence`, in token order.
    func words(in sentence: ToneSentence) -> [ToneWord] {
        let count = sentence.tokens.count
        guard count > 0 else { return [] }
        var valences = [Double](repeating: 0, count: count)
        var beforeBut = [Double](repeating: 0, count: count)
        var sources: [ToneWordSource?] = Array(repeating: nil, count: count)

        // VADER on the sentence text; its tokens carry byte ranges relative to the text.
        let trace = vader.explain(sentence.text)
        var cursor = 0
        for vaderToken in trace.tokens where vaderToken.valence != 0 {
            let start = vaderToken.utf8Range.lowerBound + sentence.startOffset
            let end = vaderToken.utf8Range.upperBound + sentence.startOffset
            // Tokens come in text order, so the search resumes where the last one matched.
            while cursor < count && sentence.tokens[cursor].range.upperBound <= start { cursor += 1 }
            guard cursor < count, sentence.tokens[cursor].range.lowerBound < end else { continue }
            valences[cursor] += vaderToken.valence
            beforeBut[cursor] += Self.valenceBeforeBut(vaderToken)
            sources[cursor] = .vader(lexiconValence: vaderToken.lexiconValence ?? 0, steps: vaderToken.steps)
        }

        var words: [ToneWord] = []
        for index in 0..<count {
            let token = sentence.tokens[index]
            if valences[index] != 0, let source = sources[index] {
                words.append(ToneWord(
                    token: sentence.firstToken + index, text: token.text, range: token.range,
                    valence: valences[index], valenceBeforeBut: beforeBut[index], source: source,
                    isNegated: Self.isNegated(source)))
                continue
            }
            guard token.kind == .word else { continue }
            if let word = fallbackWord(sentence, index) { words.append(word) }
        }
        return words
    }

    /// A word VADER left at zero: the news lexicon, its base form in VADER or the news lexicon,
    /// or pattern_en.
    private func fallbackWord(_ sentence: ToneSentence, _ index: Int) -> ToneWord? {
        let word = sentence.lowercased[index]
        // A word VADER knows and scored 0 in context ("no" before a sentiment word) stays 0.
        if vaderValence(word) != nil { return nil }
        var found: (Double, ToneWordSource)?
        let entry = lexicon.entries[word]
        // An exact entry of the news lexicon beats a guessed base form ("fined" is not "fine").
        if options.usesNewsLexicon, let valence = entry?.news {
            found = (valence, .newsLexicon(entry: word, lexiconValence: valence))
        }
        let tag = sentence.tag(index)
        if found == nil, options.usesBaseForms || options.usesNewsLexicon, BaseForms.applies(to: tag) {
            let bases = BaseForms.candidates(of: word, tag: tag)
            if options.usesBaseForms {
                for base in bases {
                    if let valence = vaderValence(base) {
                        found = (valence, .baseForm(base, lexiconValence: valence))
                        break
                    }
                }
            }
            if found == nil, options.usesNewsLexicon {
                for base in bases {
                    if let valence = lexicon.news[base] {
                        found = (valence, .newsLexicon(entry: base, lexiconValence: valence))
                        break
                    }
                }
            }
        }
        if found == nil, options.usesPattern, let polarity = entry?.pattern, abs(polarity) >= 0.1 {
            found = (polarity * options.patternScale, .pattern(polarity: polarity))
        }
        guard let (foundValence, source) = found else { return nil }
        let negated = isNegated(sentence, before: index)
        let valence = negated ? foundValence * vader.lexicon.rules.negationScalar : foundValence
        let token = sentence.tokens[index]
        return ToneWord(
            token: sentence.firstToken + index, text: token.text, range: token.range, valence: valence,
            source: source, isNegated: negated)
    }

    /// A negation among the three tokens before `index`.
    private func isNegated(_ sentence: ToneSentence, before index: Int) -> Bool {
        for previous in max(0, index - 3)..<index where negations.contains(sentence.lowercased[previous]) {
            return true
        }
        return false
    }

    /// A VADER token's valence before the "but" rule: the value after the step before it.
    private static func valenceBeforeBut(_ token: SentimentTokenTrace) -> Double {
        guard let last = token.steps.last else { return token.valence }
        switch last.rule {
        case .beforeBut, .afterBut:
            return token.steps.count >= 2 ? token.steps[token.steps.count - 2].valenceAfter : token.valence
        default:
            return token.valence
        }
    }

    private static func isNegated(_ source: ToneWordSource) -> Bool {
        guard case .vader(_, let steps) = source else { return false }
        return steps.contains { step in
            switch step.rule {
            case .negation, .negatedByNo, .least: return true
            default: return false
            }
        }
    }

    /// The VADER lexicon valence of a lowercased word, nil when it is not a lexicon word.
    private func vaderValence(_ word: String) -> Double? {
        var word = word
        return word.withUTF8 { bytes in
            guard let entry = vader.lexicon.words.lookup(bytes, foldASCII: false), entry.isLexicon else { return nil }
            return entry.valence
        }
    }
}

/// A rule firing on a token, as the scorer reports it to a recorder. Payloads are token indices
/// or phrase indices so that building one costs nothing when nobody records.
enum VaderRuleEvent {
    case lexicon
    case noBeforeLexiconWord
    case negatedByNo(at: Int)
    case allCaps
    case booster(at: Int)
    case negation(at: Int)
    case neverSoThis
    case withoutDoubt
    case idiom(phrase: Int)
    case boosterPhrase(phrase: Int)
    case least(at: Int)
    case beforeBut(at: Int)
    case afterBut(at: Int)
}

/// Receives each rule as it fires, with the token's valence after it.
protocol VaderRecorder {
    mutating func record(token: Int, _ event: VaderRuleEvent, valence: Double)
}

/// The plain path: records nothing and is optimised away after specialisation.
struct VaderNoRecorder: VaderRecorder {
    @inline(__always)
    mutating func record(token: Int, _ event: VaderRuleEvent, valence: Double) {}
}

/// The arithmetic of `SentimentIntensityAnalyzer.polarity_scores`, step for step, in the same
/// floating-point order as vaderSentiment 3.3.2 (the reference outputs depend on it).
struct VaderScorer {
    let lexicon: VaderLexicon

    /// Per-token valences after every rule including "but" (vaderSentiment's `sentiments`).
    func sentiments<R: VaderRecorder>(_ tokens: [VaderToken], recorder: inout R) -> [Double] {
        let rules = lexicon.rules
        let count = tokens.count
        var sentiments = [Double](repeating: 0, count: count)
        // allcap_differential: some, but not all, tokens are ALL CAPS.
        var capsCount = 0
        for token in tokens where token.isUpper { capsCount += 1 }
        let isCapDifferential = capsCount > 0 && capsCount < count

        for i in 0..<count {
            let item = tokens[i].entry
            if item.isBooster { continue }
            if i < count - 1 && item.rule == .kind && tokens[i + 1].entry.rule == .of { continue }
            if !item.isLexicon { continue }

            var valence = item.valence
            recorder.record(token: i, .lexicon, valence: valence)
            // "no" before another lexicon word is a negator, not a sentiment word.
            if item.rule == .no && i != count - 1 && tokens[i + 1].entry.isLexicon {
                valence = 0.0
                recorder.record(token: i, .noBeforeLexiconWord, valence: valence)
            }
            if i > 0 && tokens[i - 1].entry.rule == .no {
                valence = item.valence * rules.negationScalar
                recorder.record(token: i, .negatedByNo(at: i - 1), valence: valence)
            } else if i > 1 && tokens[i - 2].entry.rule == .no {
                valence = item.valence * rules.negationScalar
                recorder.record(token: i, .negatedByNo(at: i - 2), valence: valence)
            } else if i > 2 && tokens[i - 3].entry.rule == .no
                && (tokens[i - 1].entry.rule == .or || tokens[i - 1].entry.rule == .nor) {
                valence = item.valence * rules.negationScalar
                recorder.record(token: i, .negatedByNo(at: i - 3), valence: valence)
            }
            if tokens[i].isUpper && isCapDifferential {
                if valence > 0 { valence += rules.capsIncrement } else { valence -= rules.capsIncrement }
                recorder.record(token: i, .allCaps, valence: valence)
            }

            for startI in 0..<3 where i > startI {
                let j = i - (startI + 1)
                if tokens[j].entry.isLexicon { continue }
                var s = scalarIncDec(tokens[j], valence: valence, isCapDifferential: isCapDifferential)
                if startI == 1 && s != 0 { s = s * rules.boosterDistanceDamp[1] }
                if startI == 2 && s != 0 { s = s * rules.boosterDistanceDamp[2] }
                valence = valence + s
                if s != 0 { recorder.record(token: i, .booster(at: j), valence: valence) }
                valence = negationCheck(valence, tokens, startI: startI, i: i, recorder: &recorder)
                if startI == 2 {
                    valence = specialIdiomsCheck(valence, tokens, i: i, recorder: &recorder)
                }
            }
            valence = leastCheck(valence, tokens, i: i, recorder: &recorder)
            sentiments[i] = valence
        }
        butCheck(tokens, &sentiments, recorder: &recorder)
        return sentiments
    }

    /// `scalar_inc_dec`: the booster/dampener push of a preceding word.
    @inline(__always)
    private func scalarIncDec(_ token: VaderToken, valence: Double, isCapDifferential: Bool) -> Double {
        guard token.entry.isBooster else { return 0.0 }
        var scalar = token.entry.booster
        if valence < 0 { scalar *= -1 }
        if token.isUpper && isCapDifferential {
            if valence > 0 { scalar += lexicon.rules.capsIncrement } else { scalar -= lexicon.rules.capsIncrement }
        }
        return scalar
    }

    /// `_negation_check`, including its operator-precedence quirk at distance three: a "so" or
    /// "this" right before the word multiplies by 1.25 whether or not "never" precedes it.
    @inline(__always)
    private func negationCheck<R: VaderRecorder>(
        _ valence: Double, _ tokens: [VaderToken], startI: Int, i: Int, recorder: inout R
    ) -> Double {
        let rules = lexicon.rules
        func rule(_ offset: Int) -> VaderRuleWord { tokens[i - offset].entry.rule }
        func isSoOrThis(_ offset: Int) -> Bool { rule(offset) == .so || rule(offset) == .this }
        var valence = valence
        switch startI {
        case 0:
            if tokens[i - 1].negates {
                valence = valence * rules.negationScalar
                recorder.record(token: i, .negation(at: i - 1), valence: valence)
            }
        case 1:
            if rule(2) == .never && isSoOrThis(1) {
                valence = valence * rules.neverSoThisFactor
                recorder.record(token: i, .neverSoThis, valence: valence)
            } else if rule(2) == .without && rule(1) == .doubt {
                recorder.record(token: i, .withoutDoubt, valence: valence)
            } else if tokens[i - 2].negates {
                valence = valence * rules.negationScalar
                recorder.record(token: i, .negation(at: i - 2), valence: valence)
            }
        default:
            if (rule(3) == .never && isSoOrThis(2)) || isSoOrThis(1) {
                valence = valence * rules.neverSoThisFactor
                recorder.record(token: i, .neverSoThis, valence: valence)
            } else if rule(3) == .without && (rule(2) == .doubt || rule(1) == .doubt) {
                recorder.record(token: i, .withoutDoubt, valence: valence)
            } else if tokens[i - 3].negates {
                valence = valence * rules.negationScalar
                recorder.record(token: i, .negation(at: i - 3), valence: valence)
            }
        }
        return valence
    }

    /// `_special_idioms_check` (only reached with i >= 3).
    @inline(__always)
    private func specialIdiomsCheck<R: VaderRecorder>(
        _ valence: Double, _ tokens: [VaderToken], i: Int, recorder: inout R
    ) -> Double {
        let count = tokens.count
        // Nothing to match unless some nearby word belongs to a multi-word key.
        var anyPhraseWord = false
        for k in (i - 3)...min(i + 2, count - 1) where tokens[k].entry.phraseWord != 0 {
            anyPhraseWord = true
            break
        }
        guard anyPhraseWord else { return valence }

        var valence = valence
        let special = lexicon.specialCases
        // onezero, twoonezero, twoone, threetwoone, threetwo: the first that is a key wins.
        // (Written out rather than looped over an array literal, to keep the path allocation-free.)
        var idiom = match(special, tokens, i - 1, i)
        if idiom == nil { idiom = match(special, tokens, i - 2, i) }
        if idiom == nil { idiom = match(special, tokens, i - 2, i - 1) }
        if idiom == nil { idiom = match(special, tokens, i - 3, i - 1) }
        if idiom == nil { idiom = match(special, tokens, i - 3, i - 2) }
        if let index = idiom {
            valence = special[index].value
            recorder.record(token: i, .idiom(phrase: index), valence: valence)
        }
        if count - 1 > i, let index = match(special, tokens, i, i + 1) {
            valence = special[index].value
            recorder.record(token: i, .idiom(phrase: index), valence: valence)
        }
        if count - 1 > i + 1, let index = match(special, tokens, i, i + 2) {
            valence = special[index].value
            recorder.record(token: i, .idiom(phrase: index), valence: valence)
        }
        // Booster/dampener n-grams such as "kind of": threetwoone, threetwo, twoone, each adding.
        let boosters = lexicon.boosterPhrases
        if let index = match(boosters, tokens, i - 3, i - 1) {
            valence = valence + boosters[index].value
            recorder.record(token: i, .boosterPhrase(phrase: index), valence: valence)
        }
        if let index = match(boosters, tokens, i - 3, i - 2) {
            valence = valence + boosters[index].value
            recorder.record(token: i, .boosterPhrase(phrase: index), valence: valence)
        }
        if let index = match(boosters, tokens, i - 2, i - 1) {
            valence = valence + boosters[index].value
            recorder.record(token: i, .boosterPhrase(phrase: index), valence: valence)
        }
        return valence
    }

    /// The phrase whose words are exactly tokens `first...last`.
    @inline(__always)
    private func match(_ phrases: [VaderPhrase], _ tokens: [VaderToken], _ first: Int, _ last: Int) -> Int? {
        let length = last - first + 1
        for (index, phrase) in phrases.enumerated() where phrase.words.count == length {
            var equal = true
            for offset in 0..<length where tokens[first + offset].entry.phraseWord != phrase.words[offset] {
                equal = false
                break
            }
            if equal { return index }
        }
        return nil
    }

    /// `_least_check`: "least" before the word negates it, except in "at least" / "very least".
    @inline(__always)
    private func leastCheck<R: VaderRecorder>(
        _ valence: Double, _ tokens: [VaderToken], i: Int, recorder: inout R
    ) -> Double {
        guard i > 0, !tokens[i - 1].entry.isLexicon, tokens[i - 1].entry.rule == .least else { return valence }
        if i > 1 {
            let before = tokens[i - 2].entry.rule
            if before == .at || before == .very { return valence }
        }
        let negated = valence * lexicon.rules.negationScalar
        recorder.record(token: i, .least(at: i - 1), valence: negated)
        return negated
    }

    /// `_but_check`, reproducing its list quirk: each value is rescaled at the *first* position
    /// holding an equal value (`sentiments.index(sentiment)`), not necessarily its own.
    ///
    /// Python walks the list by index while rewriting it; every rewrite lands at or before the
    /// current index, so the value read at step k is always the original one. Zeros stay zero
    /// when scaled and never equal a non-zero value, so only the non-zero entries need
    /// simulating, which keeps long documents with a "but" far from quadratic in tokens.
    private func butCheck<R: VaderRecorder>(_ tokens: [VaderToken], _ sentiments: inout [Double], recorder: inout R) {
        guard let butIndex = tokens.firstIndex(where: { $0.entry.rule == .but }) else { return }
        let rules = lexicon.rules
        var positions: [Int] = []
        var values: [Double] = []
        for (index, sentiment) in sentiments.enumerated() where sentiment != 0 {
            positions.append(index)
            values.append(sentiment)
        }
        for k in values.indices {
            let sentiment = values[k]
            var first = 0
            while first < k && values[first] != sentiment { first += 1 }
            let position = positions[first]
            if position < butIndex {
                values[first] = sentiment * rules.butBeforeFactor
                recorder.record(token: position, .beforeBut(at: butIndex), valence: values[first])
            } else if position > butIndex {
                values[first] = sentiment * rules.butAfterFactor
                recorder.record(token: position, .afterBut(at: butIndex), valence: values[first])
            }
        }
        for (first, position) in positions.enumerated() { sentiments[position] = values[first] }
    }
}

/// Finding the noun phrase that names a speaker, to the left of a reporting verb ("French
/// Foreign Minister Laurent Fabius said") or to its right ("said a diplomat").
extension QuoteScanner {
    static let personalPronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you", "him", "her", "them"]
    static let relativeWords: Set<String> = ["who", "which", "whose", "whom", "that"]
    /// Auxiliaries and negation that may stand between a subject and its verb ("has said", "did not say").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "did", "does", "do",
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "not", "n't", "'s", "'ve", "'d", "'ll",
    ]
    static let reflexives: Set<String> = ["himself", "herself", "themselves", "itself", "myself", "ourselves"]

    /// The longest run of phrase words ending at `end`, no further left than `floor`, with
    /// "of" and "and" joining phrase words and a parenthesis after a name skipped:
    /// "Sen. Bob Corker (R.-Tenn.)", "The leaders of both France and the United Kingdom".
    func phrase(endingAt end: Int, floor: Int) -> Range<Int>? {
        guard end >= floor, end < tokens.count else { return nil }
        if classes[end] == .pronoun || (classes[end] == .unknown && isWord(end, in: QuoteScanner.personalPronouns)) {
            return end..<end + 1
        }
        var last = end
        if isPunctuation(last, ")") {
            // "Sen. Bob Corker (R.-Tenn.)": the parenthesis belongs to the name before it.
            var open = last - 1
            while open > floor, open > last - 8, !isPunctuation(open, "(") { open -= 1 }
            guard isPunctuation(open, "(") else { return nil }
            last = open - 1
        }
        var start = last + 1
        var index = last
        while index >= floor, last - index < 16 {
            if classes[index].isPhraseWord || (classes[index] == .unknown && tokens[index].kind == .word && isCapitalised(index)) {
                start = index
                index -= 1
            } else if index > floor, start == index + 1, joins(index) {
                start = index
                index -= 1
            } else {
                break
            }
        }
        // Never start on a joining word; "at least one official" keeps its "at".
        while start <= last, isWord(start, "of") || isWord(start, "and") || classes[start] == .possessive { start += 1 }
        guard start <= last else { return nil }
        if (isWord(start, "least") || isWord(start, "most")), start > floor, isWord(start - 1, "at") { start -= 1 }
        return start..<end + 1
    }

    static let phrasePrepositions: Set<String> = ["of", "with", "from", "in", "at", "for", "on", "near", "inside", "among", "within"]

    /// Whether token `index` joins the phrase words on either side of it into one phrase: "of"
    /// and other prepositions after a noun or adjective ("a diplomat familiar with the Middle
    /// East"), "and" between nouns or between modifiers ("France and the United Kingdom",
    /// "Current and former officials") but not between an adjective and a new noun phrase
    /// ("entirely different and the government").
    func joins(_ index: Int) -> Bool {
        let before = classes[index - 1]
        guard before.isPhraseWord, before != .determiner, before != .possessive else { return false }
        let after = index + 1 < tokens.count ? classes[index + 1] : .unknown
        if isWord(index, "and") || isWord(index, "&") {
            return !(after == .determiner || after == .possessivePronoun) || before.isNoun
        }
        return (classes[index] == .preposition && isWord(index, in: QuoteScanner.phrasePrepositions))
            && (before.isNoun || before == .adjective) && !categories[index + 1].contains(.time)
    }

    /// The phrase that starts right after a verb: "said [a senior European diplomat] who …",
    /// "said [Turkish Prime Minister Ahmet Davutoglu] on Monday". Stops at a time word, a
    /// preposition, a relative word, punctuation or a verb; after a noun, also at an adjective.
    func phrase(startingAt start: Int, ceiling: Int) -> Range<Int>? {
        guard start < ceiling else { return nil }
        if classes[start] == .pronoun || (classes[start] == .unknown && isWord(start, in: QuoteScanner.personalPronouns)) {
            return start..<start + 1
        }
        var end = start
        var sawNoun = false
        while end < ceiling, end - start < 14 {
            let wordClass = classes[end]
            if categories[end].contains(.time), !categories[end].contains(.title) { break }
            if wordClass.isPhraseWord {
                if sawNoun, wordClass == .adjective || wordClass == .determiner { break }
                if wordClass.isNoun { sawNoun = true }
                end += 1
            } else if isWord(end, "of"), sawNoun, end + 1 < ceiling, classes[end + 1] == .properNoun {
                end += 1
            } else if isWord(end, "and"), end > start, end + 1 < ceiling, classes[end + 1].isPhraseWord {
                // "U.S. and Mideast diplomats"
                sawNoun = false
                end += 1
            } else {
                break
            }
        }
        return end > start ? start..<end : nil
    }

    /// Skips, leftwards from `index`, what may stand between a subject and its verb:
    /// auxiliaries, adverbs, reflexives ("Putin himself has said"), time expressions
    /// ("on Monday", "late Monday"). Returns the first index that is none of these.
    func skipAdjunctsLeft(from index: Int, floor: Int) -> Int {
        var index = index
        var previousWasTime = false
        while index >= floor {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .clitic else { break }
            if isTimeWord(index) {
                previousWasTime = true
            } else if previousWasTime && (isWord(index, "on") || isWord(index, "in") || isWord(index, "late") || isWord(index, "early")) {
                previousWasTime = false
            } else if classes[index] == .adverb || isWord(index, in: QuoteScanner.auxiliaries) || isWord(index, in: QuoteScanner.reflexives)
                        || classes[index] == .modal {
                previousWasTime = false
            } else {
                break
            }
            index -= 1
        }
        return index
    }

    /// Skips, rightwards from `index`, time expressions and adverbs after a verb ("said Tuesday",
    /// "said late Monday", "said in recent days"). Returns the first index that is none of these.
    func skipAdjunctsRight(from index: Int, ceiling: Int) -> Int {
        var index = index
        while index < ceiling {
            if isTimeWord(index) {
                index += 1
            } else if classes[index] == .adverb {
                index += 1
            } else if (isWord(index, "on") || isWord(index, "in")), index + 1 < ceiling,
                      categories[index + 1].contains(.time) || (isWord(index + 1, "recent") && index + 2 < ceiling) {
                // "on Monday", "in recent days"
                index += isWord(index + 1, "recent") ? 3 : 2
            } else {
                break
            }
        }
        return index
    }

    static let timeModifiers: Set<String> = ["this", "last", "next", "late", "early"]

    /// A word of a time expression: "Tuesday", "week", "earlier"; "this", "last", "late" only
    /// before another time word ("this week", "late Monday"; not "said this means").
    func isTimeWord(_ index: Int) -> Bool {
        guard categories[index].contains(.time) else { return false }
        if isWord(index, in: QuoteScanner.timeModifiers) {
            return index + 1 < tokens.count && categories[index + 1].contains(.time)
                && !isWord(index + 1, in: QuoteScanner.timeModifiers)
        }
        return true
    }

    /// The subject of the reporting verb at `verb`, no further left than `floor`: the phrase just
    /// before it, past auxiliaries and time words; past an appositive or a relative clause set off
    /// by commas ("Aleksei Pushkov, the head of …, said"; "The diplomat, who spoke …, said"), with
    /// the appositive kept as the title; for a participle after a comma ("…, saying that"), the
    /// subject of the sentence's main verb.
    func subject(ofVerbAt verb: Int, floor: Int) -> SpeakerPhrase? {
        let before = skipAdjunctsLeft(from: verb - 1, floor: floor)
        guard before >= floor else { return nil }
        if isPunctuation(before, ",") {
            if classes[verb] == .gerund {
                return mainClauseSubject(before: before, floor: floor)
            }
            return subjectBeforeAppositive(comma: before, floor: floor)
        }
        if isWord(before, "and") || isWord(before, "but") || isWord(before, "or") {
            // "said the attacks opened the door, but also cautioned that …": the subject of the
            // sentence's main verb, which the conjunction joins this one to.
            return mainClauseSubject(before: before, floor: floor)
        }
        guard let range = phrase(endingAt: before, floor: floor) else { return nil }
        // A list: "Turkey, Saudi Arabia, and Qatar still insist".
        return SpeakerPhrase(tokens: extendList(range, floor: floor))
    }

    /// "Turkey, Saudi Arabia, and Qatar": when a phrase starts with "and" after a comma, take in
    /// the comma-separated phrases before it.
    private func extendList(_ range: Range<Int>, floor: Int) -> Range<Int> {
        var start = range.lowerBound
        guard start - 2 >= floor, isWord(start - 1, "and") || isWord(start - 1, "or") else { return range }
        var cursor = start - 1
        if isPunctuation(cursor - 1, ",") { cursor -= 1 }
        var extended = false
        while cursor - 1 >= floor, isPunctuation(cursor, ",") || isWord(cursor, "and") || isWord(cursor, "or") {
            guard let previous = phrase(endingAt: cursor - 1, floor: floor), previous.count <= 4,
                  previous.allSatisfy({ isCapitalised($0) || classes[$0] == .determiner }) else { break }
            start = previous.lowerBound
            extended = true
            cursor = start - 1
        }
        return extended ? start..<range.upperBound : range
    }

    private func subjectBeforeAppositive(comma: Int, floor: Int) -> SpeakerPhrase? {
        var open = comma - 1
        while open >= floor, open > comma - 30, !isPunctuation(open, ",") { open -= 1 }
        guard open >= floor, isPunctuation(open, ",") else { return nil }
        let segment = open + 1..<comma
        guard !segment.isEmpty else { return nil }
        let head = phrase(endingAt: open - 1, floor: floor)
        if isWord(segment.lowerBound, in: QuoteScanner.relativeWords) || classes[segment.lowerBound] == .wh {
            return head.map { SpeakerPhrase(tokens: $0) }
        }
        let inner = phrase(endingAt: comma - 1, floor: segment.lowerBound)
        let innerCovers = inner?.lowerBound == segment.lowerBound
        if let head {
            if innerCovers, let inner, !hasNameRun(head), hasNameRun(inner) {
                // "Iran’s deputy foreign minister, Hossein Amir-Abdollahian, told"
                return SpeakerPhrase(tokens: inner, description: head)
            }
            // "Aleksei Pushkov, the head of …, said"; "Putin, however, said"
            return SpeakerPhrase(tokens: head, description: innerCovers ? segment : nil)
        }
        if innerCovers, let inner { return SpeakerPhrase(tokens: inner) }
        return nil
    }

    /// The subject of the first main verb of the sentence before `limit`, skipping verbs of
    /// relative clauses ("who spoke …").
    private func mainClauseSubject(before limit: Int, floor: Int) -> SpeakerPhrase? {
        var index = floor
        while index < limit {
            if classes[index].isFinite, index > floor,
               !isWord(index - 1, in: QuoteScanner.relativeWords), classes[index - 1] != .wh,
               !isQuoteMark(index), !inQuote[index],
               let subject = subject(ofVerbAt: index, floor: floor) {
                return subject
            }
            index += 1
        }
        return nil
    }

    /// Whether the phrase ends in a run of name words (after the last "of": "King Abdullah of
    /// Jordan" → "Jordan").
    func hasNameRun(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        return isNameWord(last)
    }
}

/// A speaker's phrase as found, before it is classified: its tokens and, for "X, the head of
/// …, said", the appositive describing it.
struct SpeakerPhrase: Sendable, Hashable {
    var tokens: Range<Int>
    var description: Range<Int>?
}

import SlantText

/// Modifiers: the words right before a name. A modifier is a run of adjectives, nouns and
/// titles that ends at the name; the rules below keep out what only looks like one.
extension LabelPatterns {
    /// "strongman Assad", "Russian President Vladimir Putin", "Mr. Obama", "a resurgent Russia".
    func modifier() -> Range<Int>? {
        // "former Obama administration officials", "the Russia Witch Hunt", "Carnegie Moscow
        // Center": the actor modifies the next noun, and the words before belong to that noun.
        if let next = sentence.tag(mentionTokens.upperBound), next.isNoun, !sameActor.contains(mentionTokens.upperBound) {
            return nil
        }
        let end = nameStart()
        var start = end
        while start - 1 >= sentence.tokens.lowerBound, extends(to: start - 1, runStart: start, end: end) {
            start -= 1
        }
        guard start < end, !isClauseHead(start..<end) else { return nil }
        return start..<end
    }

    /// Where the name starts, taking in a first name and middle initial that the alias left
    /// out: "Russian President Vladimir V. Putin" labels "Russian President", not "… Vladimir V.",
    /// and "by V. Putin" has no label.
    private func nameStart() -> Int {
        let first = mentionTokens.lowerBound
        guard Self.isInitial(word(first - 1)) else { return first }
        guard let tag = sentence.tag(first - 2), tag.isProperNoun, word(first - 2).first?.isUppercase == true else {
            return first - 1
        }
        return first - 2
    }

    /// Whether the run `runStart..<end` of a modifier takes in token `index` (just before it).
    private func extends(to index: Int, runStart: Int, end: Int) -> Bool {
        guard isWord(index), !sameActor.contains(index), let tag = sentence.tag(index), Self.modifierTags.contains(tag) else {
            return false
        }
        let text = word(index)
        let lowerCase = text.first?.isLowercase == true
        if Self.functionWords.contains(text.lowercased()) || sentence.isGlued(index) { return false }
        // A common noun ends a run of pre-modifiers: after "phone call" in "a phone call
        // Russian President Putin", or "deals" in "deals Mr. Putin", a new phrase begins.
        if runStart < end, tag == .NN || tag == .NNS, let right = sentence.tag(runStart), right != .NN && right != .NNS {
            return false
        }
        // After "to", a modal, an auxiliary, a negation or a wh-word a word is a verb or a
        // predicate: "has accused Russia", "to sanction Russia", "is clear Russia engaged", "how much Russia".
        if lowerCase, isVerbalContext(index - 1) { return false }
        // A past participle modifies a name only inside a noun phrase ("an emboldened Putin",
        // "the embattled Assad"); after a subject it is a verb ("Trump asked Russia").
        if tag == .VBN, !opensNounPhrase(before: index) { return false }
        // "Add Russia to the list": the first word is capitalised, and tagged NNP, only
        // because it opens the sentence.
        if tag.isProperNoun, sentence.isSentenceInitial(index), !text.hasSuffix(".") {
            guard let lower = sentence.tagInLowerCase(index), lower.isNoun || lower.isAdjective else { return false }
        }
        return true
    }

    /// "the role Russia is playing", "no evidence Russia interfered", "highly likely Russia was
    /// behind": one lower-case word before a name that is the subject of a clause, the word
    /// opening its own phrase. The word is the head of a relative or complement clause, not a
    /// modifier. (Epithets after a possessive stay: "Trump’s friend Vladimir Putin has".)
    private func isClauseHead(_ run: Range<Int>) -> Bool {
        guard run.count == 1, word(run.lowerBound).first?.isLowercase == true, let tag = sentence.tag(run.lowerBound) else {
            return false
        }
        var next = mentionTokens.upperBound
        while sentence.tag(next)?.isAdverb == true { next += 1 }
        guard let verb = sentence.tag(next), Self.finiteVerbs.contains(verb) else { return false }
        guard let left = sentence.tag(run.lowerBound - 1) else { return false }
        switch tag {
        case .NN, .NNS: return Self.clauseHeadOpeners.contains(left) || left.isVerb || left.isAdverb
        case .JJ, .VBN: return left.isVerb || left.isAdverb
        default: return false
        }
    }

    /// Whether a noun phrase can begin at token `index`: after a determiner, a possessive or an
    /// adjective (adverbs skipped: "a newly emboldened Russia"), or at the sentence's start.
    private func opensNounPhrase(before index: Int) -> Bool {
        var left = index - 1
        while sentence.tag(left)?.isAdverb == true { left -= 1 }
        if left < sentence.tokens.lowerBound || sentence.analysis.tokens[left].kind == .openingQuote { return true }
        guard let tag = sentence.tag(left) else { return false }
        return Self.determiners.contains(tag) || tag == .POS || tag.isAdjective
    }

    private func isVerbalContext(_ index: Int) -> Bool {
        guard let tag = sentence.tag(index) else { return false }
        if [.TO, .MD, .WRB, .WP, .WDT].contains(tag) { return true }
        let lower = word(index).lowercased()
        if (lower == "'s" || lower == "’s") && tag == .VBZ { return true }
        return Self.auxiliaries.contains(lower) || Self.copulas.contains(lower) || Self.negationsAndDo.contains(lower)
    }

    static func isInitial(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 2 && bytes[1] == 0x2E && PieceKey.isUpper(bytes[0])
    }

    // Not VBG: "isolating Putin", "portraying Obama" are verbs taking the actor as object.
    static let modifierTags: Set<PennTag> = [.JJ, .JJR, .JJS, .NN, .NNS, .NNP, .NNPS, .VBN]
    static let finiteVerbs: Set<PennTag> = [.VBZ, .VBD, .VBP, .MD]
    static let clauseHeadOpeners: Set<PennTag> = [.DT, .IN, .WDT, .comma]
    static let negationsAndDo: Set<String> = ["not", "never", "n't", "do", "does", "did"]
    /// Closed-class and time words the tagger sometimes tags as nouns or adjectives
    /// ("stance towards Russia", "at least Putin", "today Vladimir Putin has").
    static let functionWords: Set<String> = [
        "towards", "toward", "alongside", "beside", "besides", "inside", "outside", "though", "although",
        "unless", "given", "else", "enough", "least", "much", "more", "most", "further", "vis-a-vis", "vis-à-vis",
        "than", "per", "amid", "despite", "today", "tonight", "yesterday", "tomorrow", "now", "then",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}

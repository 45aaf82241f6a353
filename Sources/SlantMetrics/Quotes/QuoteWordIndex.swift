import SlantText

/// The reporting verbs and speaker words in one table, so reading a document costs one lookup
/// per word.
struct QuoteWordIndex: Sendable {
    struct Facts: Sendable {
        var categories: SpeakerWords.Category = []
        /// Index of the verb this word is a one-word form of, or -1.
        var verb: Int32 = -1
        /// Two-word forms starting with this word.
        var pairs: [ReportingVerbLexicon.Pair] = []
    }

    let table: FoldedWordTable<Facts>

    init(verbs: ReportingVerbLexicon, words: SpeakerWords) {
        var entries: [(String, Facts)] = []
        for (word, category) in words.entries { entries.append((word, Facts(categories: category))) }
        for (form, verb) in verbs.singleForms { entries.append((form, Facts(verb: Int32(verb)))) }
        for (first, pairs) in verbs.pairForms { entries.append((first, Facts(pairs: pairs))) }
        table = FoldedWordTable(entries) { old, new in
            var merged = old
            merged.categories.formUnion(new.categories)
            if merged.verb < 0 { merged.verb = new.verb }
            merged.pairs += new.pairs
            return merged
        }
    }

    /// The facts of token `index`, and the reporting verb starting there (one word or two).
    func lookUp(_ tokens: [Token], at index: Int) -> (categories: SpeakerWords.Category, verb: (verb: Int, length: Int)?) {
        guard let facts = table.value(for: tokens[index].text) else { return ([], nil) }
        if !facts.pairs.isEmpty, index + 1 < tokens.count {
            let next = tokens[index + 1].text
            for pair in facts.pairs where FoldedWordTable<Int>.equalFolded(pair.second, next) {
                return (facts.categories, (pair.verb, 2))
            }
        }
        return (facts.categories, facts.verb >= 0 ? (Int(facts.verb), 1) : nil)
    }
}

import SlantText

/// Word-level checks the label patterns make beyond the tags: glued words and words that are
/// capitalised only because they open the sentence.
extension TaggedSentence {
    /// A lower-case token that is two words run together where a line break ate the space
    /// ("the U.S. wouldwelcome cooperation"): the tagger's model does not know it, it starts
    /// with a function word that is rarely a prefix ("would", "the", "and", …), and the rest is
    /// a word the model knows. The model's vocabulary is small, so an unknown word alone proves
    /// nothing; the split into a function word and a known word is what does.
    func isGlued(_ index: Int) -> Bool {
        guard let knows, tokens.contains(index) else { return false }
        let text = word(index)
        guard text.utf8.count >= 7, text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), !knows(text) else { return false }
        for prefix in Self.gluePrefixes where text.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            if rest.utf8.count >= 3 && knows(rest) { return true }
        }
        return false
    }

    /// Whether token `index` opens the sentence (only punctuation or an opening quote before it).
    func isSentenceInitial(_ index: Int) -> Bool {
        guard tokens.contains(index) else { return false }
        return analysis.tokens[tokens.lowerBound..<index].allSatisfy { !$0.isWord }
    }

    /// The tag the sentence's first word gets when it is written in lower case: "Add Russia to
    /// the list" is tagged `Add/NNP`, but "add" is a verb. nil when `index` is not in the sentence.
    func tagInLowerCase(_ index: Int) -> PennTag? {
        guard tokens.contains(index) else { return nil }
        var words = analysis.tokens[tokens].map(\.pennText)
        let local = index - tokens.lowerBound
        guard words.indices.contains(local) else { return nil }
        words[local] = words[local].lowercased()
        let tags = tagger.tag(words)
        return tags.indices.contains(local) ? PennTag(rawValue: tags[local]) : nil
    }

    /// Function words that glued words start with. Not "will" ("willpower", "willfully"), "in",
    /// "be", "with" or other common prefixes.
    static let gluePrefixes = ["would", "could", "should", "might", "must", "the", "and", "that", "said", "which"]
}

import SlantText

/// One sentence with its tags, as the label patterns read it.
struct TaggedSentence {
    let analysis: AnalysedDocument
    let tokens: Range<Int>
    private let tags: [PennTag?]
    let tagger: any PartOfSpeechTagger
    let knows: (@Sendable (String) -> Bool)?

    init(analysis: AnalysedDocument, index: Int, tagger: any PartOfSpeechTagger, knows: (@Sendable (String) -> Bool)?) {
        self.analysis = analysis
        tokens = analysis.sentences[index].tokens
        tags = analysis.tags(forSentence: index, using: tagger).map { PennTag(rawValue: $0) }
        self.tagger = tagger
        self.knows = knows
    }

    /// The tag of document token `index` (nil outside the sentence).
    func tag(_ index: Int) -> PennTag? {
        guard tokens.contains(index) else { return nil }
        let local = index - tokens.lowerBound
        return tags.indices.contains(local) ? tags[local] : nil
    }

    func word(_ index: Int) -> String {
        tokens.contains(index) ? analysis.tokens[index].text : ""
    }

    /// Most words capitalised: a headline in title case.
    var isTitleCase: Bool {
        var words = 0
        var capitalised = 0
        for index in tokens where analysis.tokens[index].kind == .word {
            words += 1
            if let first = analysis.tokens[index].text.utf8.first, PieceKey.isUpper(first) { capitalised += 1 }
        }
        return words >= 3 && Double(capitalised) >= 0.6 * Double(words)
    }

    /// The original text of some tokens, white space collapsed. Case is kept: a capital may
    /// be the writer's ("Russian President") or the sentence's, and only the writer's matters.
    func text(of range: Range<Int>) -> String {
        let start = analysis.tokens[range.lowerBound].range.lowerBound
        let end = analysis.tokens[range.upperBound - 1].range.upperBound
        return analysis.originalText(start..<end).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

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

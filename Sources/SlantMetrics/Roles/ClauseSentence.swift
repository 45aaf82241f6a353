import SlantText

/// One sentence as the clause analysis reads it: token texts, lowercased forms and Penn tags.
public struct ClauseSentence: Sendable {
    public let words: [String]
    public let lower: [String]
    public let tags: [PennTag]

    public var count: Int { words.count }

    /// - Parameters:
    ///   - words: the tokens' texts (``Token/text``).
    ///   - tags: one Penn tag per token (unknown tags read as NN).
    public init(words: [String], tags: [String]) {
        self.words = words
        lower = words.map { $0.lowercased() }
        self.tags = words.indices.map { index in
            index < tags.count ? (PennTag(rawValue: tags[index]) ?? .NN) : .NN
        }
    }

    /// The sentence `index` of an analysed document, tagged with `tagger` (tags are cached by the document).
    public init(document: AnalysedDocument, sentence index: Int, tagger: some PartOfSpeechTagger) {
        let tokens = document.tokens(of: document.sentences[index])
        self.init(words: tokens.map(\.text), tags: document.tags(forSentence: index, using: tagger))
    }

    func tag(_ index: Int) -> PennTag? { index >= 0 && index < count ? tags[index] : nil }
    func word(_ index: Int) -> String { index >= 0 && index < count ? lower[index] : "" }

    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"]
    static let getForms: Set<String> = ["get", "gets", "got", "gotten", "getting"]
    static let negations: Set<String> = ["not", "n't", "never"]
    static let assertingModals: Set<String> = ["will", "shall", "'ll", "wo"]
    static let conditionals: Set<String> = ["if", "unless", "whether"]
    /// -ing words that are adjectives after "be", whatever the tagger says ("being willing to").
    static let ingAdjectives: Set<String> = ["willing", "unwilling"]
    /// Nouns of time: a phrase headed by one is an adverbial ("on Tuesday", "last month"), never
    /// a party to an action.
    static let temporal: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "today", "yesterday", "tomorrow", "tonight", "day", "days", "week", "weeks", "weekend", "month", "months",
        "year", "years", "decade", "decades", "morning", "afternoon", "evening", "night", "hour", "hours",
        "minute", "minutes", "time", "times", "moment", "period", "spring", "summer", "autumn", "winter",
    ]

    func isTemporal(_ index: Int) -> Bool { Self.temporal.contains(word(index)) }

    func isBe(_ index: Int) -> Bool {
        let word = word(index)
        return Self.beForms.contains(word) || (word == "'s" && tag(index) == .VBZ)
    }

    func isNegation(_ index: Int) -> Bool { Self.negations.contains(word(index)) }

    func isVerb(_ index: Int) -> Bool { tag(index)?.isVerb ?? false }

    /// A verb that can start a finite clause: VBD, VBZ, VBP or a modal.
    func isFinite(_ index: Int) -> Bool {
        switch tag(index) {
        case .VBD, .VBZ, .VBP, .MD: true
        default: false
        }
    }

    func isNoun(_ index: Int) -> Bool { tag(index)?.isNoun ?? false }

    func isPunctuation(_ index: Int) -> Bool { tag(index)?.isPunctuation ?? true }

    /// A token that can sit inside a noun phrase before its head.
    func isNominal(_ index: Int) -> Bool {
        guard let current = tag(index) else { return false }
        switch current {
        case .DT, .PDT, .PRPpossessive, .CD, .JJ, .JJR, .JJS, .NN, .NNS, .NNP, .NNPS, .POS: return true
        case .VBN, .VBG: return isNominalContinuation(index + 1)
        case .RB, .RBR, .RBS: return tag(index + 1)?.isAdjective ?? false
        default: return false
        }
    }

    private func isNominalContinuation(_ index: Int) -> Bool {
        guard let next = tag(index) else { return false }
        return next.isNoun || next.isAdjective
    }

    /// The noun phrase starting at `start`: determiners, modifiers, nouns (possessives inside
    /// are included). Returns nil when no noun phrase starts there. Personal pronouns count.
    func nounPhrase(from start: Int, limit: Int? = nil) -> Range<Int>? {
        guard start >= 0, start < count else { return nil }
        if tag(start) == .PRP { return start..<(start + 1) }
        let end = Swift.min(limit ?? count, count)
        var index = start
        var lastHead: Int? = nil
        while index < end, isNominal(index) {
            if let current = tag(index), current.isNoun || current == .CD || current.isAdjective { lastHead = index }
            if tag(index) == .POS, !(index + 1 < end && isNominal(index + 1)) { break }
            index += 1
        }
        guard let head = lastHead else { return nil }
        return start..<(head + 1)
    }

    /// The start of the noun phrase ending at `end - 1` (scanning left over nominal tokens).
    func nounPhraseStart(endingAt last: Int) -> Int {
        var start = last
        while start - 1 >= 0, isLeftModifier(start - 1), tag(start - 1) != .POS || start - 2 >= 0 {
            start -= 1
        }
        return start
    }

    /// A nominal token that can modify what follows it, read leftwards: a participle only inside
    /// a phrase ("the growing influence"), not right after a verb or preposition ("getting Russia
    /// to join", "about isolating Putin").
    func isLeftModifier(_ index: Int) -> Bool {
        guard isNominal(index) else { return false }
        switch tag(index) {
        case .VBG?, .VBN?:
            switch tag(index - 1) {
            case .DT?, .PRPpossessive?, .JJ?, .JJR?, .JJS?, .POS?, .CD?, .PDT?: return true
            default: return false
            }
        default:
            return true
        }
    }
}

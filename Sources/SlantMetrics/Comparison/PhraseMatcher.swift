import SlantText

/// Finds phrases in analysed documents, token by token and ignoring case: "Syrian regime"
/// matches "Syrian Regime" and "syrian regime", and "Russia" matches the "Russia" of "Russia's"
/// (the possessive is a token of its own).
///
/// Phrases are tokenized by the same tokenizer as the documents, so punctuation inside a phrase
/// ("U.S.-led") matches exactly as it would in text.
public struct PhraseMatcher: Sendable {
    /// One match: where it is and which phrase it was.
    public struct Match: Sendable, Hashable {
        public var sentenceIndex: Int
        /// Indices into the document's tokens.
        public var tokens: Range<Int>
        /// The phrase as given.
        public var phrase: String

        public init(sentenceIndex: Int, tokens: Range<Int>, phrase: String) {
            self.sentenceIndex = sentenceIndex
            self.tokens = tokens
            self.phrase = phrase
        }
    }

    /// The phrases as given, and their folded token texts (phrases with no tokens are dropped).
    public let phrases: [String]
    private let patterns: [[String]]
    private let byFirstToken: [String: [Int]]

    public init(_ phrases: [String]) {
        var kept: [String] = []
        var patterns: [[String]] = []
        for phrase in phrases {
            let analysed = TextAnalyzer.analyse(Document(id: "phrase", text: phrase), cleaner: .standard)
            let tokens = analysed.tokens.map { TermText.folded($0.text) }
            guard !tokens.isEmpty, !patterns.contains(tokens) else { continue }
            kept.append(phrase)
            patterns.append(tokens)
        }
        self.phrases = kept
        self.patterns = patterns
        var index: [String: [Int]] = [:]
        for (number, pattern) in patterns.enumerated() { index[pattern[0], default: []].append(number) }
        byFirstToken = index
    }

    public var isEmpty: Bool { patterns.isEmpty }

    /// Every match in `document`, in text order; where phrases overlap at one place, the longest
    /// wins and matching resumes after it.
    public func matches(in document: AnalysedDocument) -> [Match] {
        var result: [Match] = []
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            var position = sentence.tokens.lowerBound
            while position < sentence.tokens.upperBound {
                var best: (length: Int, pattern: Int)?
                if let candidates = byFirstToken[TermText.folded(document.tokens[position].text)] {
                    for candidate in candidates {
                        let pattern = patterns[candidate]
                        guard position + pattern.count <= sentence.tokens.upperBound else { continue }
                        var matched = true
                        for offset in 1..<max(1, pattern.count) where TermText.folded(document.tokens[position + offset].text) != pattern[offset] {
                            matched = false
                            break
                        }
                        if matched, pattern.count > (best?.length ?? 0) { best = (pattern.count, candidate) }
                    }
                }
                if let best {
                    result.append(Match(sentenceIndex: sentenceIndex, tokens: position..<(position + best.length), phrase: phrases[best.pattern]))
                    position += best.length
                } else {
                    position += 1
                }
            }
        }
        return result
    }
}

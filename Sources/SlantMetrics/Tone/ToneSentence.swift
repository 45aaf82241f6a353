import SlantText

/// One sentence as `tone` reads it: its original text, its tokens with their part-of-speech
/// tags, and which tokens stand inside quotation marks.
///
/// Build it from an analysed document with ``init(document:sentence:tags:quoted:)``, or directly
/// from tokens (tests, other pipelines). Token ranges are UTF-8 byte offsets in the document's
/// original text; `text` starts at byte `startOffset` of it.
public struct ToneSentence: Sendable, Hashable {
    /// The sentence's original text.
    public let text: String
    /// Byte offset of `text` in the document's original text.
    public let startOffset: Int
    /// The sentence's tokens.
    public let tokens: [Token]
    /// Index of `tokens[0]` in the document's token list (so words can be reported by document index).
    public let firstToken: Int
    /// One Penn Treebank tag per token.
    public let tags: [String]
    /// One flag per token: inside quotation marks (quote marks themselves included).
    public let quoted: [Bool]
    /// The tokens' analysis text in lower case, for the word lists.
    public let lowercased: [String]
    /// A headline in title case ("Putin Unlikely to Be Much Help Against Islamic State"): at
    /// least three words of four letters or more, and 80% of them capitalised. The tagger calls
    /// every capitalised word there a proper noun, so proper-noun tags mean little.
    public let isTitleCase: Bool

    /// - Precondition: `tags` and `quoted` hold one entry per token (missing entries read as
    ///   an empty tag and unquoted).
    public init(text: String, startOffset: Int, tokens: [Token], firstToken: Int, tags: [String], quoted: [Bool]) {
        self.text = text
        self.startOffset = startOffset
        self.tokens = tokens
        self.firstToken = firstToken
        self.tags = tags
        self.quoted = quoted
        lowercased = tokens.map { $0.text.lowercased() }
        isTitleCase = Self.isTitleCase(tokens)
    }

    private static func isTitleCase(_ tokens: [Token]) -> Bool {
        var long = 0
        var capitalised = 0
        for token in tokens where token.kind == .word {
            // ASCII letters only: a headline's words, and no Unicode property lookups per token.
            let utf8 = token.text.utf8
            guard utf8.count >= 4, let first = utf8.first,
                  utf8.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) else { continue }
            long += 1
            if first &- 0x41 < 26 { capitalised += 1 }
        }
        return long >= 3 && capitalised * 5 >= long * 4
    }

    /// Sentence `sentence` of `document`, with its tags and the document's quote mask
    /// (``QuoteMask/quotedTokens(in:)``, indexed by document token).
    /// - Precondition: `sentence` is an index of `document.sentences`.
    public init(document: AnalysedDocument, sentence: Int, tags: [String], quoted: [Bool]) {
        let bounds = document.sentences[sentence]
        self.init(
            text: document.originalText(bounds.range), startOffset: bounds.range.lowerBound,
            tokens: Array(document.tokens[bounds.tokens]), firstToken: bounds.tokens.lowerBound, tags: tags,
            quoted: bounds.tokens.map { $0 < quoted.count ? quoted[$0] : false })
    }

    /// The tag of token `index` (sentence-relative), "" when there is none.
    func tag(_ index: Int) -> String { index < tags.count ? tags[index] : "" }

    /// Whether token `index` (sentence-relative) is inside quotation marks.
    func isQuoted(_ index: Int) -> Bool { index < quoted.count ? quoted[index] : false }
}

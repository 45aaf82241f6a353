/// A paragraph of the analysis text.
public struct Paragraph: Sendable, Hashable {
    /// UTF-8 byte range in the original text.
    public var range: Range<Int>
    /// Byte range in the cleaned analysis text.
    public var cleanedRange: Range<Int>
    /// Indices into ``AnalysedDocument/sentences``.
    public var sentences: Range<Int>
}

/// A sentence: its place in the original and its tokens.
public struct Sentence: Sendable, Hashable {
    /// UTF-8 byte range in the original text, first token to last.
    public var range: Range<Int>
    /// Byte range in the cleaned analysis text.
    public var cleanedRange: Range<Int>
    /// Indices into ``AnalysedDocument/tokens``.
    public var tokens: Range<Int>
    /// Index into ``AnalysedDocument/paragraphs``.
    public var paragraph: Int
}

/// A document after cleaning and segmentation: the unit every metric works on.
///
/// Built by ``TextAnalyzer/analyse(_:cleaner:)``. All ranges are UTF-8 byte offsets into
/// `document.text` (the original), with the cleaned-text ranges alongside. Part-of-speech tags
/// are not computed here (tagging is slower); ask for them per sentence with
/// ``tags(forSentence:using:)``, which computes them once and remembers them.
public struct AnalysedDocument: Sendable {
    public let document: Document
    public let cleaned: CleanedText
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let tokens: [Token]
    /// Word and number tokens (not punctuation, quotes, symbols or split-off clitics).
    public let wordCount: Int
    private let tagCache: TagCache
    /// Results metrics derive from this document (see ``derived(by:key:_:)``).
    let derivedResults = DerivedResults()

    init(document: Document, cleaned: CleanedText, paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token]) {
        self.document = document
        self.cleaned = cleaned
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        wordCount = tokens.reduce(0) { $0 + ($1.isWord ? 1 : 0) }
        tagCache = TagCache(sentenceCount: sentences.count)
    }

    /// What the cleaner removed.
    public var removed: [RemovedSpan] { cleaned.removed }

    /// The tokens of a sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }

    /// The original text of a byte range (e.g. a sentence's or token's `range`).
    public func originalText(_ range: Range<Int>) -> String {
        let utf8 = document.text.utf8
        let clamped = range.clamped(to: 0..<utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: clamped.lowerBound)
        let end = utf8.index(start, offsetBy: clamped.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The original text of a sentence.
    public func text(of sentence: Sentence) -> String { originalText(sentence.range) }

    /// Part-of-speech tags of sentence `index`, one per token, from `tagger` (given the tokens'
    /// ``Token/pennText``). Computed on first request and remembered for this document.
    public func tags(forSentence index: Int, using tagger: some PartOfSpeechTagger) -> [String] {
        if let cached = tagCache.tags(for: index) { return cached }
        let words = tokens[sentences[index].tokens].map(\.pennText)
        let tags = tagger.tag(words)
        tagCache.store(tags, for: index)
        return tags
    }
}

/// One stance marker found in a sentence: which category, which words.
public struct StanceMarker: Sendable, Hashable {
    public var category: StanceCategory
    /// The words as written ("of course", "brutal", "?").
    public var text: String
    /// Token indices in the document.
    public var tokens: Range<Int>
    /// Byte range in the original text.
    public var range: Range<Int>

    public init(category: StanceCategory, text: String, tokens: Range<Int>, range: Range<Int>) {
        self.category = category
        self.text = text
        self.tokens = tokens
        self.range = range
    }
}

/// The stance of one sentence: its markers in the writer's own words (outside quotation marks)
/// and the attributions (quotes and reports of others' words) it holds.
public struct SentenceStance: Sendable, Hashable {
    /// Index in ``SlantText/AnalysedDocument/sentences``.
    public var sentence: Int
    /// Byte range of the sentence in the original text.
    public var range: Range<Int>
    /// Words in the sentence.
    public var words: Int
    /// Words outside quotation marks: the writer's own.
    public var ownWords: Int
    public var counts: StanceCounts
    public var markers: [StanceMarker]
    /// Quotes and reports attributed to a speaker whose reporting verb (or quote) is here.
    public var attributions: Int
    /// Byte ranges of those attributions' reporting verbs (or speakers, when there is no verb).
    public var attributionRanges: [Range<Int>]

    public init(sentence: Int, range: Range<Int>, words: Int, ownWords: Int, counts: StanceCounts, markers: [StanceMarker],
                attributions: Int, attributionRanges: [Range<Int>] = []) {
        self.sentence = sentence
        self.range = range
        self.words = words
        self.ownWords = ownWords
        self.counts = counts
        self.markers = markers
        self.attributions = attributions
        self.attributionRanges = attributionRanges
    }

    /// Opinion markers minus attributions: this sentence's part of the opinion index.
    public var balance: Int { counts.opinionMarkers - attributions }
}

import SlantText

/// One piece of evidence behind a number: a sentence of a document, the words in it that
/// counted, the rule that fired and what it contributed.
///
/// Every metric keeps its evidence so that any score can be opened down to the text
/// (`explain` in the language). Ranges are UTF-8 byte offsets into the document's original text.
public struct Evidence: Sendable, Hashable {
    /// The document's id.
    public var documentID: String
    /// The document's outlet, for grouping evidence the way the numbers are grouped.
    public var outlet: String
    /// Index of the sentence in ``AnalysedDocument/sentences``.
    public var sentenceIndex: Int
    /// The sentence's byte range in the original text.
    public var sentenceRange: Range<Int>
    /// The sentence as written in the original.
    public var text: String
    /// Byte ranges (in the original text) of the words that counted, in order.
    public var highlights: [Range<Int>]
    /// The rule that fired, in words a reader understands ("alias 'Kremlin'", "booster 'very'").
    public var rule: String
    /// What this piece added to the number, when it adds something measurable.
    public var contribution: Double?

    public init(
        documentID: String, outlet: String, sentenceIndex: Int, sentenceRange: Range<Int>, text: String,
        highlights: [Range<Int>] = [], rule: String, contribution: Double? = nil
    ) {
        self.documentID = documentID
        self.outlet = outlet
        self.sentenceIndex = sentenceIndex
        self.sentenceRange = sentenceRange
        self.text = text
        self.highlights = highlights
        self.rule = rule
        self.contribution = contribution
    }
}

/// One observation behind a comparable number: what one sentence of one document adds to a
/// ratio `scale × Σ numerator / Σ denominator`.
///
/// Most of Slant's numbers are such ratios, which is what lets ``GroupComparison`` resample them
/// and leave pieces out cheaply:
/// - a mean score (tone toward an actor): one observation per mention, numerator = the score,
///   denominator = 1;
/// - a rate (mentions per 1,000 words): one observation per sentence, numerator = mentions,
///   denominator = words, scale = 1,000;
/// - a share (agency: mentions where the actor acts): numerator 1 or 0, denominator 1.
public struct Observation: Sendable, Hashable {
    /// The document the sentence belongs to.
    public var documentID: String
    /// Index of the sentence in its document (``SlantText/AnalysedDocument/sentences``).
    public var sentenceIndex: Int
    public var numerator: Double
    public var denominator: Double
    /// Whether the sentence is evidence for the number (it mentions the actor, holds the quote…),
    /// as opposed to only adding to the denominator (the words of a sentence that does not
    /// mention the actor). Fragility checks count and leave out evidence sentences.
    public var isEvidence: Bool

    public init(documentID: String, sentenceIndex: Int, numerator: Double, denominator: Double = 1, isEvidence: Bool = true) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.numerator = numerator
        self.denominator = denominator
        self.isEvidence = isEvidence
    }

    /// A sentence as a place: document and sentence index.
    public var sentence: SentenceKey { SentenceKey(documentID: documentID, sentenceIndex: sentenceIndex) }
}

/// A sentence of a corpus, named by its document and its index there.
public struct SentenceKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var documentID: String
    public var sentenceIndex: Int

    public init(documentID: String, sentenceIndex: Int) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
    }

    public static func < (a: SentenceKey, b: SentenceKey) -> Bool {
        (a.documentID, a.sentenceIndex) < (b.documentID, b.sentenceIndex)
    }

    /// `doc-id#12` (sentences counted from 1, as a reader counts them).
    public var description: String { "\(documentID)#\(sentenceIndex + 1)" }
}

/// The ratio `scale × Σ numerator / Σ denominator` over observations.
public struct RatioStatistic: Sendable, Hashable {
    /// 1 for means and shares, 1,000 for "per 1,000 words".
    public var scale: Double

    public init(scale: Double = 1) {
        self.scale = scale
    }

    /// The mean of the numerators (every denominator 1).
    public static let mean = RatioStatistic(scale: 1)
    /// Per 1,000 units of the denominator.
    public static let perThousand = RatioStatistic(scale: 1000)

    /// The value from sums; nil when the denominator sum is 0.
    public func value(numerator: Double, denominator: Double) -> Double? {
        denominator > 0 ? scale * numerator / denominator : nil
    }

    /// The value over a set of observations; nil when there is nothing to divide by.
    public func value<S: Sequence>(of observations: S) -> Double? where S.Element == Observation {
        var top = 0.0
        var bottom = 0.0
        for observation in observations {
            top += observation.numerator
            bottom += observation.denominator
        }
        return value(numerator: top, denominator: bottom)
    }
}

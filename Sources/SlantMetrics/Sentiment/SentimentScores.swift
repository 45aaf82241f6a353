/// VADER's four scores for one text, as vaderSentiment's `polarity_scores` returns them.
///
/// `neg`, `neu` and `pos` are proportions rounded to 3 decimals; `compound` is the normalised
/// sum in [-1, 1], rounded to 4 decimals (Python's `round`, so values compare exactly with the
/// reference implementation's output).
public struct SentimentScores: Sendable, Hashable {
    public var neg: Double
    public var neu: Double
    public var pos: Double
    public var compound: Double

    public init(neg: Double, neu: Double, pos: Double, compound: Double) {
        self.neg = neg
        self.neu = neu
        self.pos = pos
        self.compound = compound
    }
}

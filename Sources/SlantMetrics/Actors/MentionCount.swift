import SlantText

/// How often an actor is mentioned in a set of documents: counts, the rate per 1,000 words and
/// its bootstrap interval.
public struct MentionCount: Sendable, Hashable {
    /// Mentions found, explicit and inferred: the n the rate rests on.
    public var count: Int
    /// Of those, pronoun carry-overs.
    public var inferred: Int
    /// Words in the documents (``SlantText/AnalysedDocument/wordCount``).
    public var words: Int
    public var documents: Int
    /// `1000 × count / words`; 0 when the actor never occurs, nil when there are no words.
    public var per1000: Double?
    /// 95% bootstrap interval of `per1000`, resampling documents (or, for one document, its
    /// sentences); nil when the count is 0 or there is only one unit to resample.
    public var interval: ClosedRange<Double>?

    /// Counts the mentions; `interval: false` skips the bootstrap (when only the counts are shown).
    public init(_ documents: [DocumentMentions], interval withInterval: Bool = true) {
        count = documents.reduce(0) { $0 + $1.mentions.count }
        inferred = documents.reduce(0) { $0 + $1.mentions.lazy.filter(\.isInferred).count }
        words = documents.reduce(0) { $0 + $1.analysis.wordCount }
        self.documents = documents.count
        per1000 = words > 0 ? 1000 * Double(count) / Double(words) : nil
        interval = withInterval && count > 0 ? Self.interval(documents) : nil
    }

    /// The count as a ``Measure`` (value: per 1,000 words, n: mentions), with `evidence`.
    public func measure(evidence: [Evidence] = []) -> Measure {
        Measure(value: per1000, n: count, interval: interval, evidence: evidence)
    }

    /// What one mention adds to `per1000`.
    public var contributionPerMention: Double? {
        words > 0 ? 1000 / Double(words) : nil
    }

    /// Documents when there are two or more (sentences of one article are not independent),
    /// else the sentences of the one document.
    private static func interval(_ documents: [DocumentMentions]) -> ClosedRange<Double>? {
        guard documents.count >= 2 else {
            return Bootstrap.interval(of: documents.flatMap { $0.rateObservations() }, statistic: .perThousand, unit: .sentence)
        }
        // Resampling documents needs only each document's totals: the same units as grouping its
        // sentences' observations (documents sharing an id are one unit), without building them.
        let units = ResamplingUnits(grouping: documents.lazy.map {
            ($0.analysis.document.id, Double($0.mentions.count), Double($0.analysis.wordCount))
        })
        return Bootstrap.interval(of: units, statistic: .perThousand)
    }
}

extension DocumentMentions {
    /// One ``Observation`` per sentence for the rate per 1,000 words: numerator = mentions in
    /// the sentence, denominator = its words, evidence when it mentions the actor.
    public func rateObservations() -> [Observation] {
        var counts = Array(repeating: 0.0, count: analysis.sentences.count)
        for mention in mentions where counts.indices.contains(mention.sentence) { counts[mention.sentence] += 1 }
        return analysis.sentences.enumerated().map { index, sentence in
            let words = analysis.tokens[sentence.tokens].lazy.filter(\.isWord).count
            return Observation(
                documentID: analysis.document.id, sentenceIndex: index, numerator: counts[index],
                denominator: Double(words), isEvidence: counts[index] > 0)
        }
    }
}

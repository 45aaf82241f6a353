import SlantText

/// An actor's share of voice: of the quotes a set of documents attributes to a speaker, how many
/// the actor speaks.
///
/// A quote is the actor's when one of the actor's names (or a demonym: "Russian Foreign
/// Minister Sergey Lavrov", "a Russian diplomat") stands in a phrase that identifies its
/// speaker: the speaker's words at that place, the phrase a pronoun refers back to, an
/// appositive, or the titled phrase that introduced the person ("French Foreign Minister Laurent
/// Fabius" makes every later "Fabius said" a French voice). Counted: direct and indirect quotes with a
/// speaker; a partial quote inside an indirect report is that report's and is not counted again.
public struct VoiceShare: Sendable, Hashable {
    /// Attributed quotes in the documents: the n the share rests on.
    public var attributed: Int
    /// Of those, the actor's.
    public var quotes: Int
    /// Of those, anonymous sources ("a Russian diplomat") and inferred speakers ("he").
    public var anonymous: Int
    public var inferred: Int
    /// Words in all attributed quotes, and in the actor's.
    public var words: Int
    public var actorWords: Int
    /// `quotes / attributed`, nil when nothing is attributed; with a 95% bootstrap interval
    /// (documents resampled, or for one document its sentences) and the actor's quotes as evidence.
    public var share: Measure
    /// One observation per attributed quote (1 when the actor speaks it, else 0, over 1): what
    /// `share` is the mean of, for intervals and group comparisons.
    public var observations: [Observation]

    /// The actor's share of the quoted and reported words; nil when there are none.
    public var wordShare: Double? { words > 0 ? Double(actorWords) / Double(words) : nil }

    /// Computes the share from each document's quotes and the actor's mentions in it (same
    /// order). Mentions by pronoun are left out: this matching resolves speakers' pronouns itself.
    public init(quotes documents: [DocumentQuotes], mentions: [[Mention]], bootstrap: BootstrapOptions = .standard) {
        var observations: [Observation] = []
        var evidence: [(Quote, AnalysedDocument)] = []
        var attributed = 0
        var quotes = 0
        var anonymous = 0
        var inferred = 0
        var words = 0
        var actorWords = 0
        for (index, document) in documents.enumerated() {
            let found = index < mentions.count ? mentions[index].filter { $0.kind != .pronoun } : []
            for quote in document.quotes where VoiceShare.counts(quote) {
                guard let speaker = quote.speaker else { continue }
                attributed += 1
                words += quote.wordCount
                let isActor = VoiceShare.matches(speaker, found)
                if isActor {
                    quotes += 1
                    actorWords += quote.wordCount
                    if speaker.kind == .anonymous { anonymous += 1 }
                    if speaker.isInferred { inferred += 1 }
                    evidence.append((quote, document.analysis))
                }
                observations.append(Observation(documentID: document.analysis.document.id, sentenceIndex: quote.sentences.lowerBound,
                                                numerator: isActor ? 1 : 0, denominator: 1, isEvidence: isActor))
            }
        }
        self.attributed = attributed
        self.quotes = quotes
        self.anonymous = anonymous
        self.inferred = inferred
        self.words = words
        self.actorWords = actorWords
        self.observations = observations
        let contribution = attributed > 0 ? 1 / Double(attributed) : nil
        let unit: ResamplingUnit = documents.count > 1 ? .document : .sentence
        share = Measure(
            value: attributed > 0 ? Double(quotes) / Double(attributed) : nil, n: attributed,
            interval: attributed > 0 ? Bootstrap.interval(of: observations, statistic: .mean, unit: unit, options: bootstrap) : nil,
            evidence: evidence.map { $0.0.evidence(in: $0.1, contribution: contribution) })
    }

    /// Whether a quote counts toward share of voice: attributed, not a scare quote, and not a
    /// partial quote (its report is counted).
    public static func counts(_ quote: Quote) -> Bool {
        quote.kind != .scare && quote.speaker != nil && !quote.isPartial
    }

    /// Whether one of `mentions` falls in a phrase that identifies the speaker
    /// (``Speaker/identifyingTokens``).
    public static func matches(_ speaker: Speaker, _ mentions: [Mention]) -> Bool {
        let phrases = speaker.identifyingTokens
        return mentions.contains { mention in phrases.contains { $0.overlaps(mention.tokens) } }
    }
}

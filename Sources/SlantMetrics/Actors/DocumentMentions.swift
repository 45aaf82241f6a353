import SlantText

/// The mentions of one actor in one analysed document: the unit the actor metrics work on.
public struct DocumentMentions: Sendable {
    public let analysis: AnalysedDocument
    /// In text order; pronoun mentions' ``Mention/antecedent`` index into this list.
    public let mentions: [Mention]

    public init(analysis: AnalysedDocument, mentions: [Mention]) {
        self.analysis = analysis
        self.mentions = mentions
    }

    /// Finds actor `actor` of `finder` in each document, in parallel, keeping their order.
    public static func find(_ actor: Int, with finder: MentionFinder, in documents: [AnalysedDocument]) -> [DocumentMentions] {
        // Even two documents are worth spreading: grouped by outlet, most groups are small.
        ParallelMap.map(documents, minimumForParallel: 2) { DocumentMentions(analysis: $0, mentions: finder.mentions(of: actor, in: $0)) }
    }

    /// The evidence of each mention: its sentence with the mention highlighted, the rule that
    /// matched it, and `contribution` (e.g. 1000 / words for a rate per 1,000 words).
    public func evidence(contribution: (Mention) -> Double?, note: (Mention) -> String? = { _ in nil }) -> [Evidence] {
        mentions.map { mention in
            let sentence = analysis.sentences[mention.sentence]
            var rule = Self.rule(for: mention, in: mentions)
            if let extra = note(mention) { rule += ", " + extra }
            return Evidence(
                documentID: analysis.document.id, outlet: analysis.document.outlet, sentenceIndex: mention.sentence,
                sentenceRange: sentence.range, text: analysis.text(of: sentence), highlights: [mention.range],
                rule: rule, contribution: contribution(mention))
        }
    }

    /// How a mention was matched, for a reader: `alias 'Kremlin'`, `demonym 'Russian'`,
    /// `alias 'ISIS' in a compound`, `pronoun 'he' → 'Putin' (inferred)`.
    public static func rule(for mention: Mention, in mentions: [Mention]) -> String {
        switch mention.kind {
        case .name, .demonym:
            var text = "\(mention.kind == .name ? "alias" : "demonym") '\(mention.alias)'"
            if mention.isInCompound { text += " in a compound" }
            if mention.isPossessive { text += ", possessive" }
            return text
        case .pronoun:
            var text = "pronoun '\(mention.alias)'"
            if let index = mention.antecedent, mentions.indices.contains(index) {
                text += " → '\(mentions[index].alias)'"
            }
            return text + " (inferred)"
        }
    }
}

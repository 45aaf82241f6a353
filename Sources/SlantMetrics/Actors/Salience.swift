import SlantText

/// How prominent an actor is in a set of documents: rate per 1,000 words, share of sentences
/// that mention it, share of documents that mention it in the headline and in the lead, and
/// how early it first appears.
///
/// - Headline: the document's title. When the text starts with the title (a folder of `.txt`
///   files), that first paragraph is the headline; otherwise the title is analysed on its own.
/// - Lead: the first three sentences after the headline (a standfirst counts: readers see it first).
/// - First position: the sentence of the first mention after the headline, as a fraction of the
///   sentences after the headline (0 = the first one), averaged over the documents that have one.
public struct Salience: Sendable, Hashable {
    /// The counts (without an interval: salience reports none).
    public var mentions: MentionCount
    /// Sentences with at least one mention ÷ all sentences; nil when there are no sentences.
    public var sentenceShare: Double?
    /// Documents with a mention in the headline ÷ documents; nil for no documents.
    public var headlineShare: Double?
    /// Documents with a mention in the lead ÷ documents; nil for no documents.
    public var leadShare: Double?
    /// Mean relative position of the first mention; nil when no document mentions the actor after its headline.
    public var firstPosition: Double?

    /// Sentences in the lead.
    public static let leadSentences = 3

    public init(_ documents: [DocumentMentions], titleMentions: @Sendable (AnalysedDocument) -> Bool) {
        mentions = MentionCount(documents, interval: false)
        // Each document's part is independent of the others: worked out on all cores.
        let parts = ParallelMap.map(documents, minimumForParallel: 2) { Part($0, titleMentions: titleMentions) }
        var sentences = 0
        var mentioning = 0
        var headlines = 0
        var leads = 0
        var positions: [Double] = []
        for part in parts {
            sentences += part.sentences
            mentioning += part.mentioning
            if part.inHeadline { headlines += 1 }
            if part.inLead { leads += 1 }
            if let position = part.firstPosition { positions.append(position) }
        }
        sentenceShare = sentences > 0 ? Double(mentioning) / Double(sentences) : nil
        headlineShare = documents.isEmpty ? nil : Double(headlines) / Double(documents.count)
        leadShare = documents.isEmpty ? nil : Double(leads) / Double(documents.count)
        firstPosition = positions.isEmpty ? nil : positions.reduce(0, +) / Double(positions.count)
    }

    /// What one document adds to the salience.
    private struct Part: Sendable {
        var sentences: Int
        var mentioning: Int
        var inHeadline: Bool
        var inLead: Bool
        var firstPosition: Double?

        init(_ document: DocumentMentions, titleMentions: (AnalysedDocument) -> Bool) {
            let layout = Layout.of(document.analysis)
            sentences = document.analysis.sentences.count
            mentioning = Set(document.mentions.map(\.sentence)).count
            inHeadline = layout.headlineIsText
                ? document.mentions.contains { $0.paragraph == 0 }
                : titleMentions(document.analysis)
            let body = document.mentions.filter { $0.sentence >= layout.bodyStart }
            inLead = body.contains { $0.sentence < layout.bodyStart + Salience.leadSentences }
            if let first = body.first, layout.bodySentences > 0 {
                firstPosition = Double(first.sentence - layout.bodyStart) / Double(layout.bodySentences)
            }
        }
    }

    /// Where a document's headline and body are.
    public struct Layout: Sendable, Hashable {
        /// The first paragraph of the text is the title.
        public var headlineIsText: Bool
        /// Index of the first sentence after the headline.
        public var bodyStart: Int
        public var bodySentences: Int

        public init(_ analysis: AnalysedDocument) {
            let title = Self.normalise(analysis.document.title)
            if let first = analysis.paragraphs.first, !title.isEmpty,
               Self.normalise(analysis.originalText(first.range)) == title {
                headlineIsText = true
                bodyStart = first.sentences.upperBound
            } else {
                headlineIsText = false
                bodyStart = 0
            }
            bodySentences = max(0, analysis.sentences.count - bodyStart)
        }

        /// The layout of `analysis`, computed once per document (every actor's salience needs it).
        public static func of(_ analysis: AnalysedDocument) -> Layout {
            analysis.derived(by: owner) { Layout(analysis) }
        }

        private static let owner = DerivedResultOwner()

        private static func normalise(_ text: String) -> String {
            text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }
}

extension Salience {
    /// The salience of actor `actor` of `finder`, given its mentions in each document; titles
    /// that are not part of the text are searched with the same finder.
    public init(_ documents: [DocumentMentions], actor: Int, finder: MentionFinder) {
        self.init(documents) { analysis in
            guard let headline = Self.headline(of: analysis) else { return false }
            return !finder.mentions(of: actor, in: headline).isEmpty
        }
    }

    /// The document's title analysed as a text of its own (nil without a title), once per
    /// document: the analysis keeps the mentions found in it, so every metric reuses them.
    static func headline(of analysis: AnalysedDocument) -> AnalysedDocument? {
        analysis.derived(by: headlineOwner) {
            let title = analysis.document.title
            return title.isEmpty ? nil : TextAnalyzer.analyse(Document(id: analysis.document.id, text: title))
        }
    }

    private static let headlineOwner = DerivedResultOwner()
}

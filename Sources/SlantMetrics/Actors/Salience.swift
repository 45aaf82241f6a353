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

    public init(_ documents: [DocumentMentions], titleMentions: (AnalysedDocument) -> Bool) {
        mentions = MentionCount(documents)
        var sentences = 0
        var mentioning = 0
        var headlines = 0
        var leads = 0
        var positions: [Double] = []
        for document in documents {
            let layout = Layout(document.analysis)
            sentences += document.analysis.sentences.count
            mentioning += Set(document.mentions.map(\.sentence)).count
            let inHeadline = layout.headlineIsText
                ? document.mentions.contains { $0.paragraph == 0 }
                : titleMentions(document.analysis)
            if inHeadline { headlines += 1 }
            let body = document.mentions.filter { $0.sentence >= layout.bodyStart }
            if body.contains(where: { $0.sentence < layout.bodyStart + Self.leadSentences }) { leads += 1 }
            if let first = body.first, layout.bodySentences > 0 {
                positions.append(Double(first.sentence - layout.bodyStart) / Double(layout.bodySentences))
            }
        }
        sentenceShare = sentences > 0 ? Double(mentioning) / Double(sentences) : nil
        headlineShare = documents.isEmpty ? nil : Double(headlines) / Double(documents.count)
        leadShare = documents.isEmpty ? nil : Double(leads) / Double(documents.count)
        firstPosition = positions.isEmpty ? nil : positions.reduce(0, +) / Double(positions.count)
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
            let title = analysis.document.title
            guard !title.isEmpty else { return false }
            let headline = TextAnalyzer.analyse(Document(id: analysis.document.id, text: title))
            return !finder.mentions(of: actor, in: headline).isEmpty
        }
    }
}

import SlantText

/// `tone(A)` over documents: one ``MentionTone`` per mention of the actor, and their summary.
///
/// ```swift
/// let analyzer = try ToneAnalyzer()
/// let rows = analyzer.tones(in: DocumentMentions.find(actor, with: finder, in: documents))
/// let tone = ToneSummary(rows)          // mean, n, 95% bootstrap interval
/// ```
///
/// Part-of-speech tags come from the document's tag cache (computed once per sentence and
/// shared with the other metrics). Thread-safe.
public struct ToneAnalyzer: Sendable {
    public let scorer: ToneScorer
    public let tagger: any PartOfSpeechTagger

    /// The validated scorer and the bundled perceptron tagger.
    /// - Throws: ``ToneAnalyzerError`` when a bundled resource cannot be loaded.
    public init(options: ToneOptions = .standard) throws(ToneAnalyzerError) {
        do {
            scorer = try ToneScorer(options: options)
        } catch {
            throw .scorer(error)
        }
        do {
            tagger = try PerceptronTagger.shared()
        } catch {
            throw .tagger(error)
        }
    }

    public init(scorer: ToneScorer, tagger: any PartOfSpeechTagger) {
        self.scorer = scorer
        self.tagger = tagger
    }

    /// The tone toward each mention of one document, in mention order.
    public func tones(in document: DocumentMentions) -> [MentionTone] {
        let analysis = document.analysis
        guard !document.mentions.isEmpty else { return [] }
        let quoted = QuoteMask.quotedTokens(in: analysis)
        var rows: [MentionTone] = []
        rows.reserveCapacity(document.mentions.count)
        var cachedSentence = -1
        var sentence: ToneSentence? = nil
        var words: [ToneWord] = []
        for mention in document.mentions {
            guard analysis.sentences.indices.contains(mention.sentence) else { continue }
            if mention.sentence != cachedSentence {
                let tags = analysis.tags(forSentence: mention.sentence, using: tagger)
                let built = ToneSentence(document: analysis, sentence: mention.sentence, tags: tags, quoted: quoted)
                sentence = built
                words = scorer.words(in: built)
                cachedSentence = mention.sentence
            }
            guard let sentence else { continue }
            let first = sentence.firstToken
            let target = (mention.tokens.lowerBound - first)..<(mention.tokens.upperBound - first)
            let tone = scorer.score(sentence, target: target, words: words)
            rows.append(MentionTone(
                documentID: analysis.document.id, outlet: analysis.document.outlet, sentenceIndex: mention.sentence,
                sentenceRange: analysis.sentences[mention.sentence].range, sentence: sentence.text, mention: mention,
                matchedBy: DocumentMentions.rule(for: mention, in: document.mentions), tone: tone))
        }
        return rows
    }

    /// The rows of many documents, scored in parallel, in document order.
    public func tones(in documents: [DocumentMentions]) -> [MentionTone] {
        ParallelMap.map(documents) { tones(in: $0) }.flatMap { $0 }
    }
}

/// A tone analyzer whose resources could not be loaded.
public enum ToneAnalyzerError: Error, Sendable, Hashable, CustomStringConvertible {
    case scorer(ToneScorerError)
    case tagger(TaggerModelError)

    public var description: String {
        switch self {
        case .scorer(let error): return error.description
        case .tagger(let error): return error.description
        }
    }
}

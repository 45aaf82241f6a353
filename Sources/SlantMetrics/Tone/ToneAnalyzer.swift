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
        let mentions = document.mentions.filter { analysis.sentences.indices.contains($0.sentence) }
        guard !mentions.isEmpty else { return [] }
        let quoted = QuoteMask.quotedTokens(in: analysis)
        var rows: [MentionTone] = []
        rows.reserveCapacity(mentions.count)
        // Mentions come in text order: score them a sentence at a time.
        var start = 0
        while start < mentions.count {
            let index = mentions[start].sentence
            var end = start + 1
            while end < mentions.count && mentions[end].sentence == index { end += 1 }
            let tags = analysis.tags(forSentence: index, using: tagger)
            let sentence = ToneSentence(document: analysis, sentence: index, tags: tags, quoted: quoted)
            let words = scorer.words(in: sentence)
            let targets = mentions[start..<end].map {
                ($0.tokens.lowerBound - sentence.firstToken)..<($0.tokens.upperBound - sentence.firstToken)
            }
            for (offset, mention) in mentions[start..<end].enumerated() {
                var others = targets
                others.remove(at: offset)
                let tone = scorer.score(sentence, target: targets[offset], words: words, otherMentions: others)
                rows.append(MentionTone(
                    documentID: analysis.document.id, outlet: analysis.document.outlet, sentenceIndex: index,
                    sentenceRange: analysis.sentences[index].range, sentence: sentence.text, mention: mention,
                    matchedBy: DocumentMentions.rule(for: mention, in: document.mentions), tone: tone))
            }
            start = end
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

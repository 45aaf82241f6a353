import SlantText

extension Quote {
    /// The sentences the quote and its attribution span, with the speaker and verb highlighted
    /// (a scare quote's words), and the rule that found the speaker.
    public func evidence(in document: AnalysedDocument, contribution: Double? = nil) -> Evidence {
        let sentences = document.sentences
        let first = min(self.sentences.lowerBound, sentences.count - 1)
        let last = min(self.sentences.upperBound, sentences.count - 1)
        let range = first >= 0 ? sentences[first].range.lowerBound..<sentences[last].range.upperBound : self.range
        var highlights: [Range<Int>] = []
        if kind == .scare { highlights.append(self.range) }
        if let speaker { highlights.append(speaker.range) }
        if let verb { highlights.append(verb.range) }
        return Evidence(
            documentID: document.document.id, outlet: document.document.outlet, sentenceIndex: max(0, first),
            sentenceRange: range, text: document.originalText(range), highlights: highlights.sorted { $0.lowerBound < $1.lowerBound },
            rule: rule, contribution: contribution)
    }

    /// How the quote was read, for a reader: "direct quote, verb after the quote: 'told'
    /// (neutral); speaker 'Fabius' = Laurent Fabius (person)".
    public var rule: String {
        var parts: [String] = []
        let partial = isPartial ? "partial " : ""
        switch kind {
        case .direct: parts.append("\(partial)direct quote" + (isUnclosed ? " (never closed)" : ""))
        case .indirect: parts.append("indirect speech")
        case .scare: parts.append("scare quote: \(wordCount) word\(wordCount == 1 ? "" : "s"), no speaker")
        }
        let how: String?
        switch attribution {
        case .verbAfterQuote: how = "verb after the quote"
        case .verbBeforeQuote: how = "verb before the quote"
        case .colon: how = "colon after the speaker"
        case .reportedClause: how = "inside a reported clause"
        case .continuation: how = "continues an attributed quote in the paragraph"
        case .reportingVerb: how = "reporting verb with its content"
        case .verbAfterContent: how = "speaker and verb after the content"
        case .accordingTo: how = "according to"
        case .none: how = nil
        }
        if let how { parts.append(how) }
        if let verb {
            let nuance = verb.verb.nuance == .plain ? "" : ", \(verb.verb.nuance.rawValue)"
            parts.append("verb '\(verb.form)' (\(verb.verb.verbClass.rawValue)\(nuance))")
        }
        if let speaker {
            var text = "speaker '\(speaker.text)'"
            if speaker.name != speaker.text { text += " = \(speaker.name)" }
            text += " (\(speaker.kind.rawValue)\(speaker.isInferred ? ", inferred" : ""))"
            parts.append(text)
        }
        return parts.joined(separator: "; ")
    }
}

/// The quotes of one analysed document.
public struct DocumentQuotes: Sendable {
    public let analysis: AnalysedDocument
    public let quotes: [Quote]

    public init(analysis: AnalysedDocument, quotes: [Quote]) {
        self.analysis = analysis
        self.quotes = quotes
    }

    /// Finds the quotes of each document, on all cores, keeping their order.
    public static func find(with analyzer: QuoteAnalyzer, in documents: [AnalysedDocument]) -> [DocumentQuotes] {
        ParallelMap.map(documents, minimumForParallel: 2) { DocumentQuotes(analysis: $0, quotes: analyzer.quotes(in: $0)) }
    }
}

import SlantText

/// Counts the writer's epistemic and evaluative stance markers in a document, sentence by
/// sentence, outside quotation marks: the words in quotes are the speakers', not the writer's.
///
/// ```swift
/// let stance = StanceAnalyzer(lexicon: try .bundled())
///     .stance(of: analysed, quotes: try QuoteAnalyzer.standard().quotes(in: analysed))
/// stance.rate(.hedge)      // hedges per 1,000 of the writer's words
/// stance.opinionIndex      // (opinion markers − attributions) per 1,000 words
/// ```
public struct StanceAnalyzer: Sendable {
    public let lexicon: StanceLexicon

    public init(lexicon: StanceLexicon) {
        self.lexicon = lexicon
    }

    public static func standard() throws -> StanceAnalyzer {
        StanceAnalyzer(lexicon: try StanceLexicon.bundled())
    }

    /// The stance of `document`. `quotes` (from ``QuoteAnalyzer``) say which words are quoted, which
    /// short quotes are scare quotes, and how many attributions each sentence holds.
    public func stance(of document: AnalysedDocument, quotes: [Quote]) -> DocumentStance {
        let tokens = document.tokens
        var quoted = [Bool](repeating: false, count: tokens.count)
        var attributions = [Int](repeating: 0, count: document.sentences.count)
        var attributionRanges = [[Range<Int>]](repeating: [], count: document.sentences.count)
        var scare: [Int: [Quote]] = [:]
        for quote in quotes {
            switch quote.kind {
            case .direct, .scare:
                // The marks too: a "?" just inside the closing mark is the speaker's.
                let low = max(0, quote.tokens.lowerBound - 1)
                let high = min(tokens.count, quote.tokens.upperBound + 1)
                for index in low..<high { quoted[index] = true }
            case .indirect:
                break
            }
            if quote.kind == .scare {
                scare[quote.sentences.lowerBound, default: []].append(quote)
            } else if quote.isAttributed, !quote.isPartial, quote.attribution != .continuation {
                let sentence = quote.verb.map { sentenceIndex(of: $0.tokens.lowerBound, in: document) } ?? quote.sentences.lowerBound
                if attributions.indices.contains(sentence) {
                    attributions[sentence] += 1
                    if let range = quote.verb?.range ?? quote.speaker?.range { attributionRanges[sentence].append(range) }
                }
            }
        }
        var sentences: [SentenceStance] = []
        sentences.reserveCapacity(document.sentences.count)
        for (index, sentence) in document.sentences.enumerated() {
            var counts = StanceCounts()
            var markers: [StanceMarker] = []
            var words = 0
            var own = 0
            var position = sentence.tokens.lowerBound
            while position < sentence.tokens.upperBound {
                let token = tokens[position]
                if token.isWord {
                    words += 1
                    if !quoted[position] { own += 1 }
                }
                guard token.kind == .word, !quoted[position], let entry = lexicon.entry(for: token) else {
                    position += 1
                    continue
                }
                if let phrase = entry.phrases.first(where: { matches($0.rest, after: position, in: sentence, tokens, quoted) }) {
                    let span = position..<position + 1 + phrase.rest.count
                    record(phrase.category, span, document, &counts, &markers)
                    for inside in span.dropFirst() where tokens[inside].isWord {
                        words += 1
                        own += 1
                    }
                    position = span.upperBound
                    continue
                }
                if let category = entry.category, accepts(category, token: token, at: position, in: sentence) {
                    record(category, position..<position + 1, document, &counts, &markers)
                }
                position += 1
            }
            if let last = lastMark(of: sentence, tokens), !quoted[last] {
                switch tokens[last].text {
                case "!": record(.exclamation, last..<last + 1, document, &counts, &markers)
                case "?": record(.question, last..<last + 1, document, &counts, &markers)
                default: break
                }
            }
            for quote in scare[index] ?? [] {
                counts[.scareQuote] += 1
                markers.append(StanceMarker(category: .scareQuote, text: quote.text, tokens: quote.tokens, range: quote.range))
            }
            sentences.append(SentenceStance(sentence: index, range: sentence.range, words: words, ownWords: own, counts: counts,
                                            markers: markers, attributions: attributions[index],
                                            attributionRanges: attributionRanges[index]))
        }
        return DocumentStance(document: document.document, sentences: sentences)
    }

    /// Whether the words of a phrase follow `position`, unquoted, in the same sentence.
    private func matches(_ rest: [String], after position: Int, in sentence: Sentence, _ tokens: [Token], _ quoted: [Bool]) -> Bool {
        guard position + rest.count < sentence.tokens.upperBound else { return false }
        for (offset, word) in rest.enumerated() {
            let index = position + 1 + offset
            guard !quoted[index], FoldedWordTable<Int>.equalFolded(word, tokens[index].text) else { return false }
        }
        return true
    }

    /// Pronouns count in lower case, or capitalised at the start of a sentence, and "I": so "US"
    /// (the United States) is never "us".
    private func accepts(_ category: StanceCategory, token: Token, at position: Int, in sentence: Sentence) -> Bool {
        guard category == .firstPerson || category == .secondPerson else { return true }
        guard let first = token.text.utf8.first else { return false }
        if first &- 0x61 < 26 { return true }
        if token.text == "I" { return true }
        let isStart = position == sentence.tokens.lowerBound
        let rest = token.text.utf8.dropFirst()
        return isStart && rest.allSatisfy { $0 &- 0x61 < 26 }
    }

    /// The sentence's last punctuation mark, looking past closing quotation marks.
    private func lastMark(of sentence: Sentence, _ tokens: [Token]) -> Int? {
        var index = sentence.tokens.upperBound - 1
        while index >= sentence.tokens.lowerBound {
            switch tokens[index].kind {
            case .closingQuote: index -= 1
            case .punctuation: return index
            default: return nil
            }
        }
        return nil
    }

    /// The sentence holding token `token` (binary search; sentences are in token order).
    private func sentenceIndex(of token: Int, in document: AnalysedDocument) -> Int {
        var low = 0
        var high = document.sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if document.sentences[middle].tokens.lowerBound <= token { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func record(_ category: StanceCategory, _ span: Range<Int>, _ document: AnalysedDocument,
                        _ counts: inout StanceCounts, _ markers: inout [StanceMarker]) {
        counts[category] += 1
        let tokens = document.tokens
        guard let first = span.first, let last = span.last else { return }
        let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        markers.append(StanceMarker(category: category, text: document.originalText(range), tokens: span, range: range))
    }
}

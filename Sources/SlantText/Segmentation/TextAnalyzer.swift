/// Cleans and segments documents: `Document` → ``AnalysedDocument``.
///
/// A pure function of the document (and the cleaner's rules): no state, no I/O, safe to run on
/// many documents at once (``analyse(_:cleaner:)-([Document],_)`` does).
public enum TextAnalyzer {
    /// Cleans `document`, then splits the analysis text into paragraphs, sentences and tokens.
    public static func analyse(_ document: Document, cleaner: Cleaner = .standard) -> AnalysedDocument {
        var text = document.text
        return text.withUTF8 { original in
            let cleaned = cleaner.clean(bytes: original)
            return segment(document: document, original: original, cleaned: cleaned)
        }
    }

    /// Analyses many documents in parallel, keeping their order.
    public static func analyse(_ documents: [Document], cleaner: Cleaner = .standard) -> [AnalysedDocument] {
        ParallelMap.map(documents, minimumForParallel: 2) { analyse($0, cleaner: cleaner) }
    }

    private static func segment(document: Document, original: UnsafeBufferPointer<UInt8>,
                                cleaned: CleanedText) -> AnalysedDocument {
        cleaned.bytes.withUnsafeBufferPointer { text in
            let tokenizer = Tokenizer(text: text)
            let splitter = SentenceSplitter(text: text)
            var raw: [Tokenizer.RawToken] = []
            raw.reserveCapacity(text.count / 5)
            var tokens: [Token] = []
            tokens.reserveCapacity(text.count / 5)
            var sentences: [Sentence] = []
            var paragraphs: [Paragraph] = []
            var cursor = OffsetMap.Cursor(cleaned.map)
            for (index, paragraph) in cleaned.paragraphs.enumerated() {
                raw.removeAll(keepingCapacity: true)
                tokenizer.tokenize(paragraph.cleaned, into: &raw)
                let firstSentence = sentences.count
                for sentenceTokens in splitter.split(raw, 0..<raw.count) {
                    let firstToken = tokens.count
                    for token in raw[sentenceTokens] {
                        tokens.append(makeToken(token, text: text, original: original, cursor: &cursor))
                    }
                    let cleanedRange = raw[sentenceTokens.lowerBound].range.lowerBound..<raw[sentenceTokens.upperBound - 1].range.upperBound
                    sentences.append(Sentence(
                        range: tokens[firstToken].range.lowerBound..<tokens[tokens.count - 1].range.upperBound,
                        cleanedRange: cleanedRange, tokens: firstToken..<tokens.count, paragraph: index))
                }
                paragraphs.append(Paragraph(range: paragraph.original, cleanedRange: paragraph.cleaned,
                                            sentences: firstSentence..<sentences.count))
            }
            return AnalysedDocument(document: document, cleaned: cleaned, paragraphs: paragraphs,
                                    sentences: sentences, tokens: tokens)
        }
    }

    private static func makeToken(_ raw: Tokenizer.RawToken, text: UnsafeBufferPointer<UInt8>,
                                  original: UnsafeBufferPointer<UInt8>, cursor: inout OffsetMap.Cursor) -> Token {
        let range = cursor.originalRange(ofCleaned: raw.range)
        var kind = raw.kind
        // A curly quote in the original says which way it faces; a straight one was guessed from context.
        if raw.range.count == 1, kind == .openingQuote || kind == .closingQuote || kind == .clitic,
           range.count == 3, original[range.lowerBound] == 0xE2, original[range.lowerBound + 1] == 0x80 {
            switch original[range.lowerBound + 2] {
            case 0x9C, 0x98: kind = .openingQuote
            case 0x9D: kind = .closingQuote
            default: break
            }
        }
        let string = String(decoding: UnsafeBufferPointer(rebasing: text[raw.range]), as: UTF8.self)
        return Token(text: string, kind: kind, range: range, cleanedRange: raw.range)
    }
}

extension Cleaner {
    /// The cleaner with the standard rules, compiled once.
    public static let standard = Cleaner()
}

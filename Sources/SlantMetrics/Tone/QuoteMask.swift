import SlantText

/// Which tokens of a document stand inside quotation marks.
///
/// Quotes are followed per paragraph, across its sentences (“We will act. We will win,” she
/// said: both sentences are quoted). A paragraph whose first quotation mark closes a quote
/// starts inside one (a quote carried over from the paragraph before, or cut by the source);
/// a quote left open runs to the end of its paragraph, which is how news style continues a
/// quote into the next paragraph (that paragraph opens with a quotation mark again).
public enum QuoteMask {
    /// One flag per token of `document`: true inside quotation marks, quote marks included.
    public static func quotedTokens(in document: AnalysedDocument) -> [Bool] {
        var quoted = [Bool](repeating: false, count: document.tokens.count)
        for paragraph in document.paragraphs {
            guard let first = paragraph.sentences.first, let last = paragraph.sentences.last,
                  first < document.sentences.count, last < document.sentences.count else { continue }
            let tokens = document.sentences[first].tokens.lowerBound..<document.sentences[last].tokens.upperBound
            mark(document.tokens, tokens, into: &quoted)
        }
        return quoted
    }

    /// Marks the quoted tokens of `range` (one stretch of text, e.g. a paragraph or a sentence).
    public static func mark(_ tokens: [Token], _ range: Range<Int>, into quoted: inout [Bool]) {
        var inside = false
        for index in range {
            let kind = tokens[index].kind
            if kind == .openingQuote { break }
            if kind == .closingQuote {
                inside = true
                break
            }
        }
        for index in range {
            switch tokens[index].kind {
            case .openingQuote:
                inside = true
                quoted[index] = true
            case .closingQuote:
                quoted[index] = true
                inside = false
            case .word, .number, .clitic, .punctuation, .symbol:
                quoted[index] = inside
            }
        }
    }
}

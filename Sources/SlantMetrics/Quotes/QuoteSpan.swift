import SlantText

/// Where a direct quotation sits: its marks and its content, which may run over several
/// paragraphs (each continuation paragraph opens with a quotation mark of its own).
struct QuoteSpan: Sendable, Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark; nil when the quote was never closed.
    var close: Int?
    /// Content token ranges, one per paragraph, without any quotation marks.
    var segments: [Range<Int>]
    /// Paragraph of the opening mark.
    var paragraph: Int

    /// The last token of the span: the closing mark, or the last content token.
    var end: Int { close ?? max(open, (segments.last?.upperBound ?? open + 1) - 1) }

    /// All content tokens, first to last (continuation marks included).
    var content: Range<Int> {
        guard let first = segments.first, let last = segments.last else { return open + 1..<open + 1 }
        return first.lowerBound..<last.upperBound
    }
}

/// Pairs quotation marks into spans.
///
/// Double quotes pair within a paragraph; a paragraph that ends inside a quote continues it
/// when the next paragraph opens with a quotation mark (the newspaper convention for long
/// quotes), and otherwise the quote ends with the paragraph, unclosed. Single quotes count
/// only outside double quotes (inside they are quotes within the quote) and only when they
/// close in the same paragraph: an unpaired one is more likely an apostrophe. A closing mark
/// with nothing open is ignored.
enum QuoteMarks {
    static func spans(in document: AnalysedDocument) -> [QuoteSpan] {
        let tokens = document.tokens
        var spans: [QuoteSpan] = []
        var double: QuoteSpan?
        var segmentStart = 0
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            guard let firstSentence = paragraph.sentences.first, let lastSentence = paragraph.sentences.last else { continue }
            let range = document.sentences[firstSentence].tokens.lowerBound..<document.sentences[lastSentence].tokens.upperBound
            var single: Int?
            var index = range.lowerBound
            if double != nil {
                // A continued quote: this paragraph opens with a mark (checked at the end of the last one).
                segmentStart = index + 1
                index += 1
            }
            while index < range.upperBound {
                let token = tokens[index]
                defer { index += 1 }
                guard token.kind == .openingQuote || token.kind == .closingQuote else { continue }
                if token.text == "\"" {
                    if var open = double {
                        open.segments.append(segmentStart..<index)
                        if token.kind == .closingQuote {
                            open.close = index
                            spans.append(open)
                            double = nil
                        } else {
                            // An opening mark inside an open quote: the first was never closed.
                            spans.append(open)
                            double = QuoteSpan(open: index, close: nil, segments: [], paragraph: paragraphIndex)
                            segmentStart = index + 1
                        }
                    } else if token.kind == .openingQuote {
                        double = QuoteSpan(open: index, close: nil, segments: [], paragraph: paragraphIndex)
                        segmentStart = index + 1
                        single = nil
                    }
                } else if token.text == "'", double == nil {
                    if let open = single, token.kind == .closingQuote {
                        spans.append(QuoteSpan(open: open, close: index, segments: [open + 1..<index], paragraph: paragraphIndex))
                        single = nil
                    } else if token.kind == .openingQuote {
                        single = index
                    }
                }
            }
            if var open = double {
                open.segments.append(segmentStart..<range.upperBound)
                let next = paragraphIndex + 1
                if next < document.paragraphs.count, let nextSentence = document.paragraphs[next].sentences.first,
                   let first = document.sentences[nextSentence].tokens.first,
                   tokens[first].kind == .openingQuote, tokens[first].text == "\"" {
                    double = open
                } else {
                    spans.append(open)
                    double = nil
                }
            }
        }
        // Drop spans with nothing inside (“” typed by mistake).
        return spans.filter { span in span.segments.contains { !$0.isEmpty } }.sorted { $0.open < $1.open }
    }
}

import SlantText

/// One concordance (key word in context) line: the match with the words before and after it.
public struct ConcordanceLine: Sendable, Hashable {
    public var documentID: String
    public var outlet: String
    public var sentenceIndex: Int
    /// Up to `window` words before the match (within its paragraph), as written.
    public var left: String
    /// The matched text as written.
    public var match: String
    /// Up to `window` words after the match (within its paragraph), as written.
    public var right: String
    /// The match's UTF-8 byte range in the document's original text.
    public var range: Range<Int>
    /// The phrase that matched.
    public var phrase: String
}

/// Key-word-in-context lines for phrases (or an actor's aliases) across documents.
public enum Concordance {
    /// Lines for every match of `matcher` in `documents`, in document and text order, with
    /// `window` words (word and number tokens; punctuation comes along) on each side.
    public static func lines(in documents: [AnalysedDocument], matching matcher: PhraseMatcher, window: Int) -> [ConcordanceLine] {
        documents.flatMap { document in
            matcher.matches(in: document).map { line(for: $0, in: document, window: max(0, window)) }
        }
    }

    /// The line for one match (also for matches found by other means, such as actor mentions).
    public static func line(for match: PhraseMatcher.Match, in document: AnalysedDocument, window: Int) -> ConcordanceLine {
        let tokens = document.tokens
        let sentence = document.sentences[match.sentenceIndex]
        let paragraph = document.paragraphs[sentence.paragraph]
        let firstToken = document.sentences[paragraph.sentences.lowerBound].tokens.lowerBound
        let lastToken = document.sentences[paragraph.sentences.upperBound - 1].tokens.upperBound

        var start = match.tokens.lowerBound
        var words = 0
        while start > firstToken, words < window {
            start -= 1
            if tokens[start].isWord { words += 1 }
        }
        // After the window's last word, trailing punctuation comes along ("Moscow," reads better
        // than "Moscow"), up to the next word or opening quote.
        var end = match.tokens.upperBound
        words = 0
        while end < lastToken {
            let token = tokens[end]
            if token.isWord {
                if words == window { break }
                words += 1
            } else if words == window, token.kind == .openingQuote {
                break
            }
            end += 1
        }
        let matchRange = tokens[match.tokens.lowerBound].range.lowerBound..<tokens[match.tokens.upperBound - 1].range.upperBound
        let leftStart = start < match.tokens.lowerBound ? tokens[start].range.lowerBound : matchRange.lowerBound
        let rightEnd = end > match.tokens.upperBound ? tokens[end - 1].range.upperBound : matchRange.upperBound
        return ConcordanceLine(
            documentID: document.document.id, outlet: document.document.outlet, sentenceIndex: match.sentenceIndex,
            left: flattened(document.originalText(leftStart..<matchRange.lowerBound)),
            match: flattened(document.originalText(matchRange)),
            right: flattened(document.originalText(matchRange.upperBound..<rightEnd)),
            range: matchRange, phrase: match.phrase)
    }

    /// Text on one line: runs of white space (line breaks included) become one space, ends trimmed.
    static func flattened(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

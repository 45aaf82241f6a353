/// Finds sentence ends among one paragraph's tokens.
///
/// A sentence ends at `.`, `!`, `?` or `...` — with any closing quotes and brackets after it
/// (`."`, `.)`) — when what follows starts a sentence: a capital, a digit, an opening quote or
/// bracket, or the end of the paragraph. An abbreviation's own stop (`U.S.`, `Inc.`) ends a
/// sentence only before a typical sentence opener ("The", "He", "But", …); titles (`Mr.`,
/// `Sen.`), initials (`E.`) and months before a number (`Sept. 30`) never do.
struct SentenceSplitter {
    let text: UnsafeBufferPointer<UInt8>

    /// Token index ranges of the sentences in `tokens[range]`.
    func split(_ tokens: [Tokenizer.RawToken], _ range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            let token = tokens[k]
            var candidate = false
            var needsOpener = false
            if token.kind == .punctuation && isTerminator(token) {
                candidate = true
            } else if token.kind == .word {
                switch token.stop {
                case .initialism, .other:
                    candidate = true
                    needsOpener = true
                case .month:
                    candidate = !(k + 1 < end && tokens[k + 1].kind == .number)
                    needsOpener = true
                case .none, .title, .initial:
                    break
                }
            }
            guard candidate else { k += 1; continue }
            var after = k + 1
            while after < end, absorbs(tokens[after]) { after += 1 }
            if after == end { break }
            let next = tokens[after]
            let boundary = needsOpener
                ? next.kind == .openingQuote || isSentenceOpener(next)
                : next.kind == .openingQuote || isOpeningBracket(next) || startsWithCapitalOrDigit(next)
            if boundary {
                sentences.append(start..<after)
                start = after
            }
            k = after
        }
        if start < end { sentences.append(start..<end) }
        return sentences
    }

    private func isTerminator(_ token: Tokenizer.RawToken) -> Bool {
        let first = text[token.range.lowerBound]
        return first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
    }

    /// Tokens that stay with the sentence they follow: closing quotes and brackets, more stops.
    private func absorbs(_ token: Tokenizer.RawToken) -> Bool {
        switch token.kind {
        case .closingQuote: return true
        case .punctuation:
            let first = text[token.range.lowerBound]
            return first == UInt8(ascii: ")") || first == UInt8(ascii: "]") || isTerminator(token)
        default: return false
        }
    }

    private func isOpeningBracket(_ token: Tokenizer.RawToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = text[token.range.lowerBound]
        return first == UInt8(ascii: "(") || first == UInt8(ascii: "[")
    }

    private func startsWithCapitalOrDigit(_ token: Tokenizer.RawToken) -> Bool {
        let first = text[token.range.lowerBound]
        if (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) { return true }
        if first < 0x80 { return token.kind == .symbol && (first == UInt8(ascii: "$") || first == UInt8(ascii: "#")) }
        let (value, _) = TextNormalizer.decodeScalar(text, at: token.range.lowerBound, end: token.range.upperBound)
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    private func isSentenceOpener(_ token: Tokenizer.RawToken) -> Bool {
        guard token.kind == .word, token.range.count <= 9 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[token.range]), as: UTF8.self)
        return Abbreviations.sentenceStarters.contains(word)
    }
}

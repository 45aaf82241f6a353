/// Splits analysis text (see ``Cleaner``) into Penn-Treebank-style tokens, working on bytes.
///
/// - Possessives and contractions split off: `Assad` `'s`, `do` `n't`, `they` `'ve`.
/// - Hyphenated compounds, initialisms and abbreviations stay whole: `U.S.-led`, `anti-ISIS`,
///   `R.-Tenn.`, `Mr.`; numbers keep separators and decimals: `1,000`, `3.5`; `%` and `$` split off.
/// - Quotes, brackets and punctuation are tokens of their own; `--` and `...` are single tokens.
/// - E-mail addresses, URLs, `@handles` and `#tags` stay whole.
struct Tokenizer {
    /// How a word token ending in an attached full stop bears on sentence ends.
    enum StopRole: UInt8 {
        case none, initialism, initial, title, month, other
    }

    struct RawToken {
        var range: Range<Int>
        var kind: TokenKind
        var stop: StopRole = .none
    }

    let text: UnsafeBufferPointer<UInt8>

    /// Tokens of `text[range]` (one paragraph), appended to `tokens`.
    func tokenize(_ range: Range<Int>, into tokens: inout [RawToken]) {
        var i = range.lowerBound
        let end = range.upperBound
        var openSingleQuotes = 0
        while i < end {
            let byte = text[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 { i += 1; continue }
            if isWordStart(at: i, end: end) {
                i = scanWord(from: i, end: end, into: &tokens)
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                let opening = opensQuote(at: i, lowerBound: range.lowerBound, end: end)
                tokens.append(RawToken(range: i..<(i + 1), kind: opening ? .openingQuote : .closingQuote))
                i += 1
            case UInt8(ascii: "'"):
                // Opening quote, closing quote, or the possessive of a plural (Veterans' Affairs).
                let kind: TokenKind
                if opensQuote(at: i, lowerBound: range.lowerBound, end: end) {
                    openSingleQuotes += 1
                    kind = .openingQuote
                } else if openSingleQuotes > 0 {
                    openSingleQuotes -= 1
                    kind = .closingQuote
                } else {
                    kind = i > range.lowerBound && text[i - 1] | 0x20 == UInt8(ascii: "s") ? .clitic : .closingQuote
                }
                tokens.append(RawToken(range: i..<(i + 1), kind: kind))
                i += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."):
                var j = i + 1
                while j < end && text[j] == byte { j += 1 }
                tokens.append(RawToken(range: i..<j, kind: .punctuation))
                i = j
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"):
                tokens.append(RawToken(range: i..<(i + 1), kind: .punctuation))
                i += 1
            default:
                let length = byte < 0x80 ? 1 : TextNormalizer.decodeScalar(text, at: i, end: end).1
                tokens.append(RawToken(range: i..<min(i + length, end), kind: .symbol))
                i += length
            }
        }
    }

    // MARK: - Words

    private func scanWord(from start: Int, end: Int, into tokens: inout [RawToken]) -> Int {
        var i = start
        if text[i] == UInt8(ascii: "@") || text[i] == UInt8(ascii: "#") { i += 1 }  // handle or tag
        var segmentStart = i
        var allDigits = true
        var sawDot = false
        var singleLetterSegments = true
        while true {
            // One run of letters and digits.
            let runStart = i
            while i < end, let length = wordCharLength(at: i, end: end) {
                if text[i] < UInt8(ascii: "0") || text[i] > UInt8(ascii: "9") { allDigits = false }
                i += length
            }
            if i - runStart != 1 || !isLetter(text[runStart]) { singleLetterSegments = false }
            guard i < end else { break }
            let c = text[i]
            let next: UInt8 = i + 1 < end ? text[i + 1] : 0
            let nextIsWord = i + 1 < end && isWordByte(at: i + 1, end: end)
            if c == UInt8(ascii: "'") {
                if let clitic = cliticLength(at: i, end: end) {
                    // n't takes the n with it: do|n't, ca|n't.
                    let isNot = text[i + 1] | 0x20 == UInt8(ascii: "t")
                    let split = isNot ? i - 1 : i
                    if split > start {
                        tokens.append(RawToken(range: start..<split, kind: allDigits ? .number : .word))
                        tokens.append(RawToken(range: split..<(i + clitic), kind: .clitic))
                        return i + clitic
                    }
                }
                if nextIsWord && isLetter(next) { i += 1; segmentStart = i; continue }  // Shi'ite, O'Brien
                break
            }
            if c == UInt8(ascii: "-") && nextIsWord { i += 1; segmentStart = i; allDigits = false; continue }
            if c == UInt8(ascii: ".") {
                let segmentIsInitial = i - segmentStart == 1 && isLetter(text[segmentStart])
                if nextIsWord && (segmentIsInitial || (allDigits && isDigit(next))) {
                    i += 1; sawDot = true; segmentStart = i; continue        // U.S / 3.5
                }
                if next == UInt8(ascii: "-") && segmentIsInitial && i + 2 < end && isWordByte(at: i + 2, end: end) {
                    i += 2; sawDot = true; segmentStart = i; allDigits = false; continue   // R.-Tenn
                }
                if nextIsWord, let domainEnd = domainEnd(after: i, end: end) {
                    i = domainEnd; allDigits = false; break                  // wsj.com
                }
                if nextIsWord && (addressFollows(from: i, end: end) || text[start..<i].elementsEqual("www".utf8)) {
                    return scanAddress(from: start, end: end, into: &tokens)  // first.last@site.com, www.site.org
                }
                break
            }
            if c == UInt8(ascii: ",") && allDigits && isThousandsGroup(at: i + 1, end: end) { i += 1; continue }
            if (c == UInt8(ascii: "/") || c == UInt8(ascii: "&")) && nextIsWord && i > start {
                i += 1; segmentStart = i; allDigits = allDigits && isDigit(next); continue   // 9/11, AT&T
            }
            if c == UInt8(ascii: "@") && nextIsWord { return scanAddress(from: start, end: end, into: &tokens) }
            if c == UInt8(ascii: ":") && next == UInt8(ascii: "/") { return scanAddress(from: start, end: end, into: &tokens) }
            break
        }
        // A following full stop: part of the token for initialisms and known abbreviations.
        if i < end && text[i] == UInt8(ascii: ".") && !(i + 1 < end && text[i + 1] == UInt8(ascii: ".")) {
            let lastSegment = String(decoding: UnsafeBufferPointer(rebasing: text[segmentStart..<i]), as: UTF8.self)
            var role = Tokenizer.StopRole.none
            if sawDot && singleLetterSegments {
                role = .initialism
            } else if i - start == 1 && isUpper(text[start]) {
                role = .initial
            } else if let known = Abbreviations.classify(lastSegment) {
                switch known {
                case .title: role = .title
                case .month: role = .month
                case .other: role = .other
                case .beforeNumber: role = nextNonSpaceIsDigit(after: i + 1, end: end) ? .title : .none
                }
            } else if sawDot && lastSegment.utf8.count == 1 {
                role = .initialism   // R.-T. style
            }
            if role != .none {
                tokens.append(RawToken(range: start..<(i + 1), kind: .word, stop: role))
                return i + 1
            }
        }
        tokens.append(RawToken(range: start..<i, kind: allDigits && !(text[start] == UInt8(ascii: "@") || text[start] == UInt8(ascii: "#")) ? .number : .word))
        return i
    }

    /// E-mail addresses and URLs: everything up to white space, less trailing punctuation.
    private func scanAddress(from start: Int, end: Int, into tokens: inout [RawToken]) -> Int {
        var i = start
        while i < end && text[i] != 0x20 && text[i] != 0x0A { i += 1 }
        while i > start + 1, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                              UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "!"),
                              UInt8(ascii: "?")].contains(text[i - 1]) { i -= 1 }
        tokens.append(RawToken(range: start..<i, kind: .word))
        return i
    }

    /// Length of a clitic starting with the apostrophe at `i` ('s 've 'll 're 'd 'm, or 't after n), or nil.
    private func cliticLength(at i: Int, end: Int) -> Int? {
        func lower(_ k: Int) -> UInt8 { i + k < end ? text[i + k] | 0x20 : 0 }
        func endsAt(_ k: Int) -> Bool { i + k >= end || !isWordByte(at: i + k, end: end) }
        switch lower(1) {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"):
            return endsAt(2) ? 2 : nil
        case UInt8(ascii: "t"):
            return endsAt(2) && i > 0 && text[i - 1] | 0x20 == UInt8(ascii: "n") ? 2 : nil
        case UInt8(ascii: "v"):
            return lower(2) == UInt8(ascii: "e") && endsAt(3) ? 3 : nil
        case UInt8(ascii: "l"):
            return lower(2) == UInt8(ascii: "l") && endsAt(3) ? 3 : nil
        case UInt8(ascii: "r"):
            return lower(2) == UInt8(ascii: "e") && endsAt(3) ? 3 : nil
        default:
            return nil
        }
    }

    /// After `name.`: the end of a top-level domain (`com`) that ends the word, or nil.
    private func domainEnd(after dot: Int, end: Int) -> Int? {
        var j = dot + 1
        while j < end && isLetter(text[j]) && j - dot <= 5 { j += 1 }
        if j < end && isWordByte(at: j, end: end) { return nil }
        let tld = String(decoding: UnsafeBufferPointer(rebasing: text[(dot + 1)..<j]), as: UTF8.self)
        return Abbreviations.domains.contains(tld) ? j : nil
    }

    /// Whether an `@` comes before the next space (within 64 bytes): an e-mail address.
    private func addressFollows(from i: Int, end: Int) -> Bool {
        var j = i
        while j < end && j - i < 64 {
            let byte = text[j]
            if byte == UInt8(ascii: "@") { return true }
            if byte == 0x20 || byte == 0x0A { return false }
            j += 1
        }
        return false
    }

    private func isThousandsGroup(at i: Int, end: Int) -> Bool {
        guard i + 3 <= end, isDigit(text[i]), isDigit(text[i + 1]), isDigit(text[i + 2]) else { return false }
        return i + 3 == end || !isDigit(text[i + 3])
    }

    private func nextNonSpaceIsDigit(after i: Int, end: Int) -> Bool {
        var j = i
        while j < end && text[j] == 0x20 { j += 1 }
        return j < end && isDigit(text[j])
    }

    /// Whether the quote at `i` opens: at the start, or after space, a bracket, a dash or another opening quote.
    private func opensQuote(at i: Int, lowerBound: Int, end: Int) -> Bool {
        if i == lowerBound { return true }
        let before = text[i - 1]
        if before == 0x20 || before == UInt8(ascii: "(") || before == UInt8(ascii: "[") || before == UInt8(ascii: "-")
            || before == UInt8(ascii: "{") { return true }
        if before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") { return i - 1 == lowerBound || text[i - 2] == 0x20 }
        return false
    }

    // MARK: - Bytes

    private func isWordStart(at i: Int, end: Int) -> Bool {
        let byte = text[i]
        if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") {
            return i + 1 < end && isWordByte(at: i + 1, end: end)
                && (i == 0 || !isWordByte(at: i - 1, end: end))
        }
        return isWordByte(at: i, end: end)
    }

    @inline(__always)
    private func isWordByte(at i: Int, end: Int) -> Bool { wordCharLength(at: i, end: end) != nil }

    /// Byte length of the letter, digit or mark at `i`, or nil when it is not one.
    @inline(__always)
    private func wordCharLength(at i: Int, end: Int) -> Int? {
        let byte = text[i]
        if byte < 0x80 {
            return isLetter(byte) || isDigit(byte) ? 1 : nil
        }
        let (value, length) = TextNormalizer.decodeScalar(text, at: i, end: end)
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let properties = scalar.properties
        if properties.isAlphabetic { return length }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return length
        default:
            return value == 0xFFFD ? length : nil
        }
    }

    @inline(__always) private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

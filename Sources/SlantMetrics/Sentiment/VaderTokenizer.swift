/// One of VADER's `words_and_emoticons`, with everything the rules ask about it precomputed.
struct VaderToken {
    /// Byte range in the scored text, after `_strip_punc_if_word`.
    var start: Int
    var end: Int
    /// The lexicon/booster/negation/rule-word facts for `token.lower()`.
    var entry: VaderWordEntry
    /// Python's `token.isupper()`.
    var isUpper: Bool
    /// vaderSentiment's `negated([token])`: in NEGATE, or `"n't"` in the lowercased token.
    var negates: Bool
}

/// The tokens of a text plus the punctuation counts `score_valence` reads from the same text.
struct VaderTokenization {
    var tokens: [VaderToken] = []
    var exclamationMarks = 0
    var questionMarks = 0
}

/// `SentiText._words_and_emoticons`: `text.split()`, then `_strip_punc_if_word` on each piece.
struct VaderTokenizer {
    let words: VaderWordTable

    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> VaderTokenization {
        var result = VaderTokenization()
        result.tokens.reserveCapacity(bytes.count / 6 + 1)
        let count = bytes.count
        var index = 0
        while index < count {
            // Between tokens: skip Python whitespace.
            let byte = bytes[index]
            if byte <= 0x20 || byte >= 0x80 {
                let space = PythonText.whitespaceLength(bytes, at: index)
                if space > 0 {
                    index += space
                    continue
                }
            }
            // Inside a token: printable ASCII is never whitespace; count "!" and "?" on the way.
            let start = index
            while index < count {
                let byte = bytes[index]
                if byte > 0x20 && byte < 0x80 {
                    if byte == 0x21 {
                        result.exclamationMarks += 1
                    } else if byte == 0x3F {
                        result.questionMarks += 1
                    }
                    index += 1
                } else if PythonText.whitespaceLength(bytes, at: index) > 0 {
                    break
                } else {
                    index += 1
                }
            }
            result.tokens.append(token(bytes, start: start, end: index))
        }
        return result
    }

    @inline(__always)
    private func token(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> VaderToken {
        // _strip_punc_if_word: strip string.punctuation; keep the original if <= 2 characters
        // remain (so emoticons like ":)" and ":D" survive).
        var strippedStart = start, strippedEnd = end
        while strippedStart < strippedEnd && PythonText.isPunctuation(bytes[strippedStart]) {
            strippedStart += 1
        }
        while strippedEnd > strippedStart && PythonText.isPunctuation(bytes[strippedEnd - 1]) {
            strippedEnd -= 1
        }
        var characters = 0
        var position = strippedStart
        while position < strippedEnd && characters <= 2 {
            if bytes[position] & 0xC0 != 0x80 { characters += 1 }
            position += 1
        }
        let (tokenStart, tokenEnd) = characters <= 2 ? (start, end) : (strippedStart, strippedEnd)

        // One pass: lowercase hash, case flags, apostrophe. Non-ASCII General Punctuation
        // (U+2000–U+206F: curly quotes, dashes, ellipsis) is uncased and lowercases to itself,
        // so it stays on this path; any other non-ASCII scalar takes the Unicode path.
        var hash = VaderWordTable.hashSeed
        var hasUpper = false, hasLower = false, hasApostrophe = false
        var index = tokenStart
        while index < tokenEnd {
            var byte = bytes[index]
            if byte >= 0x80 {
                guard byte == 0xE2, index + 2 < tokenEnd,
                      bytes[index + 1] == 0x80 || (bytes[index + 1] == 0x81 && bytes[index + 2] <= 0xAF)
                else {
                    return unicodeToken(bytes, start: tokenStart, end: tokenEnd)
                }
                hash = VaderWordTable.hashStep(hash, byte)
                hash = VaderWordTable.hashStep(hash, bytes[index + 1])
                hash = VaderWordTable.hashStep(hash, bytes[index + 2])
                index += 3
                continue
            }
            if byte &- 0x41 < 26 {
                hasUpper = true
                byte |= 0x20
            } else if byte &- 0x61 < 26 {
                hasLower = true
            } else if byte == 0x27 {
                hasApostrophe = true
            }
            hash = VaderWordTable.hashStep(hash, byte)
            index += 1
        }
        let word = UnsafeBufferPointer(rebasing: bytes[tokenStart..<tokenEnd])
        let entry = words.lookup(word, hash: hash, foldASCII: true) ?? .unknown
        return VaderToken(
            start: tokenStart, end: tokenEnd, entry: entry, isUpper: hasUpper && !hasLower,
            negates: entry.isNegation || (hasApostrophe && Self.containsNT(word)))
    }

    /// Rare: a token with cased or case-changing non-ASCII scalars gets Python's Unicode-aware
    /// `isupper()` and `lower()` (e.g. "É" is uppercase; KELVIN SIGN lowercases to "k").
    private func unicodeToken(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> VaderToken {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let lowered = Array(text.lowercased().utf8)
        return lowered.withUnsafeBufferPointer { lowered in
            let entry = words.lookup(lowered, foldASCII: false) ?? .unknown
            return VaderToken(
                start: start, end: end, entry: entry,
                isUpper: PythonText.isUpper(Substring(text).unicodeScalars),
                negates: entry.isNegation || Self.containsNT(lowered))
        }
    }

    /// `"n't" in word.lower()`, folding ASCII case on the fly.
    @inline(__always)
    static func containsNT(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        for index in 1..<(word.count - 1) where word[index] == 0x27 {
            if word[index - 1] | 0x20 == 0x6E && word[index + 1] | 0x20 == 0x74 { return true }
        }
        return false
    }
}

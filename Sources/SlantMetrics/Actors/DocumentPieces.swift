import SlantText

/// A document's tokens as matchable pieces: each token whole, except hyphenated words, which
/// are split at their hyphens (`anti-ISIS` → `anti`, `ISIS`). Built once per document and
/// shared by every actor of a ``MentionFinder``.
struct DocumentPieces {
    struct Piece {
        /// Index into the document's tokens.
        var token: Int
        /// Byte offsets of the piece inside the token's analysis text.
        var lower: Int
        var upper: Int
        var sentence: Int
        /// Hash of the folded bytes (see ``PieceKey``).
        var hash: UInt64
    }

    let analysis: AnalysedDocument
    private(set) var pieces: [Piece] = []

    init(_ analysis: AnalysedDocument) {
        self.analysis = analysis
        pieces.reserveCapacity(analysis.tokens.count + analysis.tokens.count / 16)
        for (sentenceIndex, sentence) in analysis.sentences.enumerated() {
            for tokenIndex in sentence.tokens {
                let token = analysis.tokens[tokenIndex]
                var text = token.text
                text.withUTF8 { bytes in
                    guard token.kind == .word, bytes.contains(UInt8(ascii: "-")) else {
                        pieces.append(Piece(token: tokenIndex, lower: 0, upper: bytes.count, sentence: sentenceIndex,
                                            hash: PieceKey.hash(bytes, 0..<bytes.count)))
                        return
                    }
                    var start = 0
                    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "-") {
                        if index > start {
                            pieces.append(Piece(token: tokenIndex, lower: start, upper: index, sentence: sentenceIndex,
                                                hash: PieceKey.hash(bytes, start..<index)))
                        }
                        start = index + 1
                    }
                }
            }
        }
    }

    /// The bytes of a piece (analysis form).
    func bytes(of piece: Piece) -> ArraySlice<UInt8> {
        Array(analysis.tokens[piece.token].text.utf8)[piece.lower..<piece.upper]
    }

    /// Whether the text piece satisfies an alias piece: same folded bytes, and the case the alias asks for.
    func matches(_ piece: Piece, _ pattern: AliasPattern.Piece) -> Bool {
        guard piece.hash == pattern.hash, piece.upper - piece.lower == pattern.bytes.count else { return false }
        let text = bytes(of: piece)
        switch pattern.rule {
        case .exact:
            return text.elementsEqual(pattern.bytes)
        case .anyCase:
            return text.lazy.map(PieceKey.fold).elementsEqual(pattern.folded)
        case .capitalised:
            return text.lazy.map(PieceKey.fold).elementsEqual(pattern.folded) && Self.firstLetterIsUpper(text)
        }
    }

    /// Byte offset in the original text of a position inside a token's analysis text. Tokens
    /// whose analysis form has another length than the original (curly quotes made straight)
    /// map to their whole original range.
    func originalOffset(token index: Int, at offset: Int, end: Bool) -> Int {
        let token = analysis.tokens[index]
        if token.text.utf8.count == token.range.count { return token.range.lowerBound + offset }
        return end ? token.range.upperBound : token.range.lowerBound
    }

    /// Length of a token's analysis text in bytes.
    func tokenLength(_ index: Int) -> Int { analysis.tokens[index].text.utf8.count }

    static func firstLetterIsUpper(_ bytes: ArraySlice<UInt8>) -> Bool {
        for (offset, byte) in zip(bytes.indices, bytes) {
            if PieceKey.isUpper(byte) { return true }
            if PieceKey.isLower(byte) { return false }
            if byte >= 0xC0 {
                let scalar = String(decoding: bytes[offset...], as: UTF8.self).unicodeScalars.first
                if let scalar, scalar.properties.isAlphabetic { return scalar.properties.isUppercase }
            }
        }
        return false
    }
}

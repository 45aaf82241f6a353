import SlantText

/// One alias compiled for matching: its pieces (words, and the parts of hyphenated words) with
/// their folded bytes, hashes and case rules.
///
/// Aliases are tokenised by the same ``TextAnalyzer`` as documents, so "Bashar al-Assad" and
/// "Assad’s" split exactly as they do in the text (`Bashar` `al` `Assad`; `Assad` `'s`).
struct AliasPattern: Sendable, Hashable {
    struct Piece: Sendable, Hashable {
        /// The piece as the alias writes it (analysis form).
        var bytes: [UInt8]
        /// Folded for comparison.
        var folded: [UInt8]
        var hash: UInt64
        var rule: CaseRule
    }

    /// The alias as declared (or the demonym), shown in evidence and by `names`; for an
    /// exception, without its leading minus.
    var text: String
    var kind: Mention.Kind
    /// An exception ("-Washington Post"): where it matches, the words are taken but nothing is
    /// mentioned, so a shorter alias inside it ("Washington") does not count there.
    var isException: Bool
    var pieces: [Piece]
    /// A single all-caps piece that is also an English function word ("IS", "US"): not matched
    /// among words written in capitals ("THIS IS AN …"), where "IS" is just "is".
    var isShoutableWord: Bool

    /// Letters and digits in the alias, for the "too short" check.
    var alphanumericCount: Int

    /// Written as a proper name: every word capitalised, apart from particles such as the
    /// "al" of "Bashar al-Assad". Only such aliases name a person, so only they can be what a
    /// later "he" refers back to ("Assad regime" and "Syrian army" cannot).
    var isProperName: Bool {
        kind == .name && !isException && pieces.allSatisfy { piece in
            piece.rule != .anyCase || Self.nameParticles.contains(String(decoding: piece.folded, as: UTF8.self))
        }
    }

    static let nameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "abu", "ben", "de", "da", "di", "du", "van", "von", "der", "la", "le",
    ]

    init(text: String, kind: Mention.Kind, isException: Bool = false) {
        self.text = text
        self.kind = kind
        self.isException = isException
        let analysed = TextAnalyzer.analyse(Document(id: "alias", text: text))
        var pieces: [Piece] = []
        var alphanumerics = 0
        for token in analysed.tokens {
            for bytes in Self.split(token) {
                let folded = bytes.map(PieceKey.fold)
                pieces.append(Piece(bytes: bytes, folded: folded, hash: PieceKey.hash(bytes), rule: CaseRule.of(bytes)))
            }
        }
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            alphanumerics += 1
        }
        self.pieces = pieces
        self.alphanumericCount = alphanumerics
        if pieces.count == 1, pieces[0].rule == .exact {
            isShoutableWord = Self.functionWords.contains(String(decoding: pieces[0].folded, as: UTF8.self))
        } else {
            isShoutableWord = false
        }
    }

    /// A token's pieces: a word split at its hyphens (`U.S.-led` → `U.S.`, `led`), anything else whole.
    static func split(_ token: Token) -> [[UInt8]] {
        let bytes = Array(token.text.utf8)
        guard token.kind == .word, bytes.contains(UInt8(ascii: "-")) else { return [bytes] }
        return bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: true).map(Array.init)
    }

    /// Two-letter English words that an all-caps alias can spell.
    static let functionWords: Set<String> = [
        "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
        "of", "on", "or", "so", "to", "up", "us", "we",
    ]
}

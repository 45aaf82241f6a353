/// One place where a document refers to an actor.
///
/// Positions are indices into the ``SlantText/AnalysedDocument`` the mention was found in
/// (`sentence`, `tokens`) and UTF-8 byte offsets into its original text (`range`).
public struct Mention: Sendable, Hashable {
    /// How the actor was referred to.
    public enum Kind: Sendable, Hashable {
        /// By one of its aliases ("Assad", "Islamic State").
        case name
        /// By the demonym of a country alias ("Russian" for an actor with the alias "Russia").
        case demonym
        /// By a pronoun carried over from an earlier mention in the paragraph ("he" after
        /// "Putin"): inferred, not written.
        case pronoun
    }

    public var kind: Kind
    /// The alias as the actor declares it ("Islamic State", even where the text shouts "ISLAMIC
    /// STATE"), the demonym ("Russian", "Russians"), or the pronoun in lower case ("his").
    public var alias: String
    /// Index into ``SlantText/AnalysedDocument/sentences``.
    public var sentence: Int
    /// Index into ``SlantText/AnalysedDocument/paragraphs``.
    public var paragraph: Int
    /// Indices into ``SlantText/AnalysedDocument/tokens`` of the tokens the mention touches.
    public var tokens: Range<Int>
    /// Byte range of the matched words in the original text (part of a token for `anti-ISIS`).
    public var range: Range<Int>
    /// Followed by a possessive `'s` / `’s` (or a bare `'` after a plural): "Assad’s regime".
    public var isPossessive: Bool
    /// Part of a hyphenated word: "anti-ISIS", "U.S.-led", "post-Assad".
    public var isInCompound: Bool
    /// For a pronoun: the index, in the same mention list, of the mention it refers back to.
    public var antecedent: Int?

    public init(
        kind: Kind, alias: String, sentence: Int, paragraph: Int, tokens: Range<Int>, range: Range<Int>,
        isPossessive: Bool = false, isInCompound: Bool = false, antecedent: Int? = nil
    ) {
        self.kind = kind
        self.alias = alias
        self.sentence = sentence
        self.paragraph = paragraph
        self.tokens = tokens
        self.range = range
        self.isPossessive = isPossessive
        self.isInCompound = isInCompound
        self.antecedent = antecedent
    }

    /// True for pronoun carry-over: the text does not name the actor here.
    public var isInferred: Bool { kind == .pronoun }
}

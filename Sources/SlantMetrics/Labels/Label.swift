/// A word or phrase an outlet attaches to an actor where it mentions it.
public struct Label: Sendable, Hashable {
    /// The grammatical place of the label.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Words right before the name: "strongman Assad", "Russian President Vladimir Putin", "Mr. Obama".
        case modifier
        /// A noun phrase set off by commas: "Bashar al-Assad, the Syrian president"; "Assad, his only ally".
        case apposition
        /// What the actor is said to own: "Assad’s embattled regime", "Russia’s military buildup".
        case possessive
        /// What the actor is said to be: "Assad is the main responsible person", "Obama is, frankly,
        /// delusional", "Mr. Putin now is looking … more like the indispensable man".
        case predicate
    }

    /// The label's words as written ("embattled regime", "the Syrian president").
    public var text: String
    public var kind: Kind
    /// Index of the mention it belongs to, in ``DocumentMentions/mentions``.
    public var mention: Int
    /// Index into ``SlantText/AnalysedDocument/sentences``.
    public var sentence: Int
    /// Token indices of the label's words.
    public var tokens: Range<Int>
    /// Byte range of the label's words in the original text.
    public var range: Range<Int>

    public init(text: String, kind: Kind, mention: Int, sentence: Int, tokens: Range<Int>, range: Range<Int>) {
        self.text = text
        self.kind = kind
        self.mention = mention
        self.sentence = sentence
        self.tokens = tokens
        self.range = range
    }
}

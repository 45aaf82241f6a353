/// What kind of thing a token is.
public enum TokenKind: Sendable, Hashable {
    /// A word, including hyphenated compounds (`U.S.-led`), abbreviations (`Mr.`), handles,
    /// e-mail addresses and URLs.
    case word
    /// Digits, with thousands separators and decimals (`1,000`, `3.5`).
    case number
    /// A contraction or possessive split from its word, Penn Treebank style: `'s`, `n't`, `'ll`,
    /// `'ve`, `'re`, `'d`, `'m`, and a bare `'` after a plural (`Veterans'`).
    case clitic
    /// Sentence and clause punctuation: `. , ; : ! ? ( ) [ ] { } -- - ...`
    case punctuation
    /// An opening quotation mark (`“`, `‘`, or a straight quote that opens).
    case openingQuote
    /// A closing quotation mark.
    case closingQuote
    /// Anything else: `$ % & # +`, `©`, emoji.
    case symbol
}

/// One token, with where it is in the original text and its analysis form.
public struct Token: Sendable, Hashable {
    /// The analysis form: straight quotes and apostrophes, `--` for dashes (`"`, `'s`, `U.S.-led`).
    public var text: String
    public var kind: TokenKind
    /// UTF-8 byte range in the document's original text.
    public var range: Range<Int>
    /// Byte range in the cleaned analysis text.
    public var cleanedRange: Range<Int>

    public init(text: String, kind: TokenKind, range: Range<Int>, cleanedRange: Range<Int>) {
        self.text = text
        self.kind = kind
        self.range = range
        self.cleanedRange = cleanedRange
    }

    /// Words and numbers count as words; punctuation, quotes, symbols and split-off clitics don't.
    public var isWord: Bool { kind == .word || kind == .number }

    /// The token as the Penn Treebank writes it, which is what the part-of-speech tagger was
    /// trained on: quotes as ``` `` ``` / `''` (`` ` `` / `'` for single quotes), brackets as `-LRB-` etc.
    public var pennText: String {
        switch kind {
        case .openingQuote: return text == "'" ? "`" : "``"
        case .closingQuote: return text == "'" ? "'" : "''"
        case .punctuation:
            switch text {
            case "(": return "-LRB-"
            case ")": return "-RRB-"
            case "[": return "-LSB-"
            case "]": return "-RSB-"
            case "{": return "-LCB-"
            case "}": return "-RCB-"
            default: return text
            }
        case .word, .number, .clitic, .symbol:
            return text
        }
    }
}

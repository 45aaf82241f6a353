/// A Penn Treebank part-of-speech tag, as produced by ``PerceptronTagger``.
///
/// The raw value is the tag exactly as the Penn Treebank (and the reference Python tagger)
/// spells it, e.g. `"NN"`, `"PRP$"`, `"``"`, `"-LRB-"`. These are the 45 classes of the shipped
/// averaged-perceptron model.
public enum PennTag: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case pound = "#"
    case dollar = "$"
    case closingQuote = "''"
    case comma = ","
    case leftBracket = "-LRB-"
    case rightBracket = "-RRB-"
    case sentenceFinal = "."
    case colon = ":"
    case CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNP, NNPS, NNS, PDT, POS, PRP
    case PRPpossessive = "PRP$"
    case RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP
    case WPpossessive = "WP$"
    case WRB
    case openingQuote = "``"

    public var description: String { rawValue }

    /// Any verb form: VB, VBD, VBG, VBN, VBP, VBZ (modals `MD` are not included).
    public var isVerb: Bool {
        switch self {
        case .VB, .VBD, .VBG, .VBN, .VBP, .VBZ: true
        default: false
        }
    }

    /// Common or proper noun, singular or plural: NN, NNS, NNP, NNPS.
    public var isNoun: Bool {
        switch self {
        case .NN, .NNS, .NNP, .NNPS: true
        default: false
        }
    }

    /// Proper noun, singular or plural: NNP, NNPS.
    public var isProperNoun: Bool { self == .NNP || self == .NNPS }

    /// Adjective, comparative or superlative: JJ, JJR, JJS.
    public var isAdjective: Bool { self == .JJ || self == .JJR || self == .JJS }

    /// Adverb, comparative or superlative: RB, RBR, RBS (not `WRB`).
    public var isAdverb: Bool { self == .RB || self == .RBR || self == .RBS }

    /// Personal or possessive pronoun: PRP, PRP$.
    public var isPronoun: Bool { self == .PRP || self == .PRPpossessive }

    /// Punctuation tags: # $ '' , -LRB- -RRB- . : ``
    public var isPunctuation: Bool {
        switch self {
        case .pound, .dollar, .closingQuote, .comma, .leftBracket, .rightBracket, .sentenceFinal,
             .colon, .openingQuote:
            true
        default:
            false
        }
    }
}

/// The part-of-speech distinctions quote attribution needs, folded from Penn Treebank tags.
enum WordClass: UInt8, Sendable {
    /// Not tagged (the sentence had no quote mark and no reporting verb).
    case unknown
    case properNoun, noun, adjective, determiner, possessivePronoun, pronoun, number
    /// The possessive clitic `'s` (POS).
    case possessive
    /// VBD, VBZ, VBP: a verb that can head a clause.
    case finiteVerb
    case modal, baseVerb, pastParticiple, gerund
    case adverb, preposition
    /// The infinitive marker `to` (TO).
    case to
    case conjunction
    /// who, which, whose, where… (WDT, WP, WP$, WRB)
    case wh
    /// "there" in "there is" (EX)
    case existential
    case other

    init(penn tag: String) {
        switch tag {
        case "NNP", "NNPS": self = .properNoun
        case "NN", "NNS": self = .noun
        case "JJ", "JJR", "JJS": self = .adjective
        case "DT", "PDT": self = .determiner
        case "PRP$": self = .possessivePronoun
        case "PRP": self = .pronoun
        case "CD": self = .number
        case "POS": self = .possessive
        case "VBD", "VBZ", "VBP": self = .finiteVerb
        case "MD": self = .modal
        case "VB": self = .baseVerb
        case "VBN": self = .pastParticiple
        case "VBG": self = .gerund
        case "RB", "RBR", "RBS", "RP": self = .adverb
        case "IN": self = .preposition
        case "TO": self = .to
        case "CC": self = .conjunction
        case "WDT", "WP", "WP$", "WRB": self = .wh
        case "EX": self = .existential
        default: self = .other
        }
    }

    /// Words that can stand inside a noun phrase naming a speaker.
    var isPhraseWord: Bool {
        switch self {
        case .properNoun, .noun, .adjective, .determiner, .possessivePronoun, .number, .possessive: return true
        default: return false
        }
    }

    var isNoun: Bool { self == .properNoun || self == .noun }

    /// A verb form that can head a clause (the test for "said [the coalition is] …").
    var isFinite: Bool { self == .finiteVerb || self == .modal }

    var isVerb: Bool {
        switch self {
        case .finiteVerb, .modal, .baseVerb, .pastParticiple, .gerund: return true
        default: return false
        }
    }
}

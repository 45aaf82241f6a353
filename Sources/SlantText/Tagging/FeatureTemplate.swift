/// The fourteen feature templates of the reference tagger's `_get_features`, in the order it adds
/// them.
///
/// The order matters: the reference sums each label's score feature by feature in this order,
/// and floating-point addition is not associative, so summing in the same order is what makes
/// scores (and therefore near-ties) bit-identical.
///
/// A feature string in the weights file is the template's name, then its arguments, joined by
/// single spaces: `"i-1 tag+i word DT president"`.
enum FeatureTemplate: UInt8, CaseIterable, Sendable {
    case bias
    case suffix             // i suffix: last 3 code points of the raw word
    case prefix1            // i pref1: first code point of the raw word
    case previousTag        // i-1 tag
    case secondPreviousTag  // i-2 tag
    case tagPair            // i tag+i-2 tag (args: previous tag, second previous tag)
    case word               // i word (normalised)
    case previousTagAndWord // i-1 tag+i word (args: previous tag, normalised word)
    case previousWord       // i-1 word
    case previousSuffix     // i-1 suffix (of the normalised previous word)
    case secondPreviousWord // i-2 word
    case nextWord           // i+1 word
    case nextSuffix         // i+1 suffix
    case secondNextWord     // i+2 word

    /// The name the reference joins in front of the arguments.
    var name: String {
        switch self {
        case .bias: "bias"
        case .suffix: "i suffix"
        case .prefix1: "i pref1"
        case .previousTag: "i-1 tag"
        case .secondPreviousTag: "i-2 tag"
        case .tagPair: "i tag+i-2 tag"
        case .word: "i word"
        case .previousTagAndWord: "i-1 tag+i word"
        case .previousWord: "i-1 word"
        case .previousSuffix: "i-1 suffix"
        case .secondPreviousWord: "i-2 word"
        case .nextWord: "i+1 word"
        case .nextSuffix: "i+1 suffix"
        case .secondNextWord: "i+2 word"
        }
    }

    /// One-argument templates are looked up by position in a dense per-argument table
    /// (``TaggerModel/argumentFeatures``) instead of hashing; this is each one's column.
    /// The word templates come first so that the columns a context word needs share a cache line.
    var argumentSlot: Int? {
        switch self {
        case .word: 0
        case .previousWord: 1
        case .secondPreviousWord: 2
        case .nextWord: 3
        case .secondNextWord: 4
        case .previousSuffix: 5
        case .nextSuffix: 6
        case .suffix: 7
        case .prefix1: 8
        case .previousTag: 9
        case .secondPreviousTag: 10
        case .bias, .tagPair, .previousTagAndWord: nil
        }
    }

    /// The number of columns of the per-argument table.
    static let argumentSlotCount = 11

    /// How many space-separated arguments follow the name.
    var arity: Int {
        switch self {
        case .bias: 0
        case .tagPair, .previousTagAndWord: 2
        default: 1
        }
    }
}

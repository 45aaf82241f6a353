/// Where a word's valence came from.
public enum ToneWordSource: Sendable, Hashable {
    /// VADER (news mode) scored the word in its sentence; `steps` are the rules that fired
    /// (negation, boosters, caps, "but"…), `lexiconValence` the word's own entry.
    case vader(lexiconValence: Double, steps: [VaderRuleStep])
    /// The word is not in VADER but its base form is ("helped" → help).
    case baseForm(String, lexiconValence: Double)
    /// Slant's news lexicon (`news_valence.tsv`); `entry` is the form found (the word or its base).
    case newsLexicon(entry: String, lexiconValence: Double)
    /// pattern_en's polarity times ``ToneOptions/patternScale``.
    case pattern(polarity: Double)
}

/// A word of a sentence that carries sentiment, before it is weighed for a particular mention.
public struct ToneWord: Sendable, Hashable {
    /// Index into ``SlantText/AnalysedDocument/tokens``.
    public var token: Int
    /// The word as written (analysis form).
    public var text: String
    /// UTF-8 byte range in the document's original text.
    public var range: Range<Int>
    /// Its valence in the sentence, on VADER's scale (negation already applied).
    public var valence: Double
    /// The valence before VADER's sentence-wide "but" rule (× 0.5 before the first "but",
    /// × 1.5 after it); equal to `valence` when the rule did not fire.
    public var valenceBeforeBut: Double
    public var source: ToneWordSource
    /// A negation ("not", "n't", "never", "no", "without"…) within three tokens before it flipped
    /// it (× -0.74). For VADER words the negation is among VADER's own steps.
    public var isNegated: Bool

    public init(
        token: Int, text: String, range: Range<Int>, valence: Double, valenceBeforeBut: Double? = nil,
        source: ToneWordSource, isNegated: Bool
    ) {
        self.token = token
        self.text = text
        self.range = range
        self.valence = valence
        self.valenceBeforeBut = valenceBeforeBut ?? valence
        self.source = source
        self.isNegated = isNegated
    }

    /// The word's source, in words a reader understands: `VADER +1.9 (negated)`,
    /// `news lexicon 'indicted' -2.7`. VADER's "but" steps are named only when
    /// `includingBut` (when `tone` used them rather than scoping "but" to the mention).
    public func sourceDescription(includingBut: Bool = true) -> String {
        switch source {
        case .vader(let lexiconValence, let steps):
            var text = "VADER \(Self.format(lexiconValence))"
            let rules = steps.compactMap { step -> String? in
                switch step.rule {
                case .beforeBut, .afterBut: return includingBut ? Self.describe(step.rule) : nil
                default: return Self.describe(step.rule)
                }
            }
            if !rules.isEmpty { text += " (" + rules.joined(separator: ", ") + ")" }
            return text
        case .baseForm(let base, let valence):
            return "VADER '\(base)' \(Self.format(valence))" + (isNegated ? " (negated)" : "")
        case .newsLexicon(let entry, let valence):
            return "news lexicon '\(entry)' \(Self.format(valence))" + (isNegated ? " (negated)" : "")
        case .pattern(let polarity):
            return "pattern_en polarity \(Self.format(polarity))" + (isNegated ? " (negated)" : "")
        }
    }

    private static func describe(_ rule: VaderRule) -> String? {
        switch rule {
        case .lexicon: return nil
        case .noBeforeLexiconWord: return "'no' before a sentiment word"
        case .negatedByNo, .negation, .least: return "negated"
        case .allCaps: return "all caps"
        case .booster: return "boosted"
        case .neverSoThis: return "never so/this"
        case .withoutDoubt: return "without doubt"
        case .idiom(let phrase): return "idiom '\(phrase)'"
        case .boosterPhrase(let phrase): return "'\(phrase)'"
        case .beforeBut: return "before 'but' × 0.5"
        case .afterBut: return "after 'but' × 1.5"
        }
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded >= 0 ? "+\(rounded)" : "\(rounded)"
    }
}

/// A VADER rule that changed a token's valence.
public enum VaderRule: Sendable, Hashable {
    /// The word's valence from the lexicon.
    case lexicon
    /// "no" followed by another lexicon word scores 0 (it negates that word instead).
    case noBeforeLexiconWord
    /// "no" at `token`, one to three words before: lexicon valence × -0.74.
    case negatedByNo(token: Int)
    /// ALL-CAPS word while other words are not: ± 0.733.
    case allCaps
    /// Booster or dampener at `token` ("very", "slightly"), damped by distance.
    case booster(token: Int)
    /// Negation at `token` ("not", "never", any word with "n't"): × -0.74.
    case negation(token: Int)
    /// "never so …" / "never this …", or "so" / "this" right before at distance three: × 1.25.
    case neverSoThis
    /// "without doubt" before the word cancels the negation "without" would apply.
    case withoutDoubt
    /// A special-case idiom ("the bomb", "kiss of death") replaces the valence.
    case idiom(String)
    /// A multi-word dampener ("kind of", "sort of", "just enough") adds its value.
    case boosterPhrase(String)
    /// "least" at `token` (not "at least" / "very least"): × -0.74.
    case least(token: Int)
    /// Before the first "but" (at `token`): × 0.5.
    case beforeBut(token: Int)
    /// After the first "but" (at `token`): × 1.5.
    case afterBut(token: Int)
}

/// One rule application and the token's valence right after it.
public struct VaderRuleStep: Sendable, Hashable {
    public var rule: VaderRule
    public var valenceAfter: Double

    public init(rule: VaderRule, valenceAfter: Double) {
        self.rule = rule
        self.valenceAfter = valenceAfter
    }
}

/// How one token contributed to a VADER score.
public struct SentimentTokenTrace: Sendable, Hashable {
    /// The token as scored (after vaderSentiment's punctuation stripping).
    public var text: String
    /// UTF-8 byte range in the original text. Words of an emoji's description all point at
    /// the emoji itself.
    public var utf8Range: Range<Int>
    /// Python's `isupper()` on the token.
    public var isAllCaps: Bool
    /// The lexicon valence of the lowercased token, if it is in the lexicon.
    public var lexiconValence: Double?
    /// The token's final contribution (its entry in vaderSentiment's `sentiments`).
    public var valence: Double
    /// The rules that fired on this token, in order.
    public var steps: [VaderRuleStep]
}

/// The evidence behind a VADER score: every token, the rules that fired, and the totals.
public struct SentimentTrace: Sendable, Hashable {
    /// Exactly what `polarityScores` returns for the same text and mode.
    public var scores: SentimentScores
    public var tokens: [SentimentTokenTrace]
    /// The text as scored: emojis replaced by descriptions (and quotes straightened in news mode).
    public var scoredText: String
    /// Some but not all tokens are ALL CAPS, so caps emphasis applies.
    public var isCapDifferential: Bool
    public var exclamationMarks: Int
    public var questionMarks: Int
    /// Added to (or subtracted from) the sum for "!" and "?".
    public var punctuationAmplifier: Double
    /// Sum of token valences before punctuation emphasis and normalisation.
    public var valenceSum: Double

    /// Tokens that moved the score (non-zero valence).
    public var contributingTokens: [SentimentTokenTrace] { tokens.filter { $0.valence != 0 } }
}

/// Collects scorer events per token for `VaderAnalyzer.explain`.
struct VaderTraceRecorder: VaderRecorder {
    var steps: [[VaderRuleStep]]
    let lexicon: VaderLexicon

    init(tokenCount: Int, lexicon: VaderLexicon) {
        steps = Array(repeating: [], count: tokenCount)
        self.lexicon = lexicon
    }

    mutating func record(token: Int, _ event: VaderRuleEvent, valence: Double) {
        let rule: VaderRule
        switch event {
        case .lexicon: rule = .lexicon
        case .noBeforeLexiconWord: rule = .noBeforeLexiconWord
        case .negatedByNo(let at): rule = .negatedByNo(token: at)
        case .allCaps: rule = .allCaps
        case .booster(let at): rule = .booster(token: at)
        case .negation(let at): rule = .negation(token: at)
        case .neverSoThis: rule = .neverSoThis
        case .withoutDoubt: rule = .withoutDoubt
        case .idiom(let phrase): rule = .idiom(lexicon.specialCases[phrase].text)
        case .boosterPhrase(let phrase): rule = .boosterPhrase(lexicon.boosterPhrases[phrase].text)
        case .least(let at): rule = .least(token: at)
        case .beforeBut(let at): rule = .beforeBut(token: at)
        case .afterBut(let at): rule = .afterBut(token: at)
        }
        steps[token].append(VaderRuleStep(rule: rule, valenceAfter: valence))
    }
}

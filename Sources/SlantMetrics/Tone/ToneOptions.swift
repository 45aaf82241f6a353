/// The rules `tone(A)` uses to score a mention, and the thresholds that turn a score into a label.
///
/// The defaults are the configuration measured in `docs/VALIDATION.md` on the NewsMTSC
/// development set; the thresholds were chosen on its tuning half (see `ToneValidationTests`,
/// which re-derives them and checks they are still the ones shipped here). Every switch exists
/// so the ablation in VALIDATION.md can be reproduced.
public struct ToneOptions: Sendable, Hashable {
    /// Weight of a word `d` tokens away from the mention is `exp(-decay × d)`: 0.05 halves the
    /// weight every 14 tokens, so the whole sentence counts but the mention's neighbourhood most.
    public var decay: Double
    /// Negative words count this many times their valence. News reports hurt more plainly
    /// than praise (and VADER, built on social media, under-rates news negativity).
    public var negativeWeight: Double
    /// Weight of words outside the mention's clause (clauses split at `;`, `:`, dashes,
    /// brackets, "but"/"yet", subordinators and reporting verbs). 1 turns clause scoping off:
    /// it did not help on the development set (see VALIDATION.md), distance weighting does.
    public var otherClauseWeight: Double
    /// "but" scoped to the mention: words on the other side of a sentence's first "but" from the
    /// mention count this much (VADER's own rule, which halves everything before "but" and
    /// adds half to everything after it whatever the target, is undone). nil keeps VADER's rule.
    public var otherSideOfButWeight: Double?
    /// When the actor is the speaker ("X said …", "…, said X", "according to X"), the words it
    /// is reported to have said are its own, not words about it, and are left out.
    public var excludesOwnWords: Bool
    /// Words tagged as proper nouns (NNP, NNPS) do not count: "Supreme Court", "Grand Jury",
    /// "Justice Department", "Trump" are names, not judgements. Not applied to title-case
    /// headlines, where the tagger calls every capitalised word a proper noun.
    public var skipsProperNouns: Bool
    /// Look up an inflected form's base ("helped" → help) in VADER when the form is not there.
    public var usesBaseForms: Bool
    /// Use Slant's news lexicon (legal jeopardy, scandal, conflict, success) for words VADER lacks.
    public var usesNewsLexicon: Bool
    /// Use the pattern_en polarity of words neither VADER nor the news lexicon know, times
    /// `patternScale` (pattern's polarity runs from -1 to 1, VADER's valences from -4 to 4).
    public var usesPattern: Bool
    public var patternScale: Double
    /// Score below which a mention is negative (scores run from -1 to 1).
    public var negativeThreshold: Double
    /// Score above which a mention is positive.
    public var positiveThreshold: Double

    public init(
        decay: Double = 0.05, negativeWeight: Double = 1.5, otherClauseWeight: Double = 1,
        otherSideOfButWeight: Double? = 0.5, excludesOwnWords: Bool = true, skipsProperNouns: Bool = true, usesBaseForms: Bool = true,
        usesNewsLexicon: Bool = true, usesPattern: Bool = true, patternScale: Double = 2,
        negativeThreshold: Double = ToneOptions.standardNegativeThreshold,
        positiveThreshold: Double = ToneOptions.standardPositiveThreshold
    ) {
        self.decay = decay
        self.negativeWeight = negativeWeight
        self.otherClauseWeight = otherClauseWeight
        self.otherSideOfButWeight = otherSideOfButWeight
        self.excludesOwnWords = excludesOwnWords
        self.skipsProperNouns = skipsProperNouns
        self.usesBaseForms = usesBaseForms
        self.usesNewsLexicon = usesNewsLexicon
        self.usesPattern = usesPattern
        self.patternScale = patternScale
        self.negativeThreshold = negativeThreshold
        self.positiveThreshold = positiveThreshold
    }

    /// Chosen on the tuning half of NewsMTSC (docs/VALIDATION.md).
    public static let standardNegativeThreshold = -0.1
    public static let standardPositiveThreshold = 0.21

    /// The validated configuration.
    public static let standard = ToneOptions()

    /// The label of a score under these thresholds.
    public func label(for score: Double) -> ToneLabel {
        if score < negativeThreshold { return .negative }
        if score > positiveThreshold { return .positive }
        return .neutral
    }
}

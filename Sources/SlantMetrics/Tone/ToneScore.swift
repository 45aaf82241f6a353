/// How one word counted toward a mention's tone.
public struct ToneContribution: Sendable, Hashable {
    public var word: ToneWord
    /// Tokens between the word and the nearest token of the mention.
    public var distance: Int
    /// The valence used: the word's ``ToneWord/valenceBeforeBut`` when "but" is scoped to the
    /// mention, else its ``ToneWord/valence`` (VADER's own "but" rule included).
    public var valence: Double
    /// `exp(-decay × distance)`, times the other-clause and other-side-of-"but" weights when
    /// they apply.
    public var weight: Double
    /// The word stands on the other side of the sentence's first "but" from the mention.
    public var isAcrossBut: Bool
    /// What the word added to the raw score: valence × weight (× the negative weight for
    /// negative words).
    public var contribution: Double

    public init(word: ToneWord, distance: Int, valence: Double, weight: Double, isAcrossBut: Bool, contribution: Double) {
        self.word = word
        self.distance = distance
        self.valence = valence
        self.weight = weight
        self.isAcrossBut = isAcrossBut
        self.contribution = contribution
    }
}

/// Why a sentiment word of the sentence did not count toward the mention.
public enum ToneExclusion: String, Sendable, Hashable {
    /// The word is part of the mention itself ("Crooked" in the alias "Crooked Hillary" is
    /// still a mention word; "Trump" carries VADER valence as a verb).
    case mention
    /// A proper noun: part of a name ("Supreme Court"), not a judgement.
    case properNoun
    /// The actor is the speaker and these are its own reported words.
    case ownWords
}

/// A sentiment word that was left out, and why (for `explain`).
public struct ToneExcludedWord: Sendable, Hashable {
    public var word: ToneWord
    public var reason: ToneExclusion

    public init(word: ToneWord, reason: ToneExclusion) {
        self.word = word
        self.reason = reason
    }
}

/// The tone toward one mention in one sentence.
public struct ToneScore: Sendable, Hashable {
    /// The weighted sum, normalised to -1…1 like VADER's compound (`x / √(x² + 15)`).
    public var score: Double
    /// The weighted sum before normalising.
    public var rawScore: Double
    public var label: ToneLabel
    /// Quoted when the mention stands inside quotation marks.
    public var voice: ToneVoice
    /// The actor is the speaker of the sentence ("X said …", by this mention or another mention
    /// of it in the sentence); its own words were set aside.
    public var isSpeaker: Bool
    /// The words that counted, in sentence order.
    public var contributions: [ToneContribution]
    /// Sentiment words of the sentence that did not count.
    public var excluded: [ToneExcludedWord]

    public init(
        score: Double, rawScore: Double, label: ToneLabel, voice: ToneVoice, isSpeaker: Bool,
        contributions: [ToneContribution], excluded: [ToneExcludedWord]
    ) {
        self.score = score
        self.rawScore = rawScore
        self.label = label
        self.voice = voice
        self.isSpeaker = isSpeaker
        self.contributions = contributions
        self.excluded = excluded
    }
}

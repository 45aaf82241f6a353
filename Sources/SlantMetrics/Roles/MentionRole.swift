/// A mention to analyse for its role: where it is, in document terms.
public struct RoleMention: Sendable, Hashable {
    /// Index into ``SlantText/AnalysedDocument/sentences``.
    public var sentence: Int
    /// Document token indices.
    public var tokens: Range<Int>
    /// Byte range in the original text.
    public var range: Range<Int>
    /// Part of a hyphenated word ("U.S.-led", "anti-ISIS").
    public var isInCompound: Bool
    /// A pronoun carried over from an earlier mention (inferred).
    public var isInferred: Bool
    /// How the mention was matched, for evidence ("alias 'Moscow'").
    public var matchedBy: String

    public init(sentence: Int, tokens: Range<Int>, range: Range<Int>, isInCompound: Bool = false,
                isInferred: Bool = false, matchedBy: String = "") {
        self.sentence = sentence
        self.tokens = tokens
        self.range = range
        self.isInCompound = isInCompound
        self.isInferred = isInferred
        self.matchedBy = matchedBy
    }
}

/// How the role rules read one clause link (or one label) of a mention.
public struct RoleJudgement: Sendable, Hashable {
    /// The link judged; nil for a label.
    public var link: ClauseLink?
    /// The label judged; nil for a link.
    public var label: LabelHit?
    /// The other party's type, and why.
    public var other: PartyType
    public var otherReason: PartyIndex.Reason?
    /// VADER compound of the clause, the action and the actor's words left out.
    public var tone: Double
    /// The rule that decided (nil for a label, which decides by itself).
    public var rule: RoleRule?
    public var role: NarrativeRole
    public var fine: FineRole?
    /// The rule's confidence times the modality's weight (labels: 0.6).
    public var weight: Double
}

/// The role of one mention: every link and label judged, and the decision.
public struct MentionRole: Sendable, Hashable {
    public var documentID: String
    public var outlet: String
    public var mention: RoleMention
    /// The clause analysis (sentence-relative token indices).
    public var clause: MentionClause
    /// The sentence's token texts, to read the clause's token ranges (shared between the
    /// mentions of one sentence).
    public var words: [String]
    public var judgements: [RoleJudgement]
    /// The mention's role: the casting judgement with the most weight, else neutral (the text
    /// does not cast the actor here) or unclear (it acts, but the evidence cannot say how).
    public var role: NarrativeRole
    public var fine: FineRole?
    /// The deciding judgement's weight (0 for neutral without action, and for unclear).
    public var confidence: Double
    /// Index into ``judgements`` of the deciding judgement.
    public var decisive: Int?
    /// The sentence, with mention, action and other party highlighted, and the decision as its rule.
    public var evidence: Evidence

    /// The text of a sentence-relative token range ("the Assad regime"); nil when out of range.
    public func text(of range: Range<Int>) -> String? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= words.count else { return nil }
        return words[range].joined(separator: " ")
    }

    /// The grammatical role that counts for agency.
    public var grammaticalRole: GrammaticalRole { clause.primaryRole }
}

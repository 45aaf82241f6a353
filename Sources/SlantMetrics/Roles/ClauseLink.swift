/// The action of a clause link: a verb ("bomb", "prop up") or an action noun ("airstrike").
public struct ClausePredicate: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case verb, noun
    }

    /// Lemma ("bomb", "prop up", "airstrike").
    public var lemma: String
    public var kind: Kind
    /// Token index (in the sentence) of the verb or noun.
    public var token: Int
    /// Token index of the light verb that carries an action noun ("launched" in "launched airstrikes").
    public var lightVerb: Int?
    /// The action lexicon's entry, when the action is in it.
    public var entry: ActionEntry?

    public var actionClass: ActionClass? { entry?.actionClass }
}

/// One relation between the actor and an action in a sentence.
public struct ClauseLink: Sendable, Hashable {
    public var role: GrammaticalRole
    public var shape: ClauseShape
    public var predicate: ClausePredicate?
    public var modality: Modality
    /// Token index of the word that set the modality ("may", "not", "wants", "if"), if any.
    public var modalityCue: Int?
    /// Token range (in the sentence) of the other party: the object of an agent's action, the
    /// agent of a patient's.
    public var counterpart: Range<Int>?
    /// Token index of the noun that stands for the actor ("warplanes" in "Russian warplanes").
    public var via: Int?

    public init(role: GrammaticalRole, shape: ClauseShape, predicate: ClausePredicate? = nil,
                modality: Modality = .asserted, modalityCue: Int? = nil, counterpart: Range<Int>? = nil, via: Int? = nil) {
        self.role = role
        self.shape = shape
        self.predicate = predicate
        self.modality = modality
        self.modalityCue = modalityCue
        self.counterpart = counterpart
        self.via = via
    }
}

/// A label attached to the mention ("strongman Assad", "the Assad regime", "is a partner").
public struct LabelHit: Sendable, Hashable {
    public var token: Int
    public var label: RoleLabels.Label
}

/// The clause analysis of one mention: every link found, and the labels attached to it.
public struct MentionClause: Sendable, Hashable {
    /// The mention's tokens (sentence indices).
    public var mention: Range<Int>
    /// The noun phrase the mention belongs to (includes determiners, modifiers and its head).
    public var nounPhrase: Range<Int>
    public var links: [ClauseLink]
    public var labels: [LabelHit]

    /// The role that counts for agency: the first link's (the governing clause comes first), or
    /// possessor / mentioned.
    public var primaryRole: GrammaticalRole { links.first?.role ?? .mentioned }
    /// The shape that decided ``primaryRole``.
    public var primaryShape: ClauseShape { links.first?.shape ?? .onlyMentioned }
}

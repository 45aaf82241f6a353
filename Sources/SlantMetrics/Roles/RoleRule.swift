/// The evaluation around an action, from the clause's sentiment.
public enum ToneBand: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case negative, neutral, positive

    public var description: String { rawValue }

    /// The band of a VADER compound score: ≤ -0.25 negative, ≥ 0.25 positive. The bands are wider
    /// than VADER's usual ±0.05 because news clauses about conflict lean slightly negative anyway.
    public init(compound: Double) {
        if compound <= -0.25 {
            self = .negative
        } else if compound >= 0.25 {
            self = .positive
        } else {
            self = .neutral
        }
    }
}

/// What one rule needs to know about a clause link.
public struct RoleQuery: Sendable, Hashable {
    public var role: GrammaticalRole
    public var actionClass: ActionClass?
    public var hint: FineRole?
    public var other: PartyType
    public var tone: ToneBand

    public init(role: GrammaticalRole, actionClass: ActionClass?, hint: FineRole?, other: PartyType, tone: ToneBand) {
        self.role = role
        self.actionClass = actionClass
        self.hint = hint
        self.other = other
        self.tone = tone
    }
}

/// One line of `role-rules.tsv`: conditions on a clause link and the role they give.
public struct RoleRule: Sendable, Hashable, CustomStringConvertible {
    public enum ClassCondition: Sendable, Hashable {
        case any
        /// An action outside the lexicon.
        case unclassified
        case actionClass(ActionClass)
    }

    public enum FineChoice: Sendable, Hashable {
        case none
        /// The action's own hint from the lexicon.
        case hint
        case role(FineRole)
    }

    public var id: String
    /// agent or patient; nil for any.
    public var agency: GrammaticalRole?
    public var actionClass: ClassCondition
    public var hint: FineRole?
    public var other: PartyType?
    public var tone: ToneBand?
    public var role: NarrativeRole
    public var fine: FineChoice
    public var confidence: Double
    public var summary: String
    public var source: String

    public func matches(_ query: RoleQuery) -> Bool {
        if let agency, agency != query.role { return false }
        switch actionClass {
        case .any: break
        case .unclassified: if query.actionClass != nil { return false }
        case .actionClass(let wanted): if query.actionClass != wanted { return false }
        }
        if let hint, hint != query.hint { return false }
        if let other, other != query.other { return false }
        if let tone, tone != query.tone { return false }
        return true
    }

    /// The fine role this rule gives for an action with `hint`, if it belongs to the rule's role.
    public func fineRole(hint actionHint: FineRole?) -> FineRole? {
        switch fine {
        case .none: return nil
        case .role(let fine): return fine
        case .hint:
            guard let actionHint, actionHint.narrativeRole == role else { return nil }
            return actionHint
        }
    }

    public var description: String { "\(id): \(summary)" }
}

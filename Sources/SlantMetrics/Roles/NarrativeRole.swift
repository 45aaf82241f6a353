/// The narrative role a text gives an actor: the hero, the villain, the one who suffers — or none.
public enum NarrativeRole: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Acts for the good of others or a cause the text endorses.
    case protagonist
    /// Causes harm, obstructs or deceives.
    case antagonist
    /// Suffers harm or is used by others, without fault.
    case innocent
    /// Present, but the text does not cast it (a speaker, a neutral action, a bare mention).
    case neutral
    /// The evidence is too thin or contradictory to say.
    case unclear

    public var description: String { rawValue }

    /// Whether the role casts the actor (protagonist, antagonist or innocent).
    public var isCasting: Bool {
        switch self {
        case .protagonist, .antagonist, .innocent: true
        case .neutral, .unclear: false
        }
    }
}

/// Fine narrative roles, after the entity-framing taxonomy of SemEval-2025 Task 10 (plus rescuer
/// and aggressor), each under one main role.
public enum FineRole: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case guardian, peacemaker, rescuer, rebel, underdog, virtuous
    case instigator, aggressor, tyrant
    case foreignAdversary = "foreign adversary"
    case deceiver, saboteur, incompetent, corrupt, terrorist
    case victim, scapegoat, exploited, forgotten

    public var description: String { rawValue }

    /// The main role this fine role belongs to.
    public var narrativeRole: NarrativeRole {
        switch self {
        case .guardian, .peacemaker, .rescuer, .rebel, .underdog, .virtuous: .protagonist
        case .instigator, .aggressor, .tyrant, .foreignAdversary, .deceiver, .saboteur, .incompetent,
             .corrupt, .terrorist: .antagonist
        case .victim, .scapegoat, .exploited, .forgotten: .innocent
        }
    }

    /// What the role means, for documentation and `explain`.
    public var summary: String {
        switch self {
        case .guardian: "protects others or fights a threat to them"
        case .peacemaker: "seeks agreement and an end to conflict"
        case .rescuer: "saves those in danger"
        case .rebel: "fights an oppressive power"
        case .underdog: "the weaker side, held back by others"
        case .virtuous: "acts rightly, works with others for a common good"
        case .instigator: "starts or inflames conflict"
        case .aggressor: "uses force against others"
        case .tyrant: "abuses power over those it rules or holds"
        case .foreignAdversary: "an outside power working against others, or backing a villain"
        case .deceiver: "lies, misleads or makes doubtful claims"
        case .saboteur: "gets in the way of others' efforts"
        case .incompetent: "fails at what it attempts"
        case .corrupt: "gains by dishonest or exploitative means"
        case .terrorist: "uses terror against civilians"
        case .victim: "suffers harm"
        case .scapegoat: "is blamed unfairly"
        case .exploited: "is used or deceived by others"
        case .forgotten: "is neglected or overlooked"
        }
    }
}

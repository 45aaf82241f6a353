/// How real the action is in the text: done, possible, wanted, demanded of the actor, or denied.
public enum Modality: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Stated as happening or done: "Russia bombed", "Russia has backed".
    case asserted
    /// Possible, conditional or only apparent: a modal ("may", "could", "would"), "if", "seems to".
    case hedged
    /// Wanted, planned or promised, not yet done: "wants to join", "Russia's aim is to…", "ready to".
    case intended
    /// Demanded of the actor by others: "urged Russia to join" (the joining is not the actor's act).
    case demanded
    /// Denied or refused: "did not join", "refused to cooperate", "has done nothing".
    case negated

    public var description: String { rawValue }

    /// How much a clause with this modality counts toward a role.
    public var weight: Double {
        switch self {
        case .asserted: 1
        case .hedged, .intended: 0.5
        // What others demand of the actor is not the actor's act.
        case .demanded, .negated: 0
        }
    }

    /// The weaker of two modalities (negated < demanded < intended/hedged < asserted).
    public func combined(with other: Modality) -> Modality {
        func rank(_ modality: Modality) -> Int {
            switch modality {
            case .negated: 0
            case .demanded: 1
            case .intended: 2
            case .hedged: 3
            case .asserted: 4
            }
        }
        return rank(other) < rank(self) ? other : self
    }
}

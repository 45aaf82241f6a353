/// A verb that attributes words to a speaker ("said", "claimed", "according to"), with how it
/// colours what it reports. The list and its rationale are data: `Resources/quotes/`.
public struct ReportingVerb: Sendable, Hashable {
    /// Whether the verb only reports that words were said, or also characterises them.
    public enum VerbClass: String, Sendable, Hashable, CaseIterable {
        /// Reports the act of speaking and nothing more: said, told, added, stated.
        case neutral
        /// Characterises the speaker or vouches for or against the content: claimed, insisted,
        /// admitted, noted, warned.
        case loaded
    }

    /// What a loaded verb adds (``plain`` for neutral verbs). See `Resources/quotes/README.md`.
    public enum Nuance: String, Sendable, Hashable, CaseIterable {
        case plain, endorsing, distancing, concession, insistence, alarm, emotion, accusation, demand, tentative
    }

    /// What may follow the verb as the reported content.
    public struct Complements: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// "said that the coalition …"
        public static let that = Complements(rawValue: 1)
        /// A bare clause: "said the coalition is …"
        public static let clause = Complements(rawValue: 2)
        /// An infinitive: "urged Putin to join …"
        public static let to = Complements(rawValue: 4)
    }

    /// The grammatical role the verb gives the words around it.
    public enum Role: String, Sendable, Hashable {
        /// The subject speaks.
        case plain
        /// The subject speaks, and an addressee may come before the content ("told reporters that").
        case addressee
        /// The object speaks: "it quoted Lavrov criticizing …".
        case speakerIsObject
    }

    /// The dictionary form: "say", "according to".
    public var lemma: String
    public var verbClass: VerbClass
    public var nuance: Nuance
    public var complements: Complements
    public var role: Role

    public init(lemma: String, verbClass: VerbClass, nuance: Nuance, complements: Complements, role: Role) {
        self.lemma = lemma
        self.verbClass = verbClass
        self.nuance = nuance
        self.complements = complements
        self.role = role
    }

    /// "according to", which introduces its source after it and no content clause.
    public var isAccordingTo: Bool { lemma == "according to" }
}

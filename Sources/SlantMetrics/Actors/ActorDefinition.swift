/// An actor as a script declares it: a name and the aliases outlets use for it.
///
/// `actor Russia = "Russia", "Moscow", "Kremlin"` in Slant becomes
/// `ActorDefinition(name: "Russia", aliases: ["Russia", "Moscow", "Kremlin"])`. Compile it with
/// ``ActorPattern/init(_:countries:)`` before matching; that is where bad aliases are rejected.
public struct ActorDefinition: Sendable, Hashable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String]) {
        self.name = name
        self.aliases = aliases
    }
}

/// Why an actor's aliases cannot be matched. Each case says which alias and what to do.
public enum ActorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The actor has no aliases at all.
    case noAliases(actor: String)
    /// An alias is empty or only white space.
    case emptyAlias(actor: String)
    /// An alias has a single letter or digit ("I", "x"): it would match almost everywhere.
    case tooShort(actor: String, alias: String)
    /// An alias has no letters or digits at all ("--", "…").
    case noLetters(actor: String, alias: String)
    /// A pronoun that cannot mark a person ("they", "it"): carry-over is for persons only.
    case unsupportedPronoun(actor: String, alias: String)

    public var description: String {
        switch self {
        case .noAliases(let actor):
            return "actor '\(actor)' has no aliases"
        case .emptyAlias(let actor):
            return "actor '\(actor)' has an empty alias"
        case .tooShort(let actor, let alias):
            return "actor '\(actor)' has the alias \"\(alias)\" of a single letter, which would match almost everywhere"
        case .noLetters(let actor, let alias):
            return "actor '\(actor)' has the alias \"\(alias)\" with no letters or digits"
        case .unsupportedPronoun(let actor, let alias):
            return "actor '\(actor)' has the pronoun \"\(alias)\" as an alias; only \"he\" or \"she\" can mark a person"
        }
    }

    /// What the user can do about it.
    public var suggestion: String {
        switch self {
        case .noAliases(let actor):
            return "list the names it goes by: actor \(actor) = \"\(actor)\", …"
        case .emptyAlias, .noLetters:
            return "every alias needs at least two letters or digits"
        case .tooShort:
            return "use a longer name (two letters or more, e.g. \"IS\")"
        case .unsupportedPronoun:
            return "remove it; add \"he\" or \"she\" to a person's aliases to count pronouns that refer back to it"
        }
    }
}

import Foundation

/// An actor compiled for matching: its aliases as piece patterns, the demonyms of its country
/// aliases, and — when one of its aliases is "he" or "she" — the pronouns that can refer back
/// to it.
///
/// An alias with a leading minus is an exception: `"-Washington Post"` keeps the alias
/// "Washington" from counting inside "Washington Post".
///
/// Compiling validates the aliases: an actor with no aliases (exceptions and pronouns do not
/// count), an empty alias, an alias of a single letter or of punctuation only, or a pronoun
/// other than he/she is an ``ActorError``.
public struct ActorPattern: Sendable, Hashable {
    /// Grammatical gender of a person actor, chosen by its pronoun alias.
    public enum Gender: Sendable, Hashable {
        case masculine, feminine
    }

    public let definition: ActorDefinition
    /// Set when an alias is a pronoun ("he", "she"): the actor is a person, and pronouns of
    /// that gender carry its mentions over within a paragraph.
    public let gender: Gender?
    /// Name and demonym patterns, in declaration order (demonyms after the aliases they come from).
    let aliases: [AliasPattern]

    public var name: String { definition.name }

    /// True when the actor is a person (it has a pronoun alias).
    public var isPerson: Bool { gender != nil }

    /// The names the actor can be matched by: aliases (pronouns and exceptions excluded), then demonyms.
    public var names: [String] { aliases.filter { !$0.isException }.map(\.text) }

    /// The exceptions ("Washington Post" for an actor with the aliases "Washington" and
    /// "-Washington Post"): words that look like a name but are not a mention.
    public var exceptions: [String] { aliases.filter(\.isException).map(\.text) }

    /// Aliases written as proper names (see ``AliasPattern/isProperName``): the mentions a
    /// pronoun can refer back to.
    var properNames: Set<String> { Set(aliases.filter(\.isProperName).map(\.text)) }

    /// Compiles `definition`; `countries` supplies demonyms for aliases that are country names.
    public init(_ definition: ActorDefinition, countries: Countries) throws(ActorError) {
        self.definition = definition
        guard !definition.aliases.isEmpty else { throw .noAliases(actor: definition.name) }
        var gender: Gender?
        var patterns: [AliasPattern] = []
        var seen = Set<[UInt8]>()
        var explicit: [String] = []
        for raw in definition.aliases {
            let alias = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !alias.isEmpty else { throw .emptyAlias(actor: definition.name) }
            switch Self.pronounGender(alias) {
            case .some(.some(let pronounGender)):
                gender = pronounGender
                continue
            case .some(.none):
                throw .unsupportedPronoun(actor: definition.name, alias: alias)
            case .none:
                break
            }
            // "-Washington Post": an exception, not a name.
            let isException = alias.hasPrefix("-")
            let body = isException ? String(alias.dropFirst()).trimmingCharacters(in: .whitespaces) : alias
            let pattern = AliasPattern(text: body, kind: .name, isException: isException)
            if pattern.alphanumericCount == 0 || pattern.pieces.isEmpty { throw .noLetters(actor: definition.name, alias: alias) }
            if pattern.alphanumericCount == 1 { throw .tooShort(actor: definition.name, alias: alias) }
            // Two aliases that tokenise alike ("Assad’s" and "Assad's") are one pattern.
            if seen.insert(Self.signature(pattern)).inserted {
                patterns.append(pattern)
                if !isException { explicit.append(alias) }
            }
        }
        guard !explicit.isEmpty else {
            // Only pronouns: nothing to start a carry-over from.
            throw .noAliases(actor: definition.name)
        }
        for alias in explicit {
            for demonym in countries.demonyms(of: alias) {
                let pattern = AliasPattern(text: demonym, kind: .demonym)
                if seen.insert(Self.signature(pattern)).inserted { patterns.append(pattern) }
            }
        }
        self.gender = gender
        self.aliases = patterns
    }

    /// A pattern's identity for duplicate detection: its folded pieces, with each piece's case rule.
    private static func signature(_ pattern: AliasPattern) -> [UInt8] {
        var bytes: [UInt8] = pattern.isException ? [UInt8(ascii: "-")] : []
        for piece in pattern.pieces {
            bytes.append(contentsOf: piece.rule == .exact ? piece.bytes : piece.folded)
            bytes.append(0)
        }
        return bytes
    }

    /// nil: not a pronoun; `.some(gender)`: a person pronoun; `.some(nil)`: a pronoun that cannot mark a person.
    static func pronounGender(_ alias: String) -> Gender?? {
        switch alias {
        case "he", "him", "his", "himself", "He": return .some(.masculine)
        case "she", "her", "hers", "herself", "She": return .some(.feminine)
        case "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "we", "us", "our", "you", "your", "i", "me", "my",
             "It", "They", "We", "You":
            return .some(nil)
        default: return nil
        }
    }

    static func pronounGender(ofWord folded: String) -> Gender? {
        switch folded {
        case "he", "him", "his", "himself": return .masculine
        case "she", "her", "hers", "herself": return .feminine
        default: return nil
        }
    }
}

import Synchronization
import SlantMetrics

/// Turns the actor argument of a metric call into a compiled ``MentionFinder``, with located
/// errors for bad aliases. Compiled actors and finders are cached: a metric evaluated per
/// group compiles its actor once.
enum ActorResolution {
    /// The actor argument: `actor`, or `input` when nothing was piped (`mentions(Russia)`).
    static func actor(of call: BuiltinCall, shifted: Bool) throws(RuntimeError) -> (ActorValue, parameter: String) {
        if shifted, case .actor? = call.value("input"), call.has("actor") {
            throw call.error(
                "'\(call.name)' got two actors", at: "actor",
                suggestion: "measure one actor per call; pipe the documents in: corpus() | \(call.name)(A)")
        }
        let parameter = call.has("actor") || !shifted ? "actor" : "input"
        guard case .actor(let actor)? = call.value(parameter) else {
            let given = call.value(parameter) ?? .nil
            throw call.error(
                "'\(call.name)' needs an actor, not \(given.type.withArticle)", at: call.has(parameter) ? parameter : nil,
                suggestion: "declare one with actor NAME = \"alias\", … or use one of the prelude's (Russia, Putin, IslamicState, …)")
        }
        return (actor, parameter)
    }

    /// A finder whose actor 0 is `actor`, followed by the other person actors in scope (so a
    /// pronoun goes to the right person; see ``PronounResolver``).
    static func finder(
        for actor: ActorValue, parameter: String, call: BuiltinCall, options: MentionOptions
    ) throws(RuntimeError) -> MentionFinder {
        if case .failure(let error) = countries {
            throw call.error("cannot read the list of countries: \(error.description)", suggestion: "reinstall Slant")
        }
        let target: ActorPattern
        switch compile(ActorDefinition(name: actor.name, aliases: actor.aliases)) {
        case .success(let pattern): target = pattern
        case .failure(let error): throw call.error(error.description, at: parameter, suggestion: error.suggestion)
        }
        // Pronouns only ever refer to persons: for any other actor both settings find the same
        // mentions, so they share one finder (and the mentions each document remembers for it).
        let options = target.isPerson ? options : MentionOptions(pronouns: false)
        var others: [ActorPattern] = []
        if options.pronouns && target.isPerson {
            for other in personActors(visibleFrom: call.environment) where other.name != actor.name {
                if case .success(let pattern) = compile(ActorDefinition(name: other.name, aliases: other.aliases)), pattern.isPerson {
                    others.append(pattern)
                }
            }
        }
        let key = FinderKey(actors: ([target] + others).map(\.definition), options: options)
        return finders.withLock { cache in
            if let cached = cache[key] { return cached }
            if cache.count > 256 { cache.removeAll() }
            let finder = MentionFinder(actors: [target] + others, options: options)
            cache[key] = finder
            return finder
        }
    }

    /// The actor's compiled pattern, or why it cannot be matched.
    static func compile(_ definition: ActorDefinition) -> Result<ActorPattern, ActorError> {
        if let cached = patterns.withLock({ $0[definition] }) { return cached }
        let result: Result<ActorPattern, ActorError>
        do throws(ActorError) {
            result = .success(try ActorPattern(definition, countries: (try? countries.get()) ?? .none))
        } catch {
            result = .failure(error)
        }
        patterns.withLock { cache in
            if cache.count > 1024 { cache.removeAll() }
            cache[definition] = result
        }
        return result
    }

    /// Actors with a pronoun alias in scope, innermost first, each name once, in name order per scope.
    private static func personActors(visibleFrom environment: Environment) -> [ActorValue] {
        actors(visibleFrom: environment).filter { $0.aliases.contains(where: isPersonPronoun) }
    }

    /// Every actor in scope (the innermost definition of each name), innermost scope first, in
    /// name order per scope.
    static func actors(visibleFrom environment: Environment) -> [ActorValue] {
        var seen = Set<String>()
        var actors: [ActorValue] = []
        var scope: Environment? = environment
        while let current = scope {
            for name in current.localNames.sorted() where !seen.contains(name) {
                seen.insert(name)
                if case .actor(let actor)? = current.lookup(name) { actors.append(actor) }
            }
            scope = current.parent
        }
        return actors
    }

    private static func isPersonPronoun(_ alias: String) -> Bool {
        ["he", "him", "his", "himself", "He", "she", "her", "hers", "herself", "She"].contains(alias)
    }

    /// The bundled countries (for demonyms), read once.
    private static let countries: Result<Countries, CountriesError> = Result { () throws(CountriesError) in try Countries.bundled() }

    private struct FinderKey: Hashable {
        var actors: [ActorDefinition]
        var options: MentionOptions
    }

    private static let finders = Mutex<[FinderKey: MentionFinder]>([:])
    private static let patterns = Mutex<[ActorDefinition: Result<ActorPattern, ActorError>]>([:])
}

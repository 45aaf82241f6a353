import SlantText

/// Options for finding mentions.
public struct MentionOptions: Sendable, Hashable {
    /// Count pronouns that refer back to a person actor ("he" after "Putin") as inferred mentions.
    public var pronouns: Bool

    public init(pronouns: Bool = true) {
        self.pronouns = pronouns
    }
}

/// Finds the mentions of a set of actors in analysed documents.
///
/// All aliases of all actors are indexed by the hash of their first piece, so a document is
/// scanned once, with one hash lookup per word, however many actors and aliases there are.
/// At each position an actor's longest matching alias wins (an exception such as
/// "-Washington Post" wins like an alias but mentions nothing), and an actor's mentions never
/// overlap (different actors may share words: "Russian President Vladimir Putin" mentions
/// both Russia and Putin). Matches never cross a sentence boundary.
///
/// Pronoun carry-over considers every person actor of the finder: a pronoun goes to the
/// nearest fitting person mentioned before it in its paragraph (see ``PronounResolver``), so
/// include the other persons you know of to keep "he" from going to the wrong one.
public struct MentionFinder: Sendable {
    public let actors: [ActorPattern]
    public let options: MentionOptions
    /// First-piece hash → candidate aliases, longest first.
    private let index: [UInt64: [Candidate]]
    /// One bit per first-piece hash (its low bits): most words are no alias's first piece, and
    /// this rules them out without hashing the hash again for a dictionary lookup.
    private let firstPieces: HashFilter
    /// Each document remembers the mentions this finder found in it, so the metrics of a script
    /// that measure one actor (mentions, salience, tone, labels, voices) share one pass.
    private let owner = DerivedResultOwner()

    struct Candidate: Sendable {
        var actor: Int
        var alias: AliasPattern
    }

    public init(actors: [ActorPattern], options: MentionOptions = MentionOptions()) {
        self.actors = actors
        self.options = options
        var index: [UInt64: [Candidate]] = [:]
        for (actorIndex, actor) in actors.enumerated() {
            for alias in actor.aliases {
                guard let first = alias.pieces.first else { continue }
                index[first.hash, default: []].append(Candidate(actor: actorIndex, alias: alias))
            }
        }
        for key in index.keys {
            // Longest first; among equals, declaration order (the sort is stable).
            index[key]?.sort { $0.alias.pieces.count > $1.alias.pieces.count }
        }
        self.index = index
        firstPieces = HashFilter(index.keys)
    }

    /// A finder for one actor.
    public init(actor: ActorPattern, options: MentionOptions = MentionOptions()) {
        self.init(actors: [actor], options: options)
    }

    /// The mentions of each actor (indexed like ``actors``), each list in text order.
    public func mentions(in document: AnalysedDocument) -> [[Mention]] {
        document.derived(by: owner, key: Self.allActors) { findMentions(in: document) }
    }

    /// The mentions of actor `index` alone.
    public func mentions(of actor: Int, in document: AnalysedDocument) -> [Mention] {
        document.derived(by: owner, key: actor) { findMentions(of: actor, in: document) }
    }

    /// The cache key of ``mentions(in:)`` (actor keys are their indices).
    private static let allActors = -1

    private func findMentions(in document: AnalysedDocument) -> [[Mention]] {
        let found = namedMentions(in: document)
        guard options.pronouns, actors.contains(where: \.isPerson) else { return found }
        return PronounResolver(actors: actors, document: document).resolve(found)
    }

    private func findMentions(of actor: Int, in document: AnalysedDocument) -> [Mention] {
        let found = namedMentions(in: document)
        guard found.indices.contains(actor) else { return [] }
        // A pronoun can only refer back to a mention by name: without one, there is nothing to resolve.
        guard options.pronouns, actors[actor].isPerson, !found[actor].isEmpty else { return found[actor] }
        return PronounResolver(actors: actors, document: document).resolve(found)[actor]
    }

    /// Mentions by name and demonym, each actor's in text order.
    private func namedMentions(in document: AnalysedDocument) -> [[Mention]] {
        let pieces = DocumentPieces(document)
        var found = Array(repeating: [Mention](), count: actors.count)
        var nextFree = Array(repeating: 0, count: actors.count)
        let all = pieces.pieces
        var matchedActors: [Int] = []
        for position in all.indices {
            guard firstPieces.mayContain(all[position].hash), let candidates = index[all[position].hash] else { continue }
            matchedActors.removeAll(keepingCapacity: true)
            for candidate in candidates {
                let actor = candidate.actor
                if position < nextFree[actor] || matchedActors.contains(actor) { continue }
                guard let end = match(candidate.alias, at: position, in: pieces) else { continue }
                matchedActors.append(actor)
                nextFree[actor] = end
                // An exception takes the words and mentions nothing.
                guard !candidate.alias.isException,
                      let mention = mention(candidate.alias, pieces: all[position..<end], in: pieces) else { continue }
                found[actor].append(mention)
            }
        }
        return found
    }

    /// The end (exclusive piece index) of a match of `alias` starting at `position`, or nil.
    private func match(_ alias: AliasPattern, at position: Int, in pieces: DocumentPieces) -> Int? {
        let all = pieces.pieces
        let end = position + alias.pieces.count
        guard end <= all.count else { return nil }
        let sentence = all[position].sentence
        for (offset, pattern) in alias.pieces.enumerated() {
            let piece = all[position + offset]
            guard piece.sentence == sentence, pieces.matches(piece, pattern) else { return nil }
        }
        if alias.isShoutableWord, Self.isShouted(token: all[position].token, in: pieces.analysis, sentence: sentence) {
            return nil
        }
        return end
    }

    private func mention(_ alias: AliasPattern, pieces span: ArraySlice<DocumentPieces.Piece>, in pieces: DocumentPieces) -> Mention? {
        let document = pieces.analysis
        guard let first = span.first, let last = span.last else { return nil }
        let start = pieces.originalOffset(token: first.token, at: first.lower, end: false)
        let end = pieces.originalOffset(token: last.token, at: last.upper, end: true)
        let compound = first.lower > 0 || last.upper < pieces.tokenLength(last.token)
        var possessive = false
        let next = last.token + 1
        if last.upper == pieces.tokenLength(last.token), next < document.sentences[first.sentence].tokens.upperBound {
            let token = document.tokens[next]
            possessive = token.kind == .clitic && (token.text == "'s" || token.text == "'" || token.text == "'S")
        }
        return Mention(
            kind: alias.kind, alias: alias.text, sentence: first.sentence,
            paragraph: document.sentences[first.sentence].paragraph, tokens: first.token..<(last.token + 1),
            range: start..<max(start, end), isPossessive: possessive, isInCompound: compound)
    }

    /// Whether the word at `token` stands among words written in capitals ("THIS IS AN
    /// ASSAULT", "KARMA IS A …"): the nearest word before or after it in the sentence has two
    /// letters or more and no lower-case letter. There "IS" is the verb and "US" the pronoun.
    static func isShouted(token: Int, in document: AnalysedDocument, sentence: Int) -> Bool {
        let bounds = document.sentences[sentence].tokens
        func isCapitals(_ index: Int) -> Bool {
            var letters = 0
            for byte in document.tokens[index].text.utf8 {
                if PieceKey.isLower(byte) { return false }
                if PieceKey.isUpper(byte) { letters += 1 }
            }
            return letters >= 2
        }
        var before = token - 1
        while before >= bounds.lowerBound, document.tokens[before].kind != .word { before -= 1 }
        if before >= bounds.lowerBound, isCapitals(before) { return true }
        var after = token + 1
        while after < bounds.upperBound, document.tokens[after].kind != .word { after += 1 }
        return after < bounds.upperBound && isCapitals(after)
    }
}

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
/// At each position an actor's longest matching alias wins, and an actor's mentions never
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
    }

    /// A finder for one actor.
    public init(actor: ActorPattern, options: MentionOptions = MentionOptions()) {
        self.init(actors: [actor], options: options)
    }

    /// The mentions of each actor (indexed like ``actors``), each list in text order.
    public func mentions(in document: AnalysedDocument) -> [[Mention]] {
        let pieces = DocumentPieces(document)
        var found = Array(repeating: [Mention](), count: actors.count)
        var nextFree = Array(repeating: 0, count: actors.count)
        var shouting: [Int: Bool] = [:]
        let all = pieces.pieces
        var matchedActors: [Int] = []
        for position in all.indices {
            guard let candidates = index[all[position].hash] else { continue }
            matchedActors.removeAll(keepingCapacity: true)
            for candidate in candidates {
                let actor = candidate.actor
                if position < nextFree[actor] || matchedActors.contains(actor) { continue }
                guard let end = match(candidate.alias, at: position, in: pieces, shouting: &shouting) else { continue }
                guard let mention = mention(candidate.alias, pieces: all[position..<end], in: pieces) else { continue }
                matchedActors.append(actor)
                nextFree[actor] = end
                found[actor].append(mention)
            }
        }
        if options.pronouns, actors.contains(where: \.isPerson) {
            found = PronounResolver(actors: actors, document: document).resolve(found)
        }
        return found
    }

    /// The mentions of actor `index` alone.
    public func mentions(of actor: Int, in document: AnalysedDocument) -> [Mention] {
        let all = mentions(in: document)
        return all.indices.contains(actor) ? all[actor] : []
    }

    /// The end (exclusive piece index) of a match of `alias` starting at `position`, or nil.
    private func match(_ alias: AliasPattern, at position: Int, in pieces: DocumentPieces, shouting: inout [Int: Bool]) -> Int? {
        let all = pieces.pieces
        let end = position + alias.pieces.count
        guard end <= all.count else { return nil }
        let sentence = all[position].sentence
        for (offset, pattern) in alias.pieces.enumerated() {
            let piece = all[position + offset]
            guard piece.sentence == sentence, pieces.matches(piece, pattern) else { return nil }
        }
        if alias.isShoutableWord {
            let isShouting = shouting[sentence] ?? Self.isShouting(sentence, in: pieces.analysis)
            shouting[sentence] = isShouting
            if isShouting { return nil }
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

    /// A sentence written in capitals (a shouted headline): at least two words of two letters
    /// or more, none with a lower-case letter.
    static func isShouting(_ sentence: Int, in document: AnalysedDocument) -> Bool {
        var words = 0
        for token in document.tokens(of: document.sentences[sentence]) where token.kind == .word {
            var letters = 0
            for byte in token.text.utf8 {
                if PieceKey.isLower(byte) { return false }
                if PieceKey.isUpper(byte) { letters += 1 }
            }
            if letters >= 2 { words += 1 }
        }
        return words >= 2
    }
}

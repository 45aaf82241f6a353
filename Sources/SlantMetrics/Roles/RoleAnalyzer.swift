import SlantText

/// Role framing of an actor's mentions in a document: clause analysis, then the role rules of
/// ``RoleData`` over each link, with the other party's type and the clause's evaluation.
///
/// Tags only the sentences that contain a mention. Immutable and thread-safe.
public final class RoleAnalyzer: Sendable {
    public let data: RoleData
    public let clauses: ClauseAnalyzer
    let tagger: any PartOfSpeechTagger
    let vader: VaderAnalyzer
    /// When given, a mention that no clause casts but that names (or describes) the speaker of a
    /// quote becomes a speaker.
    let quotes: QuoteAnalyzer?

    public init(data: RoleData, tagger: any PartOfSpeechTagger, vader: VaderAnalyzer, quotes: QuoteAnalyzer? = nil) {
        self.data = data
        clauses = ClauseAnalyzer(data: data)
        self.tagger = tagger
        self.vader = vader
        self.quotes = quotes
    }

    /// The analyzer over the bundled data, tagger and VADER (news mode).
    public static func bundled() throws(RoleAnalyzerError) -> RoleAnalyzer {
        let data: RoleData
        do { data = try RoleData.bundled() } catch { throw .data(error) }
        let tagger: PerceptronTagger
        do { tagger = try PerceptronTagger.shared() } catch { throw .tagger(error) }
        let vader: VaderAnalyzer
        do { vader = try VaderAnalyzer(mode: .news) } catch { throw .sentiment(error.description) }
        let quotes: QuoteAnalyzer
        do { quotes = try QuoteAnalyzer.standard() } catch { throw .quotes(String(describing: error)) }
        return RoleAnalyzer(data: data, tagger: tagger, vader: vader, quotes: quotes)
    }

    /// The roles of `mentions` (all in `document`), in the order given.
    public func analyse(_ document: AnalysedDocument, mentions: [RoleMention]) -> [MentionRole] {
        guard !mentions.isEmpty else { return [] }
        // Built on first need: most mentions' other party is typed by its own words, or has none.
        var parties: PartyIndex? = nil
        var speakers: [(Range<Int>, Range<Int>?)]? = nil
        var sentences: [Int: ClauseSentence] = [:]
        var results: [MentionRole] = []
        results.reserveCapacity(mentions.count)
        for mention in mentions where document.sentences.indices.contains(mention.sentence) {
            let sentence: ClauseSentence
            if let cached = sentences[mention.sentence] {
                sentence = cached
            } else {
                sentence = ClauseSentence(document: document, sentence: mention.sentence, tagger: tagger)
                sentences[mention.sentence] = sentence
            }
            let first = document.sentences[mention.sentence].tokens.lowerBound
            let local = (mention.tokens.lowerBound - first)..<(mention.tokens.upperBound - first)
            var clause = compoundClause(sentence, mention: mention, local: local)
                ?? clauses.analyse(sentence, mention: local)
            if clause.primaryRole == .mentioned || clause.primaryRole == .possessor, let quotes,
               Self.nearQuotation(document, sentence: mention.sentence) {
                // Quotes are found once per document, and only when a mention needs them.
                if speakers == nil {
                    speakers = quotes.quotes(in: document).compactMap { $0.speaker.map { ($0.tokens, $0.descriptionTokens) } }
                }
                let names = speakers ?? []
                if names.contains(where: { $0.0.overlaps(mention.tokens) || ($0.1?.overlaps(mention.tokens) ?? false) }) {
                    clause.links.insert(ClauseLink(role: .speaker, shape: .quoteSpeaker), at: 0)
                }
            }
            results.append(judge(clause, mention: mention, sentence: sentence, document: document, parties: &parties))
        }
        return results
    }

    /// Common forms of reporting verbs, for a cheap test of indirect speech.
    static let reportingForms: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "stated", "warned", "wrote", "according",
        "explained", "insisted", "claimed", "argued", "announced", "acknowledged", "declared", "suggested", "asked",
        "replied", "reported", "cautioned", "stressed", "confirmed", "denied", "complained",
    ]

    /// Whether the sentence has a reporting verb, or it or a sentence next to it in its paragraph
    /// has a quotation mark: only there can a mention name a quote's speaker (so the quote
    /// analysis runs only where it can matter).
    static func nearQuotation(_ document: AnalysedDocument, sentence: Int) -> Bool {
        for token in document.sentences[sentence].tokens where document.tokens[token].isWord {
            let text = document.tokens[token].text
            if text.utf8.count <= 12, reportingForms.contains(text.lowercased()) { return true }
        }
        let paragraph = document.sentences[sentence].paragraph
        for index in (sentence - 1)...(sentence + 1) where document.sentences.indices.contains(index) {
            guard document.sentences[index].paragraph == paragraph else { continue }
            for token in document.sentences[index].tokens {
                let kind = document.tokens[token].kind
                if kind == .openingQuote || kind == .closingQuote { return true }
            }
        }
        return false
    }

    /// A hyphenated mention: "Russian-backed forces" (the actor backs the forces), "anti-ISIS
    /// coalition" (only mentioned: the compound is not analysed further). Nil for other compounds,
    /// which are analysed as modifiers.
    func compoundClause(_ sentence: ClauseSentence, mention: RoleMention, local: Range<Int>) -> MentionClause? {
        guard mention.isInCompound, local.count == 1, let index = local.first else { return nil }
        let word = sentence.word(index)
        if word.hasPrefix("anti-") || word.hasPrefix("counter-") || word.hasPrefix("post-") || word.hasPrefix("pro-") {
            return MentionClause(mention: local, nounPhrase: local, links: [], labels: [])
        }
        guard let hyphen = word.lastIndex(of: "-") else { return nil }
        let suffix = String(word[word.index(after: hyphen)...])
        guard suffix.hasSuffix("ed") || suffix.hasSuffix("en") else { return nil }
        let lemma = data.lemmatizer.lemma(of: suffix)
        guard data.lemmatizer.isLemma(lemma), lemma != suffix else { return nil }
        let entry = data.lexicon.verb(lemma)
        let head = clauses.nounPhraseWithOf(sentence, from: index + 1)
        let predicate = ClausePredicate(lemma: lemma, kind: .verb, token: index, entry: entry)
        let link = ClauseLink(role: .agent, shape: .compound, predicate: predicate, counterpart: head)
        return MentionClause(mention: local, nounPhrase: local, links: [link], labels: [])
    }
}

/// Why a role analyzer could not be built.
public enum RoleAnalyzerError: Error, Sendable, Hashable, CustomStringConvertible {
    case data(RoleDataError)
    case tagger(TaggerModelError)
    case sentiment(String)
    case quotes(String)

    public var description: String {
        switch self {
        case .quotes(let message): "quote analysis: \(message)"
        case .data(let error): "role data: \(error.description)"
        case .tagger(let error): "part-of-speech tagger: \(error.description)"
        case .sentiment(let message): "VADER: \(message)"
        }
    }
}

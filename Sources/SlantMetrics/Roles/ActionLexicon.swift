/// One entry of the action lexicon (`actions.tsv`).
public struct ActionEntry: Sendable, Hashable {
    public enum PartOfSpeech: String, Sendable, Hashable {
        case verb, noun
        /// A noun naming the doer or sufferer ("partner", "backer", "victim"): it casts the subject
        /// of "be", not its owner.
        case person
    }

    /// Dictionary form; a particle verb keeps its particle ("prop up").
    public var lemma: String
    public var partOfSpeech: PartOfSpeech
    public var actionClass: ActionClass
    /// The fine role this action suggests for its agent, when a rule asks for it.
    public var fineHint: FineRole?
    /// Why the word is in its class.
    public var rationale: String
    /// Where the entry was read (`actions.tsv:42`).
    public var source: String
}

/// Verbs and action nouns by action class, read from `actions.tsv` (bundled, or a user's file).
///
/// Verbs are looked up by lemma (see ``VerbLemmatizer``); particle verbs ("prop up", "call on")
/// by lemma and particle. Nouns are looked up in the singular or plural.
public struct ActionLexicon: Sendable {
    private var verbs: [String: ActionEntry] = [:]
    private var particleVerbs: [String: [String: ActionEntry]] = [:]
    private var nouns: [String: ActionEntry] = [:]
    private var persons: [String: ActionEntry] = [:]
    /// Every entry, in file order (later duplicates replace earlier ones in lookups).
    public private(set) var entries: [ActionEntry] = []

    /// Parses the text of an `actions.tsv` file.
    public init(text: String, file: String = "actions.tsv") throws(RoleDataError) {
        let table = DataTable(text: text, file: file)
        try table.requireColumns(5, "lemma, pos, class, fine, rationale")
        for row in table.rows {
            let lemma = row.fields[0].lowercased()
            guard let pos = ActionEntry.PartOfSpeech(rawValue: row.fields[1]) else {
                throw table.error(row, "part of speech '\(row.fields[1])' is not verb, noun or person")
            }
            guard let actionClass = ActionClass(rawValue: row.fields[2]) else {
                throw table.error(row, "action class '\(row.fields[2])' is not one of "
                    + ActionClass.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var hint: FineRole? = nil
            if row.fields[3] != "-" {
                guard let fine = FineRole(rawValue: row.fields[3]) else {
                    throw table.error(row, "fine role '\(row.fields[3])' is not one of "
                        + FineRole.allCases.map(\.rawValue).joined(separator: ", ") + " (or - for none)")
                }
                hint = fine
            }
            let entry = ActionEntry(lemma: lemma, partOfSpeech: pos, actionClass: actionClass, fineHint: hint,
                                    rationale: row.fields[4], source: "\(file):\(row.line)")
            entries.append(entry)
            switch pos {
            case .noun:
                nouns[lemma] = entry
            case .person:
                persons[lemma] = entry
            case .verb:
                let parts = lemma.split(separator: " ")
                if parts.count == 2 {
                    particleVerbs[String(parts[0]), default: [:]][String(parts[1])] = entry
                } else {
                    verbs[lemma] = entry
                }
            }
        }
    }

    /// The entry for a verb lemma, without particle.
    public func verb(_ lemma: String) -> ActionEntry? { verbs[lemma] }

    /// The entry for a particle verb ("prop" + "up"), if the lexicon lists it.
    public func verb(_ lemma: String, particle: String) -> ActionEntry? { particleVerbs[lemma]?[particle] }

    /// The entry for a noun in the singular or plural (lowercase).
    public func noun(_ word: String) -> ActionEntry? {
        firstSingular(word) { nouns[$0] }
    }

    /// The entry for a person noun ("partner", "backers"), singular or plural.
    public func person(_ word: String) -> ActionEntry? {
        firstSingular(word) { persons[$0] }
    }

    /// The verb lemmas (heads of particle verbs included), for the lemmatiser's suffix rules.
    public var verbLemmas: [String] { Array(verbs.keys) + Array(particleVerbs.keys) }
}

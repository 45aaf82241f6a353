/// How the text types the other party of an action: a villain, a victim, or neither.
public enum PartyType: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case villain, victim
    /// Named in the clause, but neither villain nor victim.
    case unmarked
    /// The clause names no other party.
    case none

    public var description: String { rawValue }
}

/// Cue words that type the other party of an action, read from `targets.tsv`.
public struct TargetCues: Sendable {
    public struct Cue: Sendable, Hashable {
        public var word: String
        public var type: PartyType
        public var rationale: String
    }

    private var single: [String: Cue] = [:]
    /// Head nouns that name a party by its relation to an "of" complement ("opponents of the
    /// regime"): the complement's type does not pass to them.
    private var relations: Set<String> = []
    private var compound: [String: Cue] = [:]
    /// Every word that can complete a cue (a single cue word, with -s / -es, or a compound's
    /// last word), as lowercase bytes: a cheap test before the exact lookup.
    private let completing: FoldedWordTable<Bool>

    public init(text: String, file: String = "targets.tsv") throws(RoleDataError) {
        let table = DataTable(text: text, file: file)
        try table.requireColumns(3, "word, type, rationale")
        var completing: [(String, Bool)] = []
        for row in table.rows {
            if row.fields[1] == "relation" {
                relations.insert(row.fields[0].lowercased())
                continue
            }
            guard let type = PartyType(rawValue: row.fields[1]), type == .villain || type == .victim else {
                throw table.error(row, "type '\(row.fields[1])' must be villain, victim or relation")
            }
            let word = row.fields[0].lowercased()
            let cue = Cue(word: word, type: type, rationale: row.fields[2])
            if word.contains(" ") { compound[word] = cue } else { single[word] = cue }
            let last = word.split(separator: " ").last.map(String.init) ?? word
            for suffix in ["", "s", "es"] { completing.append((last + suffix, true)) }
        }
        self.completing = FoldedWordTable(completing)
    }

    /// Whether the lowercase bytes of a word can complete a cue (no false negatives).
    func mightComplete(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        completing.value(forBytes: bytes) != nil
    }

    /// Whether a lowercase word (singular or plural) names a party by its relation to an "of"
    /// complement ("opponents", "critics"), so that the complement does not type it.
    public func isRelation(_ word: String) -> Bool {
        firstSingular(word) { relations.contains($0) ? true : nil } ?? false
    }

    /// The cue for a lowercase word (singular or plural), trying the two-word compound with
    /// `previous` first ("war crimes").
    public func cue(_ word: String, previous: String? = nil) -> Cue? {
        if let previous, !compound.isEmpty, let cue = firstSingular(word, { compound[previous + " " + $0] }) { return cue }
        return firstSingular(word) { single[$0] }
    }
}

/// Labels that cast an actor by themselves ("strongman", "partner"), read from `role-labels.tsv`.
public struct RoleLabels: Sendable {
    public struct Label: Sendable, Hashable {
        public var word: String
        public var role: NarrativeRole
        public var fine: FineRole?
        public var rationale: String
        public var source: String
    }

    private var labels: [String: Label] = [:]

    public init(text: String, file: String = "role-labels.tsv") throws(RoleDataError) {
        let table = DataTable(text: text, file: file)
        try table.requireColumns(4, "word, role, fine, rationale")
        for row in table.rows {
            guard let role = NarrativeRole(rawValue: row.fields[1]), role.isCasting else {
                throw table.error(row, "role '\(row.fields[1])' must be protagonist, antagonist or innocent")
            }
            var fine: FineRole? = nil
            if row.fields[2] != "-" {
                guard let parsed = FineRole(rawValue: row.fields[2]) else {
                    throw table.error(row, "unknown fine role '\(row.fields[2])'")
                }
                guard parsed.narrativeRole == role else {
                    throw table.error(row, "fine role '\(parsed)' belongs to \(parsed.narrativeRole), not \(role)")
                }
                fine = parsed
            }
            let word = row.fields[0].lowercased()
            labels[word] = Label(word: word, role: role, fine: fine, rationale: row.fields[3], source: "\(file):\(row.line)")
        }
    }

    /// The label for a lowercase word, singular or plural.
    public func label(_ word: String) -> Label? {
        firstSingular(word) { labels[$0] }
    }
}

/// The function words of the clause analysis, read from `clause-words.tsv`: light verbs,
/// catenative verbs and adjectives, reporting and directive verbs, and the proxy, goal,
/// quantity, event and topic head nouns (see the file's header for what each kind does).
public struct ClauseWords: Sendable {
    /// What a light verb says about its subject.
    public struct LightVerb: Sendable, Hashable {
        /// True for "face", "feel", "suffer": the subject undergoes the noun's action.
        public var undergoes: Bool
        /// The action classes it applies to; nil for all.
        public var classes: Set<ActionClass>?
    }

    /// A catenative verb or adjective: the modality its complement gets, and whether its own
    /// action (in the lexicon) also counts.
    public struct Catenative: Sendable, Hashable {
        public var modality: Modality
        public var keepsOwnAction: Bool
    }

    public enum HeadKind: String, Sendable, Hashable {
        case proxy, goal, quantity, event
        /// A noun about its modifier, not by it: "the Russia hoax", "the Russia allegations".
        case topic
    }

    private(set) var lightVerbs: [String: LightVerb] = [:]
    private(set) var catenatives: [String: Catenative] = [:]
    private(set) var adjectives: [String: Catenative] = [:]
    private(set) var reporting: Set<String> = []
    private(set) var directives: Set<String> = []
    private(set) var perception: Set<String> = []
    private(set) var heads: [String: HeadKind] = [:]
    /// Goal nouns that report the step taken, not only its aim ("Russia's move to annex Crimea").
    private(set) var realisedGoals: Set<String> = []

    public init(text: String, file: String = "clause-words.tsv") throws(RoleDataError) {
        let table = DataTable(text: text, file: file)
        try table.requireColumns(4, "word, kind, detail, rationale")
        for row in table.rows {
            let word = row.fields[0].lowercased(), detail = row.fields[2]
            switch row.fields[1] {
            case "light":
                if detail == "do" {
                    lightVerbs[word] = LightVerb(undergoes: false, classes: nil)
                } else if detail == "undergo" {
                    lightVerbs[word] = LightVerb(undergoes: true, classes: nil)
                } else if detail.hasPrefix("undergo:") {
                    var classes: Set<ActionClass> = []
                    for name in detail.dropFirst("undergo:".count).split(separator: ",") {
                        guard let actionClass = ActionClass(rawValue: String(name)) else {
                            throw table.error(row, "unknown action class '\(name)' in '\(detail)'")
                        }
                        classes.insert(actionClass)
                    }
                    lightVerbs[word] = LightVerb(undergoes: true, classes: classes)
                } else {
                    throw table.error(row, "a light verb's detail must be do, undergo or undergo:CLASS,… (found '\(detail)')")
                }
            case "catenative", "adjective":
                let parts = detail.split(separator: ",").map(String.init)
                let modality: Modality
                switch parts.first {
                case "realised": modality = .asserted
                case "intended": modality = .intended
                case "hedged": modality = .hedged
                case "negated": modality = .negated
                default:
                    throw table.error(row, "the detail must be realised, intended, hedged or negated, optionally followed by ,keep (found '\(detail)')")
                }
                let entry = Catenative(modality: modality,
                                       keepsOwnAction: parts.dropFirst().contains("keep"))
                if row.fields[1] == "catenative" { catenatives[word] = entry } else { adjectives[word] = entry }
            case "reporting":
                reporting.insert(word)
            case "directive":
                directives.insert(word)
            case "perception":
                perception.insert(word)
            case "proxy", "goal", "quantity", "event", "topic":
                heads[word] = HeadKind(rawValue: row.fields[1])
                if row.fields[1] == "goal", detail != "-" {
                    guard detail == "realised" else {
                        throw table.error(row, "a goal noun's detail must be - (intended) or realised (found '\(detail)')")
                    }
                    realisedGoals.insert(word)
                }
            default:
                throw table.error(row, "unknown kind '\(row.fields[1])'; use light, catenative, adjective, reporting, directive, perception, proxy, goal, quantity, event or topic")
            }
        }
    }

    public func lightVerb(_ lemma: String) -> LightVerb? { lightVerbs[lemma] }
    public func catenative(_ lemma: String) -> Catenative? { catenatives[lemma] }
    public func adjective(_ word: String) -> Catenative? { adjectives[word] }
    public func isReporting(_ lemma: String) -> Bool { reporting.contains(lemma) }
    public func isDirective(_ lemma: String) -> Bool { directives.contains(lemma) }
    public func isPerception(_ lemma: String) -> Bool { perception.contains(lemma) }

    /// The modality a goal noun gives its aim: intended ("Russia's priority is propping up
    /// Assad"), or asserted for a noun that reports the step taken ("Russia's move to annex").
    public func goalModality(_ word: String) -> Modality {
        firstSingular(word) { realisedGoals.contains($0) ? true : nil } != nil ? .asserted : .intended
    }

    /// The kind of a head noun: the two-word compound ("foreign ministry") is tried first.
    public func head(_ word: String, previous: String? = nil) -> HeadKind? {
        if let previous, let kind = firstSingular(word, { heads[previous + " " + $0] }) { return kind }
        return firstSingular(word) { heads[$0] }
    }
}

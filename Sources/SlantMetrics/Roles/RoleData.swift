/// Everything role framing reads from data files: the action lexicon, the clause words, the
/// target cues, the labels, the role rules and the verb paradigms.
///
/// `RoleData.bundled()` loads the shipped files once (`Resources/roles`); build your own with
/// ``init(actions:clauseWords:targets:labels:rules:verbForms:verbExceptions:)`` to state other
/// assumptions (e.g. from a user's copy of `actions.tsv` with more lines).
public final class RoleData: Sendable {
    public let lexicon: ActionLexicon
    public let clauseWords: ClauseWords
    public let targets: TargetCues
    public let labels: RoleLabels
    public let rules: RoleRuleTable
    public let lemmatizer: VerbLemmatizer

    /// Builds the data from file texts; every error names the file and line.
    public init(actions: String, clauseWords: String, targets: String, labels: String, rules: String,
                verbForms: String, verbExceptions: String) throws(RoleDataError) {
        let lexicon = try ActionLexicon(text: actions)
        self.lexicon = lexicon
        self.clauseWords = try ClauseWords(text: clauseWords)
        self.targets = try TargetCues(text: targets)
        self.labels = try RoleLabels(text: labels)
        self.rules = try RoleRuleTable(text: rules)
        self.lemmatizer = try VerbLemmatizer(forms: verbForms, exceptions: verbExceptions, extraLemmas: lexicon.verbLemmas)
    }

    /// The data shipped with Slant, loaded on first use and then shared.
    public static func bundled() throws(RoleDataError) -> RoleData {
        try shared.get()
    }

    private static let shared: Result<RoleData, RoleDataError> = {
        do throws(RoleDataError) {
            func read(_ name: String) throws(RoleDataError) -> String {
                try DataTable.bundledText(folder: "roles", name: name)
            }
            return .success(try RoleData(
                actions: read("actions.tsv"), clauseWords: read("clause-words.tsv"), targets: read("targets.tsv"),
                labels: read("role-labels.tsv"), rules: read("role-rules.tsv"), verbForms: read("verb-forms.tsv"),
                verbExceptions: read("verb-exceptions.tsv")))
        } catch {
            return .failure(error)
        }
    }()
}

/// Maps an inflected English verb form to its lemma ("bombed" → "bomb", "struck" → "strike"),
/// so that the action lexicon can list lemmas and still match every inflection.
///
/// Built from two data files: WordNet 3.0's `verb.exc` (irregular forms, consulted first) and
/// the verb paradigms of Pattern's `en-verbs.txt` (`verb-forms.tsv`). A form in neither is
/// reduced by the regular suffix rules (`-ing`, `-ed`, `-es`, `-s`, doubled consonants, dropped
/// `e`) when that gives a known lemma; otherwise the lowercased form is its own lemma.
public struct VerbLemmatizer: Sendable {
    private var lemmaOfForm: [String: String] = [:]
    /// WordNet's irregular forms, which win over a homograph lemma ("saw" → "see", "found" → "find").
    private var irregular: [String: String] = [:]
    private var lemmas: Set<String> = []
    /// The action lexicon's lemmas: a regular form that reduces to one of these takes it, even
    /// when the paradigms file lists the form under another lemma (en-verbs.txt files "halted"
    /// under "halter").
    private var preferred: Set<String> = []

    /// - Parameters:
    ///   - forms: `verb-forms.tsv`: `lemma<TAB>form,form,…` per line.
    ///   - exceptions: `verb-exceptions.tsv`: `form<TAB>lemma` per line (WordNet `verb.exc`).
    ///   - extraLemmas: further lemmas the suffix rules may produce (the action lexicon's verbs).
    public init(forms: String, exceptions: String, extraLemmas: some Sequence<String> = [String](),
                formsFile: String = "verb-forms.tsv", exceptionsFile: String = "verb-exceptions.tsv") throws(RoleDataError) {
        let exceptionTable = DataTable(text: exceptions, file: exceptionsFile)
        try exceptionTable.requireColumns(2, "form, lemma")
        for row in exceptionTable.rows {
            let form = row.fields[0].lowercased(), lemma = row.fields[1].lowercased()
            if lemmaOfForm[form] == nil { lemmaOfForm[form] = lemma }
            if irregular[form] == nil, !Self.commonHomographs.contains(form) { irregular[form] = lemma }
            lemmas.insert(lemma)
        }
        let formTable = DataTable(text: forms, file: formsFile)
        try formTable.requireColumns(1, "lemma, forms")
        for row in formTable.rows {
            let lemma = row.fields[0].lowercased()
            lemmas.insert(lemma)
            guard row.fields.count > 1 else { continue }
            for form in row.fields[1].split(separator: ",") {
                let key = form.lowercased()
                if lemmaOfForm[key] == nil, key != lemma { lemmaOfForm[key] = lemma }
            }
        }
        for lemma in extraLemmas {
            lemmas.insert(lemma.lowercased())
            preferred.insert(lemma.lowercased())
        }
    }

    /// Irregular forms that are more often verbs of their own in news ("lay the groundwork",
    /// "ground troops", "wound"): these keep their own lemma.
    static let commonHomographs: Set<String> = ["lay", "ground", "wound"]

    /// Whether `word` (lowercase) is a known verb lemma.
    public func isLemma(_ word: String) -> Bool { lemmas.contains(word) }

    /// The lemma of `word` (any case); the lowercased word itself when nothing better is known.
    public func lemma(of word: String) -> String {
        let lower = word.lowercased()
        if let lemma = irregular[lower] { return lemma }
        if lemmas.contains(lower) { return lower }
        for candidate in Self.suffixCandidates(lower) where preferred.contains(candidate) { return candidate }
        if let lemma = lemmaOfForm[lower] { return lemma }
        for candidate in Self.suffixCandidates(lower) where lemmas.contains(candidate) {
            return candidate
        }
        return lower
    }

    /// Regular-inflection guesses, most specific first.
    static func suffixCandidates(_ word: String) -> [String] {
        var candidates: [String] = []
        func undouble(_ stem: String) -> String? {
            guard stem.count >= 3, let last = stem.last, stem.dropLast().last == last,
                  !"aeiouslz".contains(last) else { return nil }
            return String(stem.dropLast())
        }
        for suffix in ["ing", "ed"] where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            let stem = String(word.dropLast(suffix.count))
            if let single = undouble(stem) { candidates.append(single) }
            candidates.append(stem)
            candidates.append(stem + "e")
            if suffix == "ed", stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
        }
        if word.hasSuffix("ies"), word.count > 4 { candidates.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es"), word.count > 3 { candidates.append(String(word.dropLast(2))) }
        if word.hasSuffix("s"), word.count > 2 { candidates.append(String(word.dropLast())) }
        return candidates
    }
}

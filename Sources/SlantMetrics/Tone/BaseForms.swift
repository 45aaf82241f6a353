/// Candidate base forms of an inflected English word, from its suffix and part-of-speech tag:
/// "helped"/VBD → help, "denounced"/VBN → denounc, denounce; "slams"/VBZ → slam; "unfairly"/RB → unfair.
///
/// Deliberately simple (no exception lists): the candidates are only looked up in lexicons,
/// so a wrong candidate ("denounc") finds nothing and costs nothing. The tag keeps nouns away
/// from verb rules ("career" is not "care" + "er"; "hands" as a verb is not looked up as "hand"
/// unless tagged VBZ).
enum BaseForms {
    /// Candidates in the order they are tried.
    static func candidates(of word: String, tag: String) -> [String] {
        var rules: [(suffix: String, replacement: String)] = []
        if tag.hasPrefix("VB") || tag == "JJ" {
            rules += [("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")]
        }
        if tag == "VBZ" || tag == "NNS" || tag == "NNPS" {
            rules += [("ies", "y"), ("es", ""), ("s", "")]
        }
        if tag == "RB" {
            rules += [("ily", "y"), ("ly", "")]
        }
        guard !rules.isEmpty else { return [] }
        let scalars = Array(word.unicodeScalars)
        var candidates: [String] = []
        for rule in rules {
            let suffix = Array(rule.suffix.unicodeScalars)
            guard scalars.count - suffix.count >= 3, scalars.suffix(suffix.count).elementsEqual(suffix) else { continue }
            let stemScalars = scalars.dropLast(suffix.count)
            var stem = String(String.UnicodeScalarView(stemScalars))
            stem += rule.replacement
            candidates.append(stem)
            // "stopped" → stopp → stop: a doubled final consonant before -ed / -ing.
            if rule.replacement.isEmpty, rule.suffix == "ing" || rule.suffix == "ed",
               let last = stemScalars.last, stemScalars.dropLast().last == last {
                candidates.append(String(String.UnicodeScalarView(stemScalars.dropLast())))
            }
        }
        return candidates
    }
}

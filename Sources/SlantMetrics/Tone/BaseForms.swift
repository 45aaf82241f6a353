/// Candidate base forms of an inflected English word, from its suffix and part-of-speech tag:
/// "helped"/VBD → help, "denounced"/VBN → denounc, denounce; "slams"/VBZ → slam; "unfairly"/RB → unfair.
///
/// Deliberately simple (no exception lists): the candidates are only looked up in lexicons,
/// so a wrong candidate ("denounc") finds nothing and costs nothing. The tag keeps nouns away
/// from verb rules ("career" is not "care" + "er"; "hands" as a noun is not looked up as "hand").
/// Works on lower-case ASCII words (English inflections); any other word has no candidates.
enum BaseForms {
    private typealias Rule = (suffix: [UInt8], replacement: [UInt8])

    private static let verbRules: [Rule] = rules([("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")])
    private static let pluralRules: [Rule] = rules([("ies", "y"), ("es", ""), ("s", "")])
    private static let adverbRules: [Rule] = rules([("ily", "y"), ("ly", "")])
    private static let ing = Array("ing".utf8)
    private static let ed = Array("ed".utf8)

    private static func rules(_ pairs: [(String, String)]) -> [Rule] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }

    /// Whether a word with this tag can have candidates at all (cheap test before ``candidates(of:tag:)``).
    static func applies(to tag: String) -> Bool {
        tag.hasPrefix("VB") || tag == "JJ" || tag == "NNS" || tag == "NNPS" || tag == "RB"
    }

    /// Candidates in the order they are tried.
    static func candidates(of word: String, tag: String) -> [String] {
        var rules: [Rule] = []
        if tag.hasPrefix("VB") || tag == "JJ" { rules += verbRules }
        if tag == "VBZ" || tag == "NNS" || tag == "NNPS" { rules += pluralRules }
        if tag == "RB" { rules += adverbRules }
        guard !rules.isEmpty else { return [] }
        let bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 &- 0x61 < 26 || $0 == 0x2D }) else { return [] }
        var candidates: [String] = []
        for rule in rules {
            let stemLength = bytes.count - rule.suffix.count
            guard stemLength >= 3, bytes[stemLength...].elementsEqual(rule.suffix) else { continue }
            candidates.append(String(decoding: bytes[..<stemLength] + rule.replacement, as: UTF8.self))
            // "stopped" → stopp → stop: a doubled final consonant before -ed / -ing.
            if rule.replacement.isEmpty, rule.suffix == ing || rule.suffix == ed,
               bytes[stemLength - 1] == bytes[stemLength - 2] {
                candidates.append(String(decoding: bytes[..<(stemLength - 1)], as: UTF8.self))
            }
        }
        return candidates
    }
}

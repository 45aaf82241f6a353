import SlantText

/// The reporting verbs and every form they take in text, for matching tokens.
///
/// A form is one word ("said") or two ("according to", "pointed out"); two-word forms are
/// indexed by their first word. Matching ignores ASCII case.
public struct ReportingVerbLexicon: Sendable {
    /// Every verb, in file order.
    public let verbs: [ReportingVerb]
    /// Single-word form → verb index; two-word forms as (first word → [(second word, verb)]).
    let single: FoldedWordTable<Int>
    let pairs: FoldedWordTable<[Pair]>
    /// The same forms as lists, for building combined indexes (``QuoteWordIndex``).
    let singleForms: [(String, Int)]
    let pairForms: [(String, [Pair])]

    struct Pair: Sendable {
        var second: String
        var verb: Int
    }

    /// Reads the lexicon from its TSV text (see `Resources/quotes/reporting_verbs.tsv`).
    public init(tsv: String, file: String = "reporting_verbs.tsv") throws(LexiconError) {
        var verbs: [ReportingVerb] = []
        var singles: [(String, Int)] = []
        var pairs: [(String, [Pair])] = []
        for (line, fields) in try LexiconFile.rows(tsv, file: file, columns: 6) {
            func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: line, message: message) }
            guard let verbClass = ReportingVerb.VerbClass(rawValue: String(fields[1])) else {
                throw fail("unknown class '\(fields[1])'; use neutral or loaded")
            }
            guard let nuance = ReportingVerb.Nuance(rawValue: String(fields[2])) else {
                throw fail("unknown nuance '\(fields[2])'")
            }
            var complements: ReportingVerb.Complements = []
            for name in fields[3].split(separator: ",") where name != "-" {
                switch name {
                case "that": complements.insert(.that)
                case "clause": complements.insert(.clause)
                case "to": complements.insert(.to)
                default: throw fail("unknown complement '\(name)'; use that, clause or to")
                }
            }
            let role: ReportingVerb.Role
            switch fields[4] {
            case "-": role = .plain
            case "addressee": role = .addressee
            case "speaker-is-object": role = .speakerIsObject
            default: throw fail("unknown role '\(fields[4])'; use -, addressee or speaker-is-object")
            }
            let lemma = String(fields[0])
            guard !lemma.isEmpty else { throw fail("empty lemma") }
            let index = verbs.count
            verbs.append(ReportingVerb(lemma: lemma, verbClass: verbClass, nuance: nuance,
                                       complements: complements, role: role))
            for form in fields[5].split(separator: "|") {
                let words = form.split(separator: " ")
                switch words.count {
                case 1: singles.append((String(words[0]), index))
                case 2: pairs.append((String(words[0]), [Pair(second: String(words[1]), verb: index)]))
                default: throw fail("form '\(form)' has \(words.count) words; at most two are supported")
                }
            }
        }
        guard !verbs.isEmpty else { throw LexiconError(file: file, line: 0, message: "no verbs") }
        self.verbs = verbs
        singleForms = singles
        pairForms = pairs
        single = FoldedWordTable(singles, merge: { old, _ in old })
        self.pairs = FoldedWordTable(pairs, merge: { $0 + $1 })
    }

    /// The bundled lexicon, read once.
    public static func bundled() throws(LexiconError) -> ReportingVerbLexicon { try cached.get() }

    private static let cached: Result<ReportingVerbLexicon, LexiconError> = {
        do throws(LexiconError) {
            return .success(try ReportingVerbLexicon(tsv: try LexiconFile.bundled("quotes", "reporting_verbs.tsv")))
        } catch {
            return .failure(error)
        }
    }()

    /// The verb whose form starts at token `index` of `tokens`, and how many tokens it spans.
    func match(_ tokens: [Token], at index: Int) -> (verb: Int, length: Int)? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if let candidates = pairs.value(for: token.text), index + 1 < tokens.count {
            let next = tokens[index + 1].text
            for pair in candidates where FoldedWordTable<Int>.equalFolded(pair.second, next) {
                return (pair.verb, 2)
            }
        }
        if let verb = single.value(for: token.text) { return (verb, 1) }
        return nil
    }

    /// The verb with this lemma, if listed.
    public func verb(lemma: String) -> ReportingVerb? {
        verbs.first { $0.lemma == lemma }
    }
}

extension FoldedWordTable {
    /// ASCII-case-insensitive equality of two strings.
    static func equalFolded(_ a: String, _ b: String) -> Bool {
        let x = a.utf8
        let y = b.utf8
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { fold($0) == fold($1) }
    }
}

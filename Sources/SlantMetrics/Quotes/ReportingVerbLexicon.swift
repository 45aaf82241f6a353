/// The reporting verbs and every form they take in text, for matching tokens.
///
/// A form is one word ("said") or two ("according to", "pointed out"); two-word forms are
/// indexed by their first word (see ``QuoteWordIndex``). Matching ignores ASCII case.
public struct ReportingVerbLexicon: Sendable {
    /// Every verb, in file order.
    public let verbs: [ReportingVerb]
    /// One-word forms with their verb's index; two-word forms by first word.
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

    /// The verb with this lemma, if listed.
    public func verb(lemma: String) -> ReportingVerb? {
        verbs.first { $0.lemma == lemma }
    }
}

import SlantMetrics
import SlantText

/// `mentions` and `salience`: how often and how prominently documents mention an actor.
enum ActorBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [mentions, salience] }

    /// The parameters every actor metric takes (more may follow).
    static let actorParameters: [BuiltinParameter] = [
        .value("input", .table, .grouped, .actor, optional: true),
        .value("actor", .actor, optional: true),
        .value("pronouns", .bool, optional: true),
    ]

    static let inputDetails = """
        The input is a table of documents (`corpus() | NAME(A)`: one result over all of them) or a \
        grouped table (`corpus() | by outlet | NAME(A)`: a table with one row per group); inside \
        `table(…)` after `by` it is computed per group. Written without an input (`NAME(A)`), it \
        measures the current row's document inside `derive`/`select`/`where`, else the session's corpus.
        """

    static let matchingDetails = """
        Matching (see "Actors and mentions" in docs/LANGUAGE.md): words, not substrings; all-caps \
        aliases (IS, ISIL, U.S.) match exactly; capitalised ones (Turkey, Assad) in any case but only \
        where the word starts with a capital; lower-case ones (caliphate) anywhere; possessives \
        (Assad’s) and hyphenated words (anti-ISIS) count; the longest alias wins and an actor's \
        mentions never overlap; an alias with a leading minus is an exception ("-Washington Post" \
        keeps "Washington" from counting there); an alias that is a country name also matches its \
        demonym (Russian, Russians). A person actor (one with the alias "he" or "she") also gets pronouns that refer \
        back to it within a paragraph, flagged as inferred; `pronouns: false` turns that off. A pronoun \
        is left unresolved rather than guessed when another person (titled, quoted or named with a \
        cue) stands between, when two persons compete for a possessive or an object, or when it tags \
        a quotation: 0.90 precision on a hand-judged sample of 120 (docs/VALIDATION.md).
        """

    static let mentions = Builtin(
        name: "mentions", category: "Metrics",
        signature: "mentions(input?, actor, pronouns: true, rows: false) -> record or table",
        summary: "How often documents mention an actor: the count and the rate per 1,000 words.",
        details: """
            Returns a record: `n` (mentions, explicit and inferred), `inferred` (pronoun carry-overs), \
            `documents`, `words`, `per1000` (0 when the actor never occurs, nil when there are no words) \
            and `lo`/`hi`, a 95% bootstrap interval of `per1000` (1,000 resamples of the documents, or of \
            the sentences of a single document, fixed seed; nil when n is 0). With `rows: true`, a table \
            of the mentions instead: `document`, `outlet`, `sentence` (counted from 1), `text` (as \
            written), `alias` (as declared), `kind` (name, demonym or pronoun), `inferred`, `possessive`. \
            `explain(mentions(A))` shows each mention in its sentence. 
            """ + inputDetails + " " + matchingDetails,
        examples: [
            BuiltinExample(
                "corpus() | where outlet == \"Atlantic Sentinel\" | mentions(Russia)",
                "{n: 5, inferred: 0, documents: 1, words: 438, per1000: 11.4155, lo: 3.9182, hi: 20.103}"),
            BuiltinExample(
                "corpus() | where outlet == \"Atlantic Sentinel\" | mentions(Russia, rows: true) | select sentence, text, kind, possessive",
                "sentence  text      kind     possessive\n--------  --------  -------  ----------\n       2  Russia    name     true\n       3  Russian   demonym  false\n       6  Russian   demonym  false\n       7  Russia    name     true\n      14  Russians  demonym  false"),
            BuiltinExample(
                "corpus() | by outlet | table(n = mentions(Putin).n, inferred = mentions(Putin).inferred, named = mentions(Putin, pronouns: false).n)",
                "outlet                   n  inferred  named\n-----------------------  -  --------  -----\nAtlantic Sentinel        7         1      6\nBreitbart                8         4      4\nForeign Policy           9         4      5\nHot Air                  1         0      1\nThe Wall Street Journal  6         0      6"),
        ],
        parameters: actorParameters + [.value("rows", .bool, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        let options = MentionOptions(pronouns: try flag(call, "pronouns", default: true))
        let finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: options)
        let rows = try flag(call, "rows", default: false)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let found = DocumentMentions.find(0, with: finder, in: documents)
            ObservationRecorder.offer(call, statistic: .perThousand) { found.flatMap { $0.rateObservations() } }
            let count = MentionCount(found)
            let contribution = count.contributionPerMention
            let evidence = { found.flatMap { $0.evidence(contribution: { _ in contribution }) } }
            if rows { return MetricOutput(mentionRows(found), evidence: evidence) }
            return MetricOutput(.record([
                ("n", MetricBridge.number(count.count)),
                ("inferred", MetricBridge.number(count.inferred)),
                ("documents", MetricBridge.number(count.documents)),
                ("words", MetricBridge.number(count.words)),
                ("per1000", MetricBridge.number(count.per1000)),
                ("lo", MetricBridge.number(count.interval?.lowerBound)),
                ("hi", MetricBridge.number(count.interval?.upperBound)),
            ]), evidence: evidence)
        }
    }

    static func mentionRows(_ found: [DocumentMentions]) -> MetricOutput.Shape {
        var rows: [[Value]] = []
        for document in found {
            let analysis = document.analysis
            for mention in document.mentions {
                rows.append([
                    .string(analysis.document.id), analysis.document.outlet.isEmpty ? .nil : .string(analysis.document.outlet),
                    MetricBridge.number(mention.sentence + 1), .string(analysis.originalText(mention.range)),
                    .string(mention.alias), .string(kindName(mention.kind)), .bool(mention.isInferred), .bool(mention.isPossessive),
                ])
            }
        }
        return .rows(
            columns: ["document", "outlet", "sentence", "text", "alias", "kind", "inferred", "possessive"], rows: rows)
    }

    static func kindName(_ kind: Mention.Kind) -> String {
        switch kind {
        case .name: return "name"
        case .demonym: return "demonym"
        case .pronoun: return "pronoun"
        }
    }

    static let salience = Builtin(
        name: "salience", category: "Metrics",
        signature: "salience(input?, actor, pronouns: true) -> record or table",
        summary: "How prominent an actor is: rate per 1,000 words, share of sentences, headline, lead and first mention.",
        details: """
            Returns a record: `n` (mentions), `documents`, `per1000` (as `mentions`), `sentences` (share \
            of sentences that mention the actor), `headline` and `lead` (share of documents that mention \
            it in the headline, and in the lead: the first three sentences after the headline), and \
            `first` (where the first mention after the headline comes, as a fraction of the document's \
            sentences after the headline: 0 is the first sentence; averaged over the documents that \
            mention the actor; nil when none does). The headline is the document's title: the first \
            paragraph when the text starts with it, else the title analysed on its own. 
            """ + inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | salience(Putin)",
                "outlet                   n  documents  per1000  sentences  headline  lead   first\n-----------------------  -  ---------  -------  ---------  --------  ----  ------\nAtlantic Sentinel        7          1  15.9817     0.3182         1     1  0.0476\nBreitbart                8          1   9.1429     0.1379         0     0    0.25\nForeign Policy           9          1   7.7519     0.1458         1     1       0\nHot Air                  1          1   1.1765     0.0278         0     0  0.4286\nThe Wall Street Journal  6          1   5.0548     0.1176         0     0    0.06"),
        ],
        parameters: actorParameters
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        let options = MentionOptions(pronouns: try flag(call, "pronouns", default: true))
        let finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: options)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let found = DocumentMentions.find(0, with: finder, in: documents)
            ObservationRecorder.offer(call, statistic: .perThousand) { found.flatMap { $0.rateObservations() } }
            let salience = Salience(found, actor: 0, finder: finder)
            let contribution = salience.mentions.contributionPerMention
            return MetricOutput(.record([
                ("n", MetricBridge.number(salience.mentions.count)),
                ("documents", MetricBridge.number(salience.mentions.documents)),
                ("per1000", MetricBridge.number(salience.mentions.per1000)),
                ("sentences", MetricBridge.number(salience.sentenceShare)),
                ("headline", MetricBridge.number(salience.headlineShare)),
                ("lead", MetricBridge.number(salience.leadShare)),
                ("first", MetricBridge.number(salience.firstPosition)),
            ])) {
                found.flatMap { document in
                    let layout = Salience.Layout.of(document.analysis)
                    return document.evidence(contribution: { _ in contribution }) { mention in
                        if layout.headlineIsText && mention.paragraph == 0 { return "in the headline" }
                        if mention.sentence >= layout.bodyStart && mention.sentence < layout.bodyStart + Salience.leadSentences {
                            return "in the lead"
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// A boolean option, with a default when absent.
    static func flag(_ call: BuiltinCall, _ parameter: String, default value: Bool) throws(RuntimeError) -> Bool {
        switch call.value(parameter) {
        case nil, .nil?: return value
        case .bool(let flag)?: return flag
        case let other?:
            throw call.error("'\(parameter)' must be true or false, not \(other.type.withArticle)", at: parameter)
        }
    }
}

import SlantMetrics
import SlantText

/// `stance`: the writer's epistemic and evaluative language, and the opinion-vs-report index.
enum StanceBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [stance] }

    /// Record fields for the marker categories, in the order they are shown.
    static let fields: [(String, StanceCategory)] = [
        ("hedges", .hedge), ("boosters", .booster), ("factive", .factive), ("assertive", .assertive),
        ("subjective", .subjective), ("intensifiers", .intensifier), ("first_person", .firstPerson),
        ("second_person", .secondPerson), ("exclamations", .exclamation), ("questions", .question),
        ("scare_quotes", .scareQuote),
    ]

    static let stance = Builtin(
        name: "stance", category: "Metrics",
        signature: "stance(input?, sentences: false) -> record or table",
        summary: "The writer's stance: hedges, boosters, evaluative words and more per 1,000 words, and an opinion-vs-report index.",
        details: """
            Counts, outside quotation marks (quoted words are the speaker's), the writer's hedges \
            (might, perhaps, apparently), boosters (clearly, of course, in fact), factive verbs (know, \
            reveal), assertive verbs (believe, claim, insist), subjective words (Pattern's lexicon: \
            brutal, weak, good), intensifiers (very, utterly), first- and second-person pronouns, \
            exclamations, questions and scare quotes. Returns a record: `words` (all), `own_words` \
            (outside quotation marks), each category per 1,000 own words (`hedges`, `boosters`, \
            `factive`, `assertive`, `subjective`, `intensifiers`, `first_person`, `second_person`, \
            `exclamations`, `questions`, `scare_quotes`), `attributions` (quotes and reports attributed \
            to a speaker, per 1,000 words), and `index`: (opinion markers − attributions) per 1,000 words, \
            where the opinion markers are every category but hedges — negative where sources speak more \
            than the writer evaluates (reporting), positive where the writer's voice dominates \
            (commentary) — with `n` (markers plus attributions) and `lo`/`hi`, its 95% bootstrap interval \
            (documents resampled, or the sentences of one document). With `sentences: true`, a table with \
            one row per sentence instead: `document`, `outlet`, `sentence`, `words`, `own_words`, the \
            count of each category, `attributions`, `balance` (markers − attributions) and `markers` (the \
            words that counted). `explain(stance())` shows each sentence with its markers. 
            """ + ActorBuiltins.inputDetails.replacingOccurrences(of: "NAME(A)", with: "stance()"),
        examples: [
            BuiltinExample(
                "corpus() | by outlet | stance() | select outlet, hedges, subjective, attributions, index",
                "outlet                    hedges  subjective  attributions     index\n-----------------------  -------  ----------  ------------  --------\nAtlantic Sentinel        13.5501        2.71       15.9817   -4.5662\nBreitbart                12.4224     14.9068             8   20.5714\nForeign Policy           10.7759     19.3966       22.3945         0\nHot Air                   9.9432      9.9432            20    1.1765\nThe Wall Street Journal   8.7241      7.6336       18.5341  -10.1095"),
            BuiltinExample(
                "corpus() | where outlet == \"Hot Air\" | stance(sentences: true) | where questions > 0 | select sentence, own_words, markers",
                "sentence  own_words  markers\n--------  ---------  -------\n       1          8  ?"),
        ],
        parameters: [.value("input", .table, .grouped, optional: true), .value("sentences", .bool, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, _) = try MetricBridge.input(of: call)
        let perSentence = try ActorBuiltins.flag(call, "sentences", default: false)
        let quoteAnalyzer = try QuoteBuiltins.quoteAnalyzer(call)
        let analyzer: StanceAnalyzer
        do {
            analyzer = try StanceAnalyzer.standard()
        } catch {
            throw call.error("cannot load the stance lexicons: \(error)", suggestion: "reinstall Slant")
        }
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let parts = ParallelMap.map(documents, minimumForParallel: 2) { document in
                analyzer.stance(of: document, quotes: quoteAnalyzer.quotes(in: document))
            }
            let stance = DocumentStance(combining: parts)
            if perSentence {
                return MetricOutput(sentenceRows(stance)) { stance.opinionEvidence() }
            }
            // The evidence is built only when `explain` asks for it.
            let index = stance.opinionIndex(evidence: false)
            var record: [(String, Value)] = [
                ("words", MetricBridge.number(stance.words)), ("own_words", MetricBridge.number(stance.ownWords)),
            ]
            let rates = stance.rateValues()
            for (name, category) in fields { record.append((name, MetricBridge.number(rates?[category]))) }
            let attributions = stance.words > 0 ? 1000 * Double(stance.attributions) / Double(stance.words) : nil
            record += [
                ("attributions", MetricBridge.number(attributions)),
                ("index", MetricBridge.number(index.value)),
                ("n", MetricBridge.number(index.n)),
                ("lo", MetricBridge.number(index.interval?.lowerBound)),
                ("hi", MetricBridge.number(index.interval?.upperBound)),
            ]
            return MetricOutput(.record(record)) { stance.opinionEvidence() }
        }
    }

    private static func sentenceRows(_ stance: DocumentStance) -> MetricOutput.Shape {
        let rows: [[Value]] = stance.sentences.map { entry in
            let document = stance.documents[entry.document]
            let sentence = entry.stance
            var row: [Value] = [
                .string(document.id), QuoteBuiltins.optional(document.outlet), MetricBridge.number(sentence.sentence + 1),
                MetricBridge.number(sentence.words), MetricBridge.number(sentence.ownWords),
            ]
            for (_, category) in fields { row.append(MetricBridge.number(sentence.counts[category])) }
            row += [
                MetricBridge.number(sentence.attributions), MetricBridge.number(sentence.balance),
                .string(sentence.markers.map(\.text).joined(separator: ", ")),
            ]
            return row
        }
        let columns = ["document", "outlet", "sentence", "words", "own_words"] + fields.map(\.0)
            + ["attributions", "balance", "markers"]
        return .rows(columns: columns, rows: rows)
    }
}

import SlantMetrics
import SlantText

/// `keyness`: the words and 2-word phrases that set each group apart.
enum KeynessBuiltin {
    static let builtin = Builtin(
        name: "keyness", category: "Comparison",
        signature: "keyness(input?, by: key, size: [1, 2], reference: nil, top: 10, prior: 1, function_words: false) -> table",
        summary: "Distinctive words and phrases per group, by weighted log-odds with an informative Dirichlet prior, with raw counts.",
        details: """
            Each group (outlet, say) against the rest of the corpus — or, with `reference: "NAME"`, against \
            that one group — by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & \
            Quinn 2008): the prior is the corpus's own counts, which keeps a word used once by one outlet \
            from topping the list. Returns the key column(s), then `term`, `z` (the z-score: how many \
            standard errors the group's log-odds are above the baseline's), `count` (uses in the group), \
            `baseline` (uses in the other groups pooled, or in the reference group) and `log_odds` (δ). \
            Rows: the `top` terms with the highest positive z per group, groups in order. `size` picks words \
            (1), pairs of adjacent words (2) or both ([1, 2], the default; each size has its own statistics). \
            Terms are lower-cased; terms made only of function words ("of the") are left out of the list \
            unless `function_words: true` (they are counted either way). `prior` scales the prior (1 = the \
            corpus counts). Group with `by: outlet` or pipe a grouped table: `corpus() | by outlet | keyness()`. \
            `explain(keyness(by: outlet))` lists the sentences that use each listed term.
            """,
        examples: [
            BuiltinExample(
                "keyness(by: outlet, top: 1, size: 1) | select outlet, term, z, count, baseline",
                "outlet                   term             z  count  baseline\n-----------------------  ----------  ------  -----  --------\nAtlantic Sentinel        opposition  2.2736      5         0\nBreitbart                power       1.7932      5         1\nForeign Policy           safe        2.3587      8         0\nHot Air                  iraq        3.5134     17         2\nThe Wall Street Journal  mr.          2.823     13         1"),
        ],
        parameters: [
            .value("input", .table, .grouped, optional: true), .perRow("by", optional: true),
            .value("size", .number, .list, optional: true), .value("reference", .string, optional: true),
            .value("top", .number, optional: true), .value("prior", .number, optional: true),
            .value("function_words", .bool, optional: true),
        ]
    ) { call throws(RuntimeError) in
        let groups = try ComparisonGroups.resolve(call)
        let sizes = try KeynessBuiltin.sizes(call)
        let top = call.has("top") ? try call.integer("top", atLeast: 1) : 10
        let prior = call.has("prior") ? try call.number("prior") : 1
        guard prior > 0, prior.isFinite else { throw call.error("'prior' must be a positive number", at: "prior") }
        let keepFunctionWords = call.has("function_words") ? try flag(call, "function_words") : false
        let labels = groups.groups.map(\.label)
        let baseline: LogOddsKeyness.Baseline
        if call.has("reference") {
            let reference = try call.string("reference")
            guard labels.contains(reference) else {
                throw call.error(
                    "there is no group '\(reference)' to compare with", at: "reference",
                    suggestion: Suggestions.closest(to: reference, in: labels).map { "did you mean '\($0)'?" }
                        ?? "the groups are: \(labels.prefix(8).joined(separator: ", "))\(labels.count > 8 ? ", …" : "")")
            }
            baseline = .group(reference)
        } else {
            baseline = .rest
        }

        let documents = groups.groups.flatMap { group in group.documents.map { (group: group.label, document: $0) } }
        var scored: [KeyTerm] = []
        for counts in TermCounts.count(documents, sizes: sizes, groups: labels) {
            try call.checkCancellation()
            let keyness = LogOddsKeyness(counts: counts, baseline: baseline, priorScale: prior)
            scored += keyness.top(top) { keepFunctionWords || !Stopwords.isFunctionOnly($0) }
        }
        // Per group, the best `top` over all sizes, highest z first.
        var rows: [Table.Row] = []
        var evidence: [(group: ComparisonGroups.Group, terms: [KeyTerm])] = []
        for group in groups.groups {
            let terms = scored.filter { $0.group == group.label }.sorted { ($0.z, $1.term) > ($1.z, $0.term) }.prefix(top)
            evidence.append((group, Array(terms)))
            for term in terms {
                rows.append(groups.row(group, [
                    .string(term.term), .number(term.z), .number(Double(term.count)), .number(Double(term.baselineCount)),
                    .number(term.logOdds),
                ]))
            }
        }
        if let recorder = EvidenceRecorder.current {
            let label = call.interpreter.text(of: call.range)
            for (group, terms) in evidence { recorder.record(metric: label, termEvidence(terms, in: group.documents)) }
        }
        return .table(try TableBuiltins.make(call, groups.keyColumns + ["term", "z", "count", "baseline", "log_odds"], rows))
    }

    /// The sentences that use each term, in document order; the rule names the term.
    static func termEvidence(_ terms: [KeyTerm], in documents: [AnalysedDocument]) -> [Evidence] {
        // One pass per document and term size finds every listed term, rather than one pass per term.
        var wanted: [Int: [String: [Int]]] = [:]
        for (index, term) in terms.enumerated() { wanted[term.size, default: [:]][term.term, default: []].append(index) }
        // Per term, per document index: sentence → the ranges of the term there, in text order.
        var hits = Array(repeating: [Int: [Int: [Range<Int>]]](), count: terms.count)
        for (documentIndex, document) in documents.enumerated() {
            for (size, byText) in wanted {
                TermCounts.forEachTerm(in: document, size: size) { text, sentence, tokens in
                    guard let indices = byText[text] else { return }
                    let range = document.tokens[tokens.lowerBound].range.lowerBound..<document.tokens[tokens.upperBound - 1].range.upperBound
                    for index in indices { hits[index][documentIndex, default: [:]][sentence, default: []].append(range) }
                }
            }
        }
        var result: [Evidence] = []
        for (index, term) in terms.enumerated() {
            for (documentIndex, document) in documents.enumerated() {
                guard let bySentence = hits[index][documentIndex] else { continue }
                for sentence in bySentence.keys.sorted() {
                    let span = document.sentences[sentence].range
                    result.append(Evidence(
                        documentID: document.document.id, outlet: document.document.outlet, sentenceIndex: sentence,
                        sentenceRange: span, text: document.originalText(span), highlights: bySentence[sentence] ?? [],
                        rule: "term \"\(term.term)\""))
                }
            }
        }
        return result
    }

    private static func sizes(_ call: BuiltinCall) throws(RuntimeError) -> [Int] {
        guard call.has("size") else { return [1, 2] }
        let given: [Value]
        if case .list(let items)? = call.value("size") { given = items } else { given = [call.value("size") ?? .nil] }
        var sizes: [Int] = []
        for item in given {
            guard case .number(let number) = item, number == 1 || number == 2 else {
                throw call.error("'size' must be 1 (words), 2 (pairs of words) or [1, 2]", at: "size")
            }
            if !sizes.contains(Int(number)) { sizes.append(Int(number)) }
        }
        guard !sizes.isEmpty else { throw call.error("'size' must be 1 (words), 2 (pairs of words) or [1, 2]", at: "size") }
        return sizes
    }

    static func flag(_ call: BuiltinCall, _ parameter: String) throws(RuntimeError) -> Bool {
        guard case .bool(let value)? = call.value(parameter) else {
            throw call.error("'\(parameter)' must be true or false", at: parameter)
        }
        return value
    }
}

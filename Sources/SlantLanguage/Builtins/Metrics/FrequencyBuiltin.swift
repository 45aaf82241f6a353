import SlantMetrics
import SlantText

/// `frequency`: how often documents use a word or phrase, per 1,000 words — the word-choice
/// counterpart of `mentions`, and a metric `compare` can resample.
enum FrequencyBuiltin {
    static let builtin = Builtin(
        name: "frequency", category: "Comparison",
        signature: "frequency(input?, what) -> record or table",
        summary: "How often documents use a phrase (or any of a list), per 1,000 words, with a bootstrap interval.",
        details: """
            `what` is a phrase ("regime") or a list of phrases (["regime", "government"]), matched word by \
            word ignoring case, the longest first, as `kwic` matches them. Returns a record: `n` (matches), \
            `documents`, `words`, `per1000` and `lo`/`hi`, a 95% bootstrap interval of `per1000` (documents \
            resampled when there are two or more, else sentences; fixed seed). On a grouped table, one row \
            per group. It reports its observations, so `compare(frequency("regime"), by: outlet)` gives \
            intervals for each outlet, their differences and fragility warnings; `explain` shows each match.
            """,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | frequency(\"regime\") | select outlet, n, per1000",
                "outlet                   n  per1000\n-----------------------  -  -------\nAtlantic Sentinel        2   4.5662\nBreitbart                4   4.5714\nForeign Policy           4   3.4453\nHot Air                  0        0\nThe Wall Street Journal  3   2.5274"),
        ],
        parameters: [.value("input", .table, .grouped, .string, .list, optional: true), .value("what", .string, .list, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let parameter = shifted ? "input" : "what"
        let matcher = PhraseMatcher(try phrases(call.value(parameter), parameter: parameter, call: call))
        guard !matcher.isEmpty else {
            throw call.error("'frequency' needs a phrase with at least one word", at: call.has(parameter) ? parameter : nil,
                             suggestion: "write e.g. frequency(\"regime\")")
        }
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            var observations: [Observation] = []
            var matches: [(AnalysedDocument, [PhraseMatcher.Match])] = []
            var words = 0
            for document in documents {
                let found = matcher.matches(in: document)
                matches.append((document, found))
                words += document.wordCount
                var perSentence = Array(repeating: 0.0, count: document.sentences.count)
                for match in found where perSentence.indices.contains(match.sentenceIndex) { perSentence[match.sentenceIndex] += 1 }
                for (index, sentence) in document.sentences.enumerated() {
                    observations.append(Observation(
                        documentID: document.document.id, sentenceIndex: index, numerator: perSentence[index],
                        denominator: Double(document.tokens[sentence.tokens].lazy.filter(\.isWord).count),
                        isEvidence: perSentence[index] > 0))
                }
            }
            ObservationRecorder.offer(call, statistic: .perThousand) { observations }
            let count = matches.reduce(0) { $0 + $1.1.count }
            let rate = words > 0 ? 1000 * Double(count) / Double(words) : nil
            let interval = count > 0
                ? Bootstrap.interval(of: observations, statistic: .perThousand, unit: documents.count >= 2 ? .document : .sentence)
                : nil
            let contribution = words > 0 ? 1000 / Double(words) : nil
            return MetricOutput(.record([
                ("n", MetricBridge.number(count)), ("documents", MetricBridge.number(documents.count)),
                ("words", MetricBridge.number(words)), ("per1000", MetricBridge.number(rate)),
                ("lo", MetricBridge.number(interval?.lowerBound)), ("hi", MetricBridge.number(interval?.upperBound)),
            ])) {
                matches.flatMap { document, found in
                    found.map { match in
                        let span = document.sentences[match.sentenceIndex].range
                        let range = document.tokens[match.tokens.lowerBound].range.lowerBound..<document.tokens[match.tokens.upperBound - 1].range.upperBound
                        return Evidence(
                            documentID: document.document.id, outlet: document.document.outlet, sentenceIndex: match.sentenceIndex,
                            sentenceRange: span, text: document.originalText(span), highlights: [range],
                            rule: "phrase \"\(match.phrase)\"", contribution: contribution)
                    }
                }
            }
        }
    }

    private static func phrases(_ value: Value?, parameter: String, call: BuiltinCall) throws(RuntimeError) -> [String] {
        switch value {
        case .string(let phrase)?: return [phrase]
        case .list(let items)?:
            var phrases: [String] = []
            for item in items {
                guard case .string(let phrase) = item else {
                    throw call.error("'frequency' takes phrases (strings), but the list has \(item.type.withArticle)", at: parameter)
                }
                phrases.append(phrase)
            }
            return phrases
        default:
            throw call.error("'frequency' needs a phrase or a list of phrases", suggestion: "write e.g. frequency(\"regime\")")
        }
    }
}

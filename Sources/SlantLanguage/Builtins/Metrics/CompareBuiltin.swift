import SlantMetrics

/// `compare`: one metric across groups, with intervals, differences and fragility warnings.
enum CompareBuiltin {
    static let builtin = Builtin(
        name: "compare", category: "Comparison",
        signature: "compare(input?, metric, by: key, pairs: false, reference: nil, unit: \"auto\", resamples: 1000, seed: nil) -> table",
        summary: "A metric per group with n and a bootstrap 95% interval, pairwise differences, and a warning where a result is fragile.",
        details: """
            Evaluates `metric` — one metric call, such as `tone(Russia)` or `mentions(Putin)` — on each \
            group's documents, then resamples what it rests on (mentions for a mean, sentences for a rate) \
            to give each group's `value` a 95% percentile bootstrap interval (`lo`, `hi`; 1,000 resamples, \
            fixed seed, so the same data give the same interval — the one the metric itself reports). \
            Whole documents are resampled for a group of two or more, else its sentences \
            (`unit: "sentence"` or `"document"` chooses for all). \
            Columns: the key column(s), `value`, `lo`, `hi`, `n` (what the value rests on: the mentions \
            of a mean, the sentences with a match for a rate), `sentences` (distinct evidence sentences), \
            `documents`, `warning`. A warning appears when a group rests on fewer than 5 \
            sentences, is a single document, or when leaving out one document or one sentence flips the \
            sign of its value or its order against another group. With `pairs: true` the result is the \
            pairwise differences instead (`first`, `second`, `difference` = first − second, `lo`, `hi`, \
            `warning`); with `reference: "NAME"`, each group against that one. Only metrics that report \
            their observations can be compared; others give an error that says so.
            """,
        examples: [
            BuiltinExample(
                "compare(frequency(\"regime\"), by: outlet) | select outlet, value, lo, hi, sentences",
                "outlet                    value      lo       hi  sentences\n-----------------------  ------  ------  -------  ---------\nAtlantic Sentinel        4.5662       0  11.8765          2\nBreitbart                4.5714  1.0648   8.6026          4\nForeign Policy           3.4453  0.7889   7.2166          4\nHot Air                       0       0        0          0\nThe Wall Street Journal  2.5274       0   5.6955          3"),
        ],
        parameters: [
            .perRow("input", optional: true), .perRow("metric", optional: true), .perRow("by", optional: true),
            .value("pairs", .bool, optional: true), .value("reference", .string, optional: true),
            .value("unit", .string, optional: true), .value("resamples", .number, optional: true),
            .value("seed", .number, optional: true),
        ]
    ) { call throws(RuntimeError) in
        // As with explain: `compare(METRIC, …)` has the metric in the first slot, `docs |
        // compare(METRIC, …)` has the documents there.
        let metric: Expr
        let input: Value?
        switch (call.bound["input"], call.bound["metric"]) {
        case (.expression(let expr)?, nil):
            (metric, input) = (expr, nil)
        case (.value(let value, _)?, .expression(let expr)?):
            (metric, input) = (expr, value)
        case (.expression(let inputExpr)?, .expression(let expr)?):
            (metric, input) = (expr, try call.evaluate(inputExpr))
        default:
            throw call.error("'compare' needs a metric to compare", suggestion: "write e.g. compare(tone(Russia), by: outlet)")
        }
        let groups = try ComparisonGroups.resolve(call, input: input)
        let label = call.interpreter.text(of: metric.range)
        var samples: [GroupSample] = []
        var statistic: RatioStatistic?
        for group in groups.groups {
            try call.checkCancellation()
            let recorder = ObservationRecorder()
            _ = try TaskLocals.with(observations: recorder) { () throws(RuntimeError) in
                try call.evaluateStage(metric, input: .table(group.table))
            }
            guard recorder.entries.count <= 1 else {
                throw RuntimeError(
                    "'compare' compares one metric at a time, but this expression measures \(recorder.entries.count)", at: metric.range,
                    suggestion: "compare each metric on its own: compare(tone(Russia), by: outlet)")
            }
            if let entry = recorder.entries.first {
                statistic = entry.statistic
                samples.append(GroupSample(group: group.label, observations: entry.observations))
            } else {
                samples.append(GroupSample(group: group.label, observations: []))
            }
        }
        guard let statistic else {
            if groups.groups.allSatisfy({ $0.documents.isEmpty }) {
                return .table(try TableBuiltins.make(call, groups.keyColumns + resultColumns, []))
            }
            throw RuntimeError(
                "'compare' cannot resample '\(label)': it does not report the observations its number rests on", at: metric.range,
                suggestion: "compare a metric that does, such as mentions(A) or tone(A)")
        }
        let comparison = GroupComparison(
            samples, statistic: statistic, unit: try unit(call), pairs: try pairs(call, labels: groups.groups.map(\.label)),
            options: try options(call))
        let names = PieceNames(groups)
        if call.has("pairs") ? try KeynessBuiltin.flag(call, "pairs") : call.has("reference") {
            return .table(try differenceTable(comparison, names: names, call: call))
        }
        let rows = zip(groups.groups, comparison.groups).map { group, result in
            groups.row(group, [
                MetricBridge.number(result.value), MetricBridge.number(result.interval?.lowerBound),
                MetricBridge.number(result.interval?.upperBound), .number(Double(result.n)), .number(Double(result.sentences)),
                .number(Double(result.documents)), warningText(comparison.warnings, about: result.group, names: names),
            ])
        }
        return .table(try TableBuiltins.make(call, groups.keyColumns + resultColumns, rows))
    }

    static let resultColumns = ["value", "lo", "hi", "n", "sentences", "documents", "warning"]

    private static func differenceTable(_ comparison: GroupComparison, names: PieceNames, call: BuiltinCall) throws(RuntimeError) -> Table {
        let rows = comparison.differences.map { difference in
            Table.Row(values: [
                .string(difference.first), .string(difference.second), MetricBridge.number(difference.value),
                MetricBridge.number(difference.interval?.lowerBound), MetricBridge.number(difference.interval?.upperBound),
                pairWarning(comparison.warnings, difference.first, difference.second, names: names),
            ])
        }
        return try TableBuiltins.make(call, ["first", "second", "difference", "lo", "hi", "warning"], rows)
    }

    /// Names for left-out pieces that a reader can find: an outlet and a sentence number rather
    /// than a document id, when the document is its outlet's only one.
    struct PieceNames {
        private var outletOf: [String: String] = [:]
        private var documentsPerOutlet: [String: Int] = [:]

        init(_ groups: ComparisonGroups) {
            for group in groups.groups {
                for document in group.documents {
                    let outlet = document.document.outlet
                    outletOf[document.document.id] = outlet
                    if !outlet.isEmpty { documentsPerOutlet[outlet, default: 0] += 1 }
                }
            }
        }

        func describe(_ piece: LeftOut) -> String {
            switch piece {
            case .sentence(let key):
                if let outlet = outletOf[key.documentID], !outlet.isEmpty, documentsPerOutlet[outlet] == 1 {
                    return "\(outlet) sentence \(key.sentenceIndex + 1)"
                }
                return "sentence \(key.sentenceIndex + 1) of \(key.documentID)"
            case .document(let id):
                if let outlet = outletOf[id], !outlet.isEmpty { return "the \(outlet) article \(id)" }
                return "document \(id)"
            }
        }
    }

    /// The warnings about one group, joined; nil when there are none. Order flips that hang on
    /// the same piece are said once: "order against A, B flips without Breitbart sentence 23".
    static func warningText(_ warnings: [FragilityWarning], about group: String, names: PieceNames) -> Value {
        var texts: [String] = []
        var flips: [(piece: LeftOut, others: [String])] = []
        for warning in warnings {
            switch warning {
            case .fewSentences(let name, let sentences, _) where name == group:
                texts.append("rests on \(sentences) sentence\(sentences == 1 ? "" : "s")")
            case .noData(let name) where name == group:
                texts.append("nothing to measure")
            case .singleDocument(let groups) where groups.contains(group):
                texts.append("one document")
            case .signFlips(let name, _, let without, let valueWithout) where name == group:
                texts.append("sign flips without \(names.describe(without)) (\(NumberFormat.plain(valueWithout)))")
            case .orderFlips(let higher, let lower, let without) where higher == group || lower == group:
                let other = higher == group ? lower : higher
                if let index = flips.firstIndex(where: { $0.piece == without }) {
                    flips[index].others.append(other)
                } else {
                    flips.append((without, [other]))
                }
            default:
                continue
            }
        }
        for flip in flips {
            texts.append("order against \(flip.others.joined(separator: ", ")) flips without \(names.describe(flip.piece))")
        }
        return texts.isEmpty ? .nil : .string(texts.joined(separator: "; "))
    }

    private static func pairWarning(_ warnings: [FragilityWarning], _ first: String, _ second: String, names: PieceNames) -> Value {
        var texts: [String] = []
        for warning in warnings {
            switch warning {
            case .orderFlips(let higher, let lower, let without) where Set([higher, lower]) == Set([first, second]):
                texts.append("order flips without \(names.describe(without))")
            case .fewSentences(let name, let sentences, _) where name == first || name == second:
                texts.append("\(name) rests on \(sentences) sentence\(sentences == 1 ? "" : "s")")
            case .noData(let name) where name == first || name == second:
                texts.append("\(name) has nothing to measure")
            default:
                continue
            }
        }
        return texts.isEmpty ? .nil : .string(texts.joined(separator: "; "))
    }

    private static func unit(_ call: BuiltinCall) throws(RuntimeError) -> ResamplingUnit? {
        guard call.has("unit") else { return nil }
        switch try call.string("unit") {
        case "auto": return nil
        case "sentence": return .sentence
        case "document": return .document
        default: throw call.error("'unit' must be \"auto\", \"sentence\" or \"document\"", at: "unit")
        }
    }

    private static func pairs(_ call: BuiltinCall, labels: [String]) throws(RuntimeError) -> GroupComparison.Pairs {
        guard call.has("reference") else { return .all }
        let reference = try call.string("reference")
        guard labels.contains(reference) else {
            throw call.error(
                "there is no group '\(reference)' to compare with", at: "reference",
                suggestion: Suggestions.closest(to: reference, in: labels).map { "did you mean '\($0)'?" }
                    ?? "the groups are: \(labels.prefix(8).joined(separator: ", "))\(labels.count > 8 ? ", …" : "")")
        }
        return .against(reference)
    }

    private static func options(_ call: BuiltinCall) throws(RuntimeError) -> BootstrapOptions {
        var options = BootstrapOptions.standard
        if call.has("resamples") {
            let resamples = try call.integer("resamples", atLeast: 100)
            guard resamples <= 100_000 else { throw call.error("'resamples' must be at most 100,000", at: "resamples") }
            options.resamples = resamples
        }
        if call.has("seed") { options.seed = UInt64(truncatingIfNeeded: try call.integer("seed", atLeast: 0)) }
        return options
    }
}

import SlantMetrics

/// `explain`, which opens any metric to its evidence, and `prelude`, which shows the standard actors.
enum ExplainBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [explain, prelude] }

    static let explain = Builtin(
        name: "explain", category: "Metrics",
        signature: "explain(input?, metric) -> table",
        summary: "The evidence behind a metric: each sentence that counted, its words marked, the rule and its contribution.",
        details: """
            Evaluates `metric` — any expression that calls metrics, such as `mentions(Russia)` or \
            `by outlet | table(m = mentions(Russia))` — and returns, instead of its value, the evidence \
            of every metric call in it: `metric` (the call as written), `document`, `outlet`, `sentence` \
            (counted from 1), `text` (the sentence, with the words that counted between `[[` and `]]`), \
            `rule` (what matched) and `contribution` (what the piece adds to the number, e.g. 1000 / words \
            for a rate per 1,000 words; the contributions of one metric add up to its value). With an \
            input (`corpus() | where outlet == "Breitbart" | explain(mentions(Russia))`), `metric` is \
            applied to it as a pipeline stage; without one, it runs as written (a metric with no input \
            measures the session's corpus). Filter the result like any table: \
            `explain(mentions(Putin)) | where outlet == "Foreign Policy"`. A metric that found \
            nothing gives an empty table; an expression that calls no metric is an error.
            """,
        examples: [
            BuiltinExample(
                "corpus() | where outlet == \"Foreign Policy\" | explain(mentions(Putin)) | where sentence <= 3 | select sentence, text, rule",
                "sentence  text                                                                   rule\n--------  ---------------------------------------------------------------------  ----------------------------------\n       1  World to [[Vlad]]: Put Up or Shut Up in Anti-Terror Fight              alias 'Vlad'\n       2  [[Putin]] says his main goal in Syria is to defeat the Islamic State.  alias 'Putin'\n       2  Putin says [[his]] main goal in Syria is to defeat the Islamic State.  pronoun 'his' → 'Putin' (inferred)\n       3  World leaders on Tuesday demanded that [[he]] prove it.                pronoun 'he' → 'Putin' (inferred)"),
        ],
        parameters: [.perRow("input"), .perRow("metric", optional: true)]
    ) { call throws(RuntimeError) in
        let recorder = EvidenceRecorder()
        let metric: Expr
        let input: Value?
        switch (call.bound["input"], call.bound["metric"]) {
        case (.expression(let expr)?, nil):
            metric = expr
            input = nil
        case (.value(let value, _)?, .expression(let expr)?):
            metric = expr
            input = value
        case (.expression(let inputExpr)?, .expression(let expr)?):
            metric = expr
            input = try call.evaluate(inputExpr)
        default:
            throw call.error(
                "'explain' needs a metric call to explain", suggestion: "write e.g. corpus() | explain(mentions(Russia))")
        }
        do {
            try EvidenceRecorder.$current.withValue(recorder) {
                if let input {
                    _ = try call.evaluateStage(metric, input: input)
                } else {
                    _ = try call.evaluate(metric)
                }
            }
        } catch let error as RuntimeError {
            throw error
        } catch {
            throw call.error("\(error)")
        }
        guard !recorder.entries.isEmpty else {
            throw RuntimeError(
                "'explain' found no metric in this expression", at: metric.range,
                suggestion: "explain a metric call such as mentions(Russia), salience(Putin), labels(Assad) or names(IslamicState)")
        }
        try call.checkSize(recorder.count)
        return .table(try TableBuiltins.make(call, EvidenceTable.columns, EvidenceTable.rows(recorder.entries).map { Table.Row(values: $0) }))
    }

    static let prelude = Builtin(
        name: "prelude", category: "Metrics",
        signature: "prelude() -> string",
        summary: "The source of the standard prelude, which defines the actors every session starts with.",
        details: """
            Every session first runs the prelude, a Slant script defining Russia, UnitedStates, France, \
            UnitedKingdom, Turkey, Iran, Putin, Obama, Trump, Assad, SyrianOpposition, IslamicState, Kurds \
            and Coalition. Print it to read their aliases; redefine any of them with `actor NAME = …`. The \
            same text ships as `scripts/prelude.slant`.
            """,
        examples: [
            BuiltinExample(
                "prelude() | split(\"\\n\") | filter(fn(line) starts_with(line, \"actor Putin\")) | first",
                "actor Putin = \"Vladimir Putin\", \"Putin\", \"Vlad\", \"he\""),
        ],
        parameters: []
    ) { _ throws(RuntimeError) in
        .string(Prelude.source)
    }
}

import SlantMetrics
import SlantText

/// `tone`: sentiment toward an actor, mention by mention, with its interval and evidence.
enum ToneBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [tone] }

    static let tone = Builtin(
        name: "tone", category: "Metrics",
        signature: "tone(input?, actor, pronouns: true, voice: nil, rows: false) -> record or table",
        summary: "Sentiment toward an actor: the mean tone of the words around its mentions, with n and a 95% interval.",
        details: """
            Each mention is scored from the sentiment words of its sentence (VADER in news mode, plus \
            Slant's news lexicon and pattern_en for words VADER lacks), weighted by their distance to the \
            mention (exp(-0.05 × tokens)); words across "but" from the mention count half, negative words \
            1.5 times; the mention's own words, names (proper nouns) and — when the actor is the speaker \
            ("X said …", "…, said X", "according to X") — its own reported words do not count. The sum is \
            scaled to -1…1 like VADER's compound; below -0.1 a mention is negative, above 0.21 positive \
            (thresholds chosen on NewsMTSC, see docs/VALIDATION.md: macro-F1 0.61 on held-out sentences). \
            Returns a record: `n` (mentions), `documents`, `mean` (nil when n is 0), `lo`/`hi` (95% \
            bootstrap interval of the mean: 1,000 resamples of documents, or of sentences for one document, \
            fixed seed; nil when n < 2 or all mentions share one sentence), `negative`, `neutral`, \
            `positive` (mentions per label) and `quoted` (mentions inside quotation marks). `voice: \
            "reporter"` or `"quoted"` keeps only the mentions in the reporter's own words or inside \
            quotations. With `rows: true`, a table of the mentions instead: `document`, `outlet`, \
            `sentence` (counted from 1), `text` (the mention as written), `alias`, `inferred`, `score`, \
            `label`, `voice`, `speaker`, `words` (the words that counted, with what each added). \
            `explain(tone(A))` shows each mention with those words marked. 
            """ + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | tone(Putin)",
                "outlet                   n  documents     mean       lo       hi  negative  neutral  positive  quoted\n-----------------------  -  ---------  -------  -------  -------  --------  -------  --------  ------\nAtlantic Sentinel        7          1  -0.1989  -0.4144        0         3        4         0       0\nBreitbart                8          1  -0.4978  -0.6931  -0.0902         7        0         1       0\nForeign Policy           9          1  -0.2831  -0.5341  -0.1069         5        4         0       0\nHot Air                  1          1        0                           0        1         0       0\nThe Wall Street Journal  6          1   -0.012  -0.3316   0.3426         3        1         2       1"),
            BuiltinExample(
                "corpus() | where outlet == \"The Wall Street Journal\" | tone(Putin, rows: true) | where label != \"neutral\" | select sentence, score, voice, words",
                "sentence    score  voice     words\n--------  -------  --------  -------------------------------------------------------------------\n      14   0.5558  reporter  less -0.41, like +0.94, more +0.61, like +1.03, indispensable +0.42\n      18   0.5012  reporter  played +1.27, aggressive -0.74, hand +1.71\n      22  -0.1127  reporter  attacks -1.22, created +0.78\n      33  -0.5051  reporter  military -0.2, uneasy -2.07\n      38  -0.5113  quoted    conflict -1.52, impossible -0.77, military -0.07, defense +0.06"),
            BuiltinExample(
                "corpus() | by outlet | tone(Assad, voice: \"reporter\") | select outlet, n, mean",
                "outlet                    n     mean\n-----------------------  --  -------\nAtlantic Sentinel         6  -0.0061\nBreitbart                10  -0.4026\nForeign Policy           13  -0.4596\nHot Air                   0\nThe Wall Street Journal   9   0.1198"),
        ],
        parameters: ActorBuiltins.actorParameters + [.value("voice", .string, optional: true), .value("rows", .bool, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        let options = MentionOptions(pronouns: try ActorBuiltins.flag(call, "pronouns", default: true))
        let finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: options)
        let voice = try voiceFilter(call)
        let rows = try ActorBuiltins.flag(call, "rows", default: false)
        let analyzer = try toneAnalyzer(call)
        let label = call.interpreter.text(of: call.range)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            var tones = analyzer.tones(in: DocumentMentions.find(0, with: finder, in: documents))
            if let voice { tones = tones.filter { $0.voice == voice } }
            ObservationRecorder.current?.record(metric: label, statistic: .mean, observations: tones.map(\.observation))
            let evidence = { ToneSummary.measure(tones).evidence }
            if rows { return MetricOutput(toneRows(tones), evidence: evidence) }
            let summary = ToneSummary(tones)
            return MetricOutput(.record([
                ("n", MetricBridge.number(summary.n)),
                ("documents", MetricBridge.number(summary.documents)),
                ("mean", MetricBridge.number(summary.mean)),
                ("lo", MetricBridge.number(summary.interval?.lowerBound)),
                ("hi", MetricBridge.number(summary.interval?.upperBound)),
                ("negative", MetricBridge.number(summary.negative)),
                ("neutral", MetricBridge.number(summary.neutral)),
                ("positive", MetricBridge.number(summary.positive)),
                ("quoted", MetricBridge.number(summary.quoted)),
            ]), evidence: evidence)
        }
    }

    static func toneRows(_ tones: [MentionTone]) -> MetricOutput.Shape {
        let rows: [[Value]] = tones.map { row in
            let words = row.tone.contributions.map { "\($0.word.text) \(signed($0.contribution))" }.joined(separator: ", ")
            return [
                .string(row.documentID), row.outlet.isEmpty ? .nil : .string(row.outlet),
                MetricBridge.number(row.sentenceIndex + 1),
                .string(sentenceText(row.sentence, sentenceRange: row.sentenceRange, range: row.mention.range)),
                .string(row.mention.alias), .bool(row.mention.isInferred), MetricBridge.number(row.score),
                .string(row.label.rawValue), .string(row.voice.rawValue), .bool(row.tone.isSpeaker), .string(words),
            ]
        }
        return .rows(
            columns: ["document", "outlet", "sentence", "text", "alias", "inferred", "score", "label", "voice", "speaker", "words"],
            rows: rows)
    }

    /// The text of document byte range `range` within `sentence` (which spans `sentenceRange` of
    /// the document), the range kept inside the sentence: a mention's words in its sentence.
    static func sentenceText(_ sentence: String, sentenceRange: Range<Int>, range: Range<Int>) -> String {
        let bytes = Array(sentence.utf8)
        let start = min(max(range.lowerBound - sentenceRange.lowerBound, 0), bytes.count)
        let end = min(max(range.upperBound - sentenceRange.lowerBound, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A contribution with its sign and two decimals: `+1.25`, `-0.5`.
    private static func signed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded >= 0 ? "+\(NumberFormat.plain(rounded))" : NumberFormat.plain(rounded)
    }

    /// The `voice` option (the parameter's type already guarantees a string or nothing).
    private static func voiceFilter(_ call: BuiltinCall) throws(RuntimeError) -> ToneVoice? {
        guard case .string(let name)? = call.value("voice") else { return nil }
        guard let voice = ToneVoice(rawValue: name) else {
            throw call.error(
                "'voice' must be \"reporter\" or \"quoted\", not \"\(name)\"", at: "voice",
                suggestion: "leave it out to score every mention")
        }
        return voice
    }

    /// The tone analyzer, loaded once (lexicons and tagger) and shared by every call.
    private static func toneAnalyzer(_ call: BuiltinCall) throws(RuntimeError) -> ToneAnalyzer {
        switch analyzer {
        case .success(let analyzer): return analyzer
        case .failure(let error): throw call.error("cannot load the tone lexicons: \(error.description)", suggestion: "reinstall Slant")
        }
    }

    private static let analyzer: Result<ToneAnalyzer, ToneAnalyzerError> = Result { () throws(ToneAnalyzerError) in try ToneAnalyzer() }
}

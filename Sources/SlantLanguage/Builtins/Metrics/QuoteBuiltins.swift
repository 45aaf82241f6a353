import SlantMetrics
import SlantText

/// `quotes` and `voices`: who is quoted, how, and each actor's share of voice.
enum QuoteBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [quotes, voices] }

    static let quotes = Builtin(
        name: "quotes", category: "Metrics",
        signature: "quotes(input?) -> table",
        summary: "Every quote in the documents: direct, indirect and scare quotes, with speaker and reporting verb.",
        details: """
            One row per quote, in text order: `document`, `outlet`, `sentence` (counted from 1), `kind` \
            (`direct`: words in quotation marks, also across paragraphs; `indirect`: "X said (that) …", \
            "…, officials said", "according to X, …"; `scare`: a quoted phrase of at most four words with \
            no speaker, like “moderate”), `partial` (a direct quote inside an indirect report, which has \
            its own row), `speaker` (a person's full name — "Laurent Fabius" also where the text says \
            "Fabius" or "he" — or the phrase as written: "a senior U.S. official"), `speaker_kind` \
            (person, named, organisation, anonymous, group, pronoun), `verb` (as written), `class` \
            (neutral: said, told, added; loaded: claimed, insisted, admitted, warned — the classes and \
            their rationale are in `Resources/quotes/README.md`), `anonymous`, `inferred` (the speaker \
            is a pronoun resolved to the last person named in the paragraph, or the quote continues an \
            attributed one) and `text`. `explain(quotes())` shows each quote's sentences with the \
            speaker and verb marked and the rule that found them. 
            """ + ActorBuiltins.inputDetails.replacingOccurrences(of: "NAME(A)", with: "quotes()"),
        examples: [
            BuiltinExample(
                "corpus() | quotes() | where kind == \"scare\" | select outlet, text",
                "outlet                   text\n-----------------------  ------------------------------\nAtlantic Sentinel        Rescuing\nBreitbart                moderate\nBreitbart                terrorists\nBreitbart                degrade and ultimately destroy\nBreitbart                key\nThe Wall Street Journal  grand and single coalition"),
            BuiltinExample(
                "corpus() | where outlet == \"Foreign Policy\" | quotes() | where speaker == \"Ahmet Davutoglu\" | select sentence, kind, verb, inferred",
                "sentence  kind    verb  inferred\n--------  ------  ----  --------\n      14  direct  said  false\n      30  direct  said  false\n      31  direct        true"),
        ],
        parameters: [.value("input", .table, .grouped, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, _) = try MetricBridge.input(of: call)
        let analyzer = try quoteAnalyzer(call)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let found = DocumentQuotes.find(with: analyzer, in: documents)
            var rows: [[Value]] = []
            for document in found {
                let meta = document.analysis.document
                for quote in document.quotes {
                    rows.append([
                        .string(meta.id), optional(meta.outlet), MetricBridge.number(quote.sentences.lowerBound + 1),
                        .string(quote.kind.rawValue), .bool(quote.isPartial), optional(quote.speaker?.name),
                        optional(quote.speaker?.kind.rawValue), optional(quote.verb?.form),
                        optional(quote.verb?.verb.verbClass.rawValue), .bool(quote.isAnonymous),
                        .bool(quote.speaker?.isInferred == true || quote.attribution == .continuation), .string(quote.text),
                    ])
                }
            }
            return MetricOutput(.rows(columns: columns, rows: rows)) {
                found.flatMap { document in document.quotes.map { $0.evidence(in: document.analysis) } }
            }
        }
    }

    static let columns = [
        "document", "outlet", "sentence", "kind", "partial", "speaker", "speaker_kind", "verb", "class", "anonymous",
        "inferred", "text",
    ]

    static let voices = Builtin(
        name: "voices", category: "Metrics",
        signature: "voices(input?, actor) -> record or table",
        summary: "An actor's share of voice: its quotes over all attributed quotes, with n and a 95% interval.",
        details: """
            Returns a record: `n` (quotes attributed to any speaker: direct and indirect, a partial \
            quote counted with its report), `quotes` (the actor's: those whose speaker's phrase holds one \
            of its names or a demonym — "Russian Foreign Minister Sergey Lavrov" and "a Russian diplomat" \
            speak for Russia — or, for "he"/"she", whose antecedent does), `share` (`quotes / n`; nil when \
            n is 0), `lo`/`hi` (95% bootstrap interval of `share`: documents resampled, or the sentences \
            of a single document; nil when n is 0), `anonymous` and `inferred` (how many of the actor's \
            quotes come from unnamed sources or resolved pronouns) and `words` (the actor's share of the \
            quoted and reported words). `explain(voices(A))` lists the actor's quotes. 
            """ + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | voices(France) | select outlet, n, quotes, share",
                "outlet                    n  quotes   share\n-----------------------  --  ------  ------\nAtlantic Sentinel         7       2  0.2857\nBreitbart                 7       0       0\nForeign Policy           29       7  0.2414\nHot Air                  18       0       0\nThe Wall Street Journal  27       0       0"),
        ],
        parameters: [.value("input", .table, .grouped, .actor, optional: true), .value("actor", .actor, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        // The metrics' usual finder (pronouns on), so its mentions are shared with theirs;
        // VoiceShare counts only the mentions by name and resolves speakers' pronouns itself.
        let finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: MentionOptions())
        let analyzer = try quoteAnalyzer(call)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let found = DocumentQuotes.find(with: analyzer, in: documents)
            let mentions = ParallelMap.map(documents) { finder.mentions(of: 0, in: $0) }
            let share = VoiceShare(quotes: found, mentions: mentions)
            ObservationRecorder.offer(call, statistic: .mean) { share.observations }
            return MetricOutput(.record([
                ("n", MetricBridge.number(share.attributed)),
                ("quotes", MetricBridge.number(share.quotes)),
                ("share", MetricBridge.number(share.share.value)),
                ("lo", MetricBridge.number(share.share.interval?.lowerBound)),
                ("hi", MetricBridge.number(share.share.interval?.upperBound)),
                ("anonymous", MetricBridge.number(share.anonymous)),
                ("inferred", MetricBridge.number(share.inferred)),
                ("words", MetricBridge.number(share.wordShare)),
            ])) { share.share.evidence }
        }
    }

    /// The analyzer with the bundled lexicons and tagger (``QuoteAnalyzer/standard(options:)``
    /// loads it once and shares it, so every metric reuses each document's quotes).
    static func quoteAnalyzer(_ call: BuiltinCall) throws(RuntimeError) -> QuoteAnalyzer {
        do {
            return try QuoteAnalyzer.standard()
        } catch {
            throw call.error("cannot load the quote lexicons: \(error)", suggestion: "reinstall Slant")
        }
    }

    static func optional(_ text: String?) -> Value {
        guard let text, !text.isEmpty else { return .nil }
        return .string(text)
    }
}

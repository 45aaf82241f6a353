import SlantMetrics
import SlantText

/// `labels` and `names`: the words outlets attach to an actor, and which of its names they use.
enum LabelBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [labels, names] }

    static let labels = Builtin(
        name: "labels", category: "Metrics",
        signature: "labels(input?, actor) -> table",
        summary: "The words each outlet attaches to an actor: modifiers, appositions, possessions and predicates.",
        details: """
            A table with one row per outlet, label and kind, most frequent first within each outlet: \
            `outlet`, `label`, `kind`, `count`. Kinds: `modifier` (words right before the name: \
            "strongman Assad", "Russian President Vladimir Putin"), `apposition` ("Bashar al-Assad, the \
            Syrian president"), `possessive` (what the actor is said to own: "Assad’s embattled regime"), \
            `predicate` ("Assad is the main responsible person", "Obama is, frankly, delusional"). Found \
            from part-of-speech tags around mentions by name (not demonyms, pronouns or hyphenated \
            words); headlines in title case are skipped. On a grouped table the key columns come first. \
            `labels(A) | by outlet | top 5 | ungroup` keeps each outlet's five commonest; \
            `explain(labels(A))` shows every occurrence. 
            """ + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | labels(Assad) | where label == \"strongman\" or label == \"Mr.\"",
                "outlet                   label      kind      count\n-----------------------  ---------  --------  -----\nForeign Policy           Mr.        modifier      1\nForeign Policy           strongman  modifier      1\nThe Wall Street Journal  Mr.        modifier      5"),
            BuiltinExample(
                "corpus() | where outlet == \"The Wall Street Journal\" | labels(Putin) | where kind == \"predicate\"",
                "outlet                   label                  kind       count\n-----------------------  ---------------------  ---------  -----\nThe Wall Street Journal  a global pariah        predicate      1\nThe Wall Street Journal  the indispensable man  predicate      1"),
        ],
        parameters: [.value("input", .table, .grouped, .actor, optional: true), .value("actor", .actor, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        let finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: MentionOptions(pronouns: false))
        let tagger: PerceptronTagger
        do throws(TaggerModelError) {
            tagger = try PerceptronTagger.shared()
        } catch {
            throw call.error("cannot load the part-of-speech tagger: \(error.description)", suggestion: "reinstall Slant")
        }
        let labelFinder = LabelFinder(tagger: tagger)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let counts = LabelCount.count(DocumentMentions.find(0, with: finder, in: documents), finder: labelFinder)
            let rows: [[Value]] = counts.map {
                [outletValue($0.outlet), .string($0.label), .string($0.kind.rawValue), MetricBridge.number($0.count)]
            }
            return MetricOutput(.rows(columns: ["outlet", "label", "kind", "count"], rows: rows)) {
                inTextOrder(counts.flatMap(\.evidence), documents: documents)
            }
        }
    }

    static let names = Builtin(
        name: "names", category: "Metrics",
        signature: "names(input?, actor) -> table",
        summary: "Which of an actor's names each outlet uses, with counts and shares.",
        details: """
            A table with one row per outlet and name, most used first: `outlet`, `name` (the alias as \
            declared, or the demonym), `count`, `share` (of the outlet's mentions of the actor by name). \
            Pronouns are not names and are not counted. For the Islamic State of the prelude this shows \
            who says ISIS, ISIL, IS, Islamic State or Daesh. 
            """ + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | where outlet == \"Foreign Policy\" | names(IslamicState)",
                "outlet          name           count  share\n--------------  -------------  -----  -----\nForeign Policy  Islamic State     16   0.64\nForeign Policy  Daesh              4   0.16\nForeign Policy  ISIL               3   0.12\nForeign Policy  ISIS               2   0.08"),
            BuiltinExample(
                "corpus() | by outlet | names(IslamicState) | where name == \"ISIS\"",
                "outlet                   name  count   share\n-----------------------  ----  -----  ------\nBreitbart                ISIS      9  0.6429\nForeign Policy           ISIS      2    0.08\nHot Air                  ISIS      9  0.6429\nThe Wall Street Journal  ISIS      1  0.0714"),
        ],
        parameters: [.value("input", .table, .grouped, .actor, optional: true), .value("actor", .actor, optional: true)]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        let finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: MentionOptions(pronouns: false))
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let counts = NameCount.count(DocumentMentions.find(0, with: finder, in: documents))
            let rows: [[Value]] = counts.map {
                [outletValue($0.outlet), .string($0.name), MetricBridge.number($0.count), MetricBridge.number($0.share)]
            }
            return MetricOutput(.rows(columns: ["outlet", "name", "count", "share"], rows: rows)) {
                inTextOrder(counts.flatMap(\.evidence), documents: documents)
            }
        }
    }

    /// Evidence in the order of the documents, then of the text (the rows are in count order).
    static func inTextOrder(_ evidence: [Evidence], documents: [AnalysedDocument]) -> [Evidence] {
        var order: [String: Int] = [:]
        for (index, document) in documents.enumerated() where order[document.document.id] == nil {
            order[document.document.id] = index
        }
        return evidence.sorted { a, b in
            let (x, y) = (order[a.documentID] ?? Int.max, order[b.documentID] ?? Int.max)
            if x != y { return x < y }
            if a.sentenceIndex != b.sentenceIndex { return a.sentenceIndex < b.sentenceIndex }
            return (a.highlights.first?.lowerBound ?? 0) < (b.highlights.first?.lowerBound ?? 0)
        }
    }

    static func outletValue(_ outlet: String) -> Value {
        outlet.isEmpty ? .nil : .string(outlet)
    }
}

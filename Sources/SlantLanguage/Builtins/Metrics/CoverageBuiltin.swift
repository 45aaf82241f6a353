import SlantMetrics
import SlantText

/// `coverage`: which actors, figures, dates and names each group includes or leaves out.
enum CoverageBuiltin {
    static let kindNames = ["actor", "speaker", "number", "date", "name"]

    static let builtin = Builtin(
        name: "coverage", category: "Comparison",
        signature: "coverage(input?, by: key, actors: all, kinds: [\"actor\", \"speaker\", \"number\", \"date\", \"name\"], missing: 0.5) -> table",
        summary: "A presence matrix: which actors, quoted speakers, figures, dates and named events each group includes, only it, or leaves out.",
        details: """
            One row per item: `kind` (`actor`; `speaker`, someone quoted — a person, an organisation or a \
            named source, as `quotes` finds them, anonymous sources left out; `number`, a figure such as \
            "130", "$5 billion" or "12%"; \
            `date`, such as "November 13", a month, a weekday or a year; `name`, a run of two or more proper \
            nouns such as "Islamic State" or "Paris Climate Conference"), `item`, then one column per group \
            with the number of its sentences that include the item, `groups` (how many groups include it), \
            `only_in` (the group, when only one has it) and `missing_from` (the groups that leave it out \
            although more than the share `missing` of the others include it; 0.5: more than half). Actors \
            are every actor in scope — the prelude's and your own — or the list given with `actors:`; \
            their mentions are matched as `mentions` does, without pronouns. Rows are sorted by kind, then \
            by how many groups include the item (most first), then by item. `explain(coverage(by: outlet))` \
            shows the sentences.
            """,
        examples: [
            BuiltinExample(
                "coverage(by: outlet, kinds: [\"actor\"], actors: [Kurds, Assad]) | select item, Breitbart, groups, only_in, missing_from",
                "item   Breitbart  groups  only_in         missing_from\n-----  ---------  ------  --------------  ------------\nAssad          8       4                  Hot Air\nKurds          0       1  Foreign Policy"),
        ],
        parameters: [
            .value("input", .table, .grouped, optional: true), .perRow("by", optional: true),
            .value("actors", .list, .actor, optional: true), .value("kinds", .list, .string, optional: true),
            .value("missing", .number, optional: true),
        ]
    ) { call throws(RuntimeError) in
        let groups = try ComparisonGroups.resolve(call)
        let kinds = try CoverageBuiltin.kinds(call)
        let share = call.has("missing") ? try call.number("missing") : 0.5
        guard (0..<1).contains(share) else { throw call.error("'missing' must be a share from 0 to below 1", at: "missing") }

        var sightings: [CoverageSighting] = []
        if kinds.contains(.actor) {
            for actor in try actors(call) {
                let finder = try ActorResolution.finder(for: actor, parameter: call.has("actors") ? "actors" : "input", call: call, options: MentionOptions(pronouns: false))
                for group in groups.groups {
                    try call.checkCancellation()
                    for document in group.documents {
                        for mention in finder.mentions(of: 0, in: document) {
                            sightings.append(CoverageSighting(
                                group: group.label, item: CoverageItem(kind: .actor, name: actor.name),
                                sentence: SentenceKey(documentID: document.document.id, sentenceIndex: mention.sentence)))
                        }
                    }
                }
            }
        }
        if kinds.contains(.speaker) {
            let analyzer = try QuoteBuiltins.quoteAnalyzer(call)
            for group in groups.groups {
                try call.checkCancellation()
                for document in group.documents {
                    for quote in analyzer.quotes(in: document) {
                        guard let speaker = quote.speaker, [.person, .named, .organisation].contains(speaker.kind) else { continue }
                        sightings.append(CoverageSighting(
                            group: group.label, item: CoverageItem(kind: .speaker, name: speaker.name),
                            sentence: SentenceKey(documentID: document.document.id, sentenceIndex: quote.sentences.lowerBound)))
                    }
                }
            }
        }
        let textKinds = kinds.intersection([.number, .date, .name])
        if !textKinds.isEmpty {
            let tagger: PerceptronTagger
            do {
                tagger = try PerceptronTagger.shared()
            } catch {
                throw call.error("cannot load the part-of-speech tagger: \(error)", suggestion: "reinstall Slant")
            }
            let extractor = CoverageExtractor(tagger: tagger)
            for group in groups.groups {
                try call.checkCancellation()
                for document in group.documents {
                    sightings += extractor.sightings(in: document, group: group.label, kinds: textKinds)
                }
            }
        }
        let labels = groups.groups.map(\.label)
        let coverage = Coverage(sightings, groups: labels, missingShare: share)
        let columns = DistanceBuiltin.uniqueNames(labels, avoiding: ["kind", "item", "groups", "only_in", "missing_from"])
        // How many groups include each item: counted once, not per comparison of the sort.
        let including = coverage.counts.map { $0.filter { $0 > 0 }.count }
        var ordered = Array(coverage.items.indices)
        ordered.sort { a, b in
            let itemA = coverage.items[a]
            let itemB = coverage.items[b]
            if itemA.kind != itemB.kind { return itemA.kind < itemB.kind }
            return including[a] != including[b] ? including[a] > including[b] : itemA < itemB
        }
        let onlyIn = Dictionary(uniqueKeysWithValues: labels.map { ($0, Set(coverage.onlyIn($0))) })
        let missing = Dictionary(uniqueKeysWithValues: labels.map { ($0, Set(coverage.missingFrom($0))) })
        try call.checkSize(ordered.count)
        let rows = ordered.map { index -> Table.Row in
            let item = coverage.items[index]
            let counts = coverage.counts[index]
            let only = labels.first { onlyIn[$0]?.contains(item) == true }
            let missingFrom = labels.filter { missing[$0]?.contains(item) == true }
            return Table.Row(values: [.string(item.kind.rawValue), .string(item.name)]
                + counts.map { .number(Double($0)) }
                + [.number(Double(including[index])), only.map { .string($0) } ?? .nil,
                   missingFrom.isEmpty ? .nil : .string(missingFrom.joined(separator: ", "))])
        }
        if let recorder = EvidenceRecorder.current {
            recordEvidence(coverage, groups: groups, into: recorder, label: call.interpreter.text(of: call.range))
        }
        return .table(try TableBuiltins.make(call, ["kind", "item"] + columns + ["groups", "only_in", "missing_from"], rows))
    }

    private static func kinds(_ call: BuiltinCall) throws(RuntimeError) -> Set<CoverageKind> {
        guard call.has("kinds") else { return [.actor, .speaker, .number, .date, .name] }
        let given: [Value]
        if case .list(let items)? = call.value("kinds") { given = items } else { given = [call.value("kinds") ?? .nil] }
        var kinds = Set<CoverageKind>()
        for item in given {
            guard case .string(let name) = item, let kind = CoverageKind(rawValue: name), kindNames.contains(name) else {
                throw call.error("'kinds' takes \(kindNames.map { "\"\($0)\"" }.joined(separator: ", "))", at: "kinds")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    /// The actors given, or every actor in scope (innermost definition of each name), by name.
    private static func actors(_ call: BuiltinCall) throws(RuntimeError) -> [ActorValue] {
        switch call.value("actors") {
        case .actor(let actor)?: return [actor]
        case .list(let items)?:
            var actors: [ActorValue] = []
            for item in items {
                guard case .actor(let actor) = item else {
                    throw call.error("'actors' must be a list of actors, but it has \(item.type.withArticle)", at: "actors")
                }
                actors.append(actor)
            }
            return actors
        default:
            return ActorResolution.actors(visibleFrom: call.environment).sorted { $0.name < $1.name }
        }
    }

    /// One evidence entry per item and group, with the sentences that include it.
    private static func recordEvidence(_ coverage: Coverage, groups: ComparisonGroups, into recorder: EvidenceRecorder, label: String) {
        var byID: [String: AnalysedDocument] = [:]
        for group in groups.groups { for document in group.documents { byID[document.document.id] = document } }
        for (index, item) in coverage.items.enumerated() {
            for (column, _) in coverage.groups.enumerated() {
                let pieces = coverage.sentences[index][column].compactMap { key -> Evidence? in
                    guard let document = byID[key.documentID], document.sentences.indices.contains(key.sentenceIndex) else { return nil }
                    let span = document.sentences[key.sentenceIndex].range
                    return Evidence(
                        documentID: key.documentID, outlet: document.document.outlet, sentenceIndex: key.sentenceIndex,
                        sentenceRange: span, text: document.originalText(span), rule: "\(item.kind.rawValue) \"\(item.name)\"")
                }
                if !pieces.isEmpty { recorder.record(metric: label, pieces) }
            }
        }
    }
}

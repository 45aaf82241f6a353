import SlantMetrics
import SlantText

/// `kwic`: concordance lines for an actor or a phrase.
enum KwicBuiltin {
    static let builtin = Builtin(
        name: "kwic", category: "Comparison",
        signature: "kwic(input?, what, window: 5, pronouns: false) -> table",
        summary: "Concordance lines (key word in context) for an actor or phrases, with their outlet, aligned on the match.",
        details: """
            `what` is an actor (its mentions, matched as `mentions` matches them; pronoun carry-overs only \
            with `pronouns: true`), a phrase ("no-fly zone") or a list of phrases; phrases match word by \
            word, ignoring case, the longest first. Each line has `outlet`, `document`, `sentence` (counted \
            from 1), `left` (up to `window` words before the match, within its paragraph), `match` (as \
            written) and `right` (up to `window` words after it, with the punctuation that follows). `left` \
            is padded with spaces on the left to a common width, so the matches line up when printed. \
            Without an input it reads the session's corpus; pipe documents in to narrow it: \
            `corpus() | where outlet == "Breitbart" | kwic(Putin)`.
            """,
        examples: [
            BuiltinExample(
                "corpus() | where outlet == \"Breitbart\" | kwic(\"Moscow\", window: 3) | select left, match, right",
                "left                match   right\n------------------  ------  -------------------\n                    Moscow  is feeling pressure\n  of the conflict.  Moscow  is doing a\nJordan even called  Moscow  the “key” to"),
        ],
        parameters: [
            .value("input", optional: true),
            .value("what", .actor, .string, .list, optional: true),
            .value("window", .number, optional: true), .value("pronouns", .bool, optional: true),
        ]
    ) { call throws(RuntimeError) in
        var documents: [AnalysedDocument]
        let target: Value
        let targetParameter: String
        switch call.value("input") {
        case .table(let table)?:
            documents = table.analysedDocuments
            (target, targetParameter) = (call.value("what") ?? .nil, "what")
        case .grouped(let grouped)?:
            documents = grouped.groups.flatMap(\.rows.analysedDocuments)
            (target, targetParameter) = (call.value("what") ?? .nil, "what")
        case let given?:
            if call.has("what") {
                throw call.error("'kwic' got two things to look for", at: "what", suggestion: "pipe the documents in: corpus() | kwic(A)")
            }
            documents = try call.corpusTable(path: nil).analysedDocuments
            (target, targetParameter) = (given, "input")
        case nil:
            throw call.error("'kwic' needs an actor or a phrase", suggestion: "write e.g. kwic(Russia) or kwic(\"no-fly zone\")")
        }
        let window = call.has("window") ? try call.integer("window", atLeast: 0) : 5
        guard window <= 50 else { throw call.error("'window' must be at most 50 words", at: "window") }
        let pronouns = call.has("pronouns") ? try KeynessBuiltin.flag(call, "pronouns") : false

        var lines: [ConcordanceLine] = []
        switch target {
        case .actor(let actor):
            let finder = try ActorResolution.finder(for: actor, parameter: targetParameter, call: call, options: MentionOptions(pronouns: pronouns))
            for document in documents {
                try call.checkCancellation()
                for mention in finder.mentions(of: 0, in: document) {
                    let match = PhraseMatcher.Match(sentenceIndex: mention.sentence, tokens: mention.tokens, phrase: mention.alias)
                    lines.append(Concordance.line(for: match, in: document, window: window))
                }
            }
        case .string, .list:
            let phrases = try KwicBuiltin.phrases(target, parameter: targetParameter, call: call)
            let matcher = PhraseMatcher(phrases)
            guard !matcher.isEmpty else {
                throw call.error("'kwic' needs a phrase with at least one word", at: targetParameter)
            }
            lines = Concordance.lines(in: documents, matching: matcher, window: window)
        default:
            throw call.error(
                "'kwic' needs an actor or a phrase, not \(target.type.withArticle)", at: targetParameter,
                suggestion: "write e.g. kwic(Russia) or kwic(\"no-fly zone\")")
        }
        try call.checkSize(lines.count)
        let width = lines.map(\.left.count).max() ?? 0
        let rows = lines.map { line in
            Table.Row(values: [
                line.outlet.isEmpty ? .nil : .string(line.outlet), .string(line.documentID), .number(Double(line.sentenceIndex + 1)),
                .string(String(repeating: " ", count: width - line.left.count) + line.left), .string(line.match), .string(line.right),
            ])
        }
        if let recorder = EvidenceRecorder.current, !lines.isEmpty {
            recorder.record(metric: call.interpreter.text(of: call.range), evidence(lines, documents: documents))
        }
        return .table(try TableBuiltins.make(call, ["outlet", "document", "sentence", "left", "match", "right"], rows))
    }

    private static func phrases(_ value: Value, parameter: String, call: BuiltinCall) throws(RuntimeError) -> [String] {
        switch value {
        case .string(let phrase): return [phrase]
        case .list(let items):
            var phrases: [String] = []
            for item in items {
                guard case .string(let phrase) = item else {
                    throw call.error("'kwic' takes a list of phrases (strings), but this list has \(item.type.withArticle)", at: parameter)
                }
                phrases.append(phrase)
            }
            return phrases
        default:
            return []
        }
    }

    private static func evidence(_ lines: [ConcordanceLine], documents: [AnalysedDocument]) -> [Evidence] {
        let byID = Dictionary(documents.map { ($0.document.id, $0) }, uniquingKeysWith: { a, _ in a })
        return lines.compactMap { line in
            guard let document = byID[line.documentID], document.sentences.indices.contains(line.sentenceIndex) else { return nil }
            let span = document.sentences[line.sentenceIndex].range
            return Evidence(
                documentID: line.documentID, outlet: line.outlet, sentenceIndex: line.sentenceIndex, sentenceRange: span,
                text: document.originalText(span), highlights: [line.range], rule: "\"\(line.phrase)\"")
        }
    }
}

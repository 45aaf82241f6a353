import SlantMetrics
import SlantText

/// `frames`: dictionary-based frame detection, per sentence and per document.
enum FrameBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [frames] }

    static let frames = Builtin(
        name: "frames", category: "Metrics",
        signature: "frames(input?, actor?, scheme: \"policy\", rows: false) -> table",
        summary: "Which frames the text uses: cue words of the 15 Policy Frames Codebook dimensions or the 5 generic news frames, per 1,000 words and share of sentences.",
        details: """
            `scheme: "policy"` (the default) detects the 15 dimensions of the Policy Frames Codebook \
            (Boydstun et al. 2014): economic, capacity & resources, morality, fairness & equality, legality, \
            policy prescription, crime & punishment, security & defense, health & safety, quality of life, \
            cultural identity, public opinion, political, external regulation & reputation, and other (a \
            sentence with words but no cue of any other frame); `scheme: "news"` the 5 generic news \
            frames (Semetko & Valkenburg 2000): conflict, responsibility, human interest, economic \
            consequences, morality. Cues are words, prefixes (`econom*`) and phrases from the \
            dictionaries policy-frames.tsv and news-frames.tsv, each with its rationale; a token counts \
            once per frame. With an actor (`frames(Russia)`), only the sentences that mention it are read. \
            Returns a table with one row per frame, in the scheme's order: `frame`, `hits` (cues that \
            fired), `per1000` (hits per 1,000 words of the sentences read), `sentences` (sentences with \
            the frame), `share` (of the sentences read), `documents`. With `rows: true`, one row per \
            sentence with at least one frame: `document`, `outlet`, `sentence` (from 1), `frames` (comma \
            separated), `cues` (the cue words as written). `explain(frames())` shows every sentence with \
            its cue words marked and their rationales. 
            """ + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | frames(scheme: \"news\") | where frame == \"conflict\" | select outlet, hits, per1000, share",
                "outlet                   hits  per1000   share\n-----------------------  ----  -------  ------\nAtlantic Sentinel          12  27.3973  0.4091\nBreitbart                  14       16  0.4138\nForeign Policy             21  18.0879  0.3333\nHot Air                     4   4.7059  0.1111\nThe Wall Street Journal    11   9.2671  0.2157"),
        ],
        parameters: [
            .value("input", .table, .grouped, .actor, optional: true),
            .value("actor", .actor, optional: true),
            .value("scheme", .string, optional: true),
            .value("rows", .bool, optional: true),
            .value("pronouns", .bool, optional: true),
        ]
    ) { call throws(RuntimeError) in
        let (input, shifted) = try MetricBridge.input(of: call)
        var finder: MentionFinder? = nil
        let actorGiven: Bool
        if shifted, case .actor? = call.value("input") {
            actorGiven = true
        } else if case .actor? = call.value("actor") {
            actorGiven = true
        } else {
            actorGiven = false
        }
        if actorGiven {
            let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
            let options = MentionOptions(pronouns: try ActorBuiltins.flag(call, "pronouns", default: false))
            finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: options)
        }
        let family = try scheme(call)
        let detector = try detector(call, family: family)
        let rows = try ActorBuiltins.flag(call, "rows", default: false)
        return try MetricBridge.run(call, input: input) { documents throws(RuntimeError) in
            let found: [DocumentFrames]
            if let finder {
                found = DocumentMentions.find(0, with: finder, in: documents).map { mentions in
                    detector.detect(mentions.analysis, sentences: Array(Set(mentions.mentions.map(\.sentence))).sorted())
                }
            } else {
                found = documents.map { detector.detect($0) }
            }
            let summary = FrameSummary(found, family: family)
            let evidence = { summary.evidence() }
            if rows { return MetricOutput(sentenceRows(found), evidence: evidence) }
            let values: [[Value]] = summary.scores.map { score in
                [.string(score.frame), MetricBridge.number(score.hits), MetricBridge.number(score.per1000),
                 MetricBridge.number(score.sentences), MetricBridge.number(score.share), MetricBridge.number(score.documents)]
            }
            return MetricOutput(.rows(columns: ["frame", "hits", "per1000", "sentences", "share", "documents"], rows: values),
                                evidence: evidence)
        }
    }

    static func sentenceRows(_ found: [DocumentFrames]) -> MetricOutput.Shape {
        var rows: [[Value]] = []
        for document in found {
            let analysis = document.analysis
            let dictionary = document.dictionary
            for sentence in document.sentences where !sentence.hits.isEmpty {
                let cues = sentence.hits.map { hit in
                    hit.tokens.map { analysis.tokens[$0].text }.joined(separator: " ")
                }
                rows.append([
                    .string(analysis.document.id), LabelBuiltins.outletValue(analysis.document.outlet),
                    MetricBridge.number(sentence.sentence + 1),
                    .string(sentence.frames.map { dictionary.frames[$0] }.joined(separator: ", ")),
                    .string(cues.joined(separator: ", ")),
                ])
            }
        }
        return .rows(columns: ["document", "outlet", "sentence", "frames", "cues"], rows: rows)
    }

    static func scheme(_ call: BuiltinCall) throws(RuntimeError) -> FrameFamily {
        guard case .string(let name)? = call.value("scheme") else { return .policy }
        guard let family = FrameFamily(rawValue: name) else {
            throw call.error("'scheme' must be \"policy\" or \"news\", not \"\(name)\"", at: "scheme",
                             suggestion: "leave it out for the Policy Frames Codebook dimensions")
        }
        return family
    }

    static func detector(_ call: BuiltinCall, family: FrameFamily) throws(RuntimeError) -> FrameDetector {
        do {
            return FrameDetector(dictionary: try FrameDictionary.bundled(family))
        } catch {
            throw call.error("cannot load the frame dictionary: \(error.description)", suggestion: "reinstall Slant")
        }
    }
}

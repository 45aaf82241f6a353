import SlantText

/// How often one outlet attaches one label to an actor, with the evidence.
public struct LabelCount: Sendable, Hashable {
    public var outlet: String
    public var label: String
    public var kind: Label.Kind
    public var count: Int
    /// One piece per occurrence: the sentence, with the label and the mention highlighted.
    public var evidence: [Evidence]

    /// Counts the labels of `documents` (found with `finder`) by outlet, label text and kind.
    /// Sorted by outlet, then count (largest first), then label and kind.
    public static func count(_ documents: [DocumentMentions], finder: LabelFinder) -> [LabelCount] {
        let perDocument = ParallelMap.map(documents) { finder.labels(in: $0) }
        var counts: [Key: LabelCount] = [:]
        for (document, labels) in zip(documents, perDocument) {
            let analysis = document.analysis
            for label in labels {
                let key = Key(outlet: analysis.document.outlet, label: label.text, kind: label.kind)
                let sentence = analysis.sentences[label.sentence]
                var highlights = [label.range]
                if document.mentions.indices.contains(label.mention) { highlights.append(document.mentions[label.mention].range) }
                highlights.sort { $0.lowerBound < $1.lowerBound }
                let evidence = Evidence(
                    documentID: analysis.document.id, outlet: analysis.document.outlet, sentenceIndex: label.sentence,
                    sentenceRange: sentence.range, text: analysis.text(of: sentence), highlights: highlights,
                    rule: "\(label.kind.rawValue) '\(label.text)'", contribution: 1)
                counts[key, default: LabelCount(outlet: key.outlet, label: key.label, kind: key.kind, count: 0, evidence: [])]
                    .count += 1
                counts[key]?.evidence.append(evidence)
            }
        }
        // The order is total (a key's fields are all compared), so the dictionary's order does not show.
        return counts.values.sorted { a, b in
            if a.outlet != b.outlet { return a.outlet < b.outlet }
            if a.count != b.count { return a.count > b.count }
            if a.label != b.label { return a.label < b.label }
            return a.kind.rawValue < b.kind.rawValue
        }
    }

    private struct Key: Hashable {
        var outlet: String
        var label: String
        var kind: Label.Kind
    }
}

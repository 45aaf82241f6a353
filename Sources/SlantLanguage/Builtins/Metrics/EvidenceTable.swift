import SlantMetrics

/// Evidence as the table `explain` returns: one row per piece of evidence.
enum EvidenceTable {
    static let columns = ["metric", "document", "outlet", "sentence", "text", "rule", "contribution"]

    static func rows(_ entries: [(metric: String, evidence: [Evidence])]) -> [[Value]] {
        var rows: [[Value]] = []
        for (metric, evidence) in entries {
            for piece in evidence {
                rows.append([
                    .string(metric), .string(piece.documentID), piece.outlet.isEmpty ? .nil : .string(piece.outlet),
                    .number(Double(piece.sentenceIndex + 1)), .string(marked(piece)), .string(piece.rule),
                    MetricBridge.number(piece.contribution),
                ])
            }
        }
        return rows
    }

    /// The sentence with `[[` and `]]` around each highlighted span (overlapping spans merged;
    /// spans outside the sentence clipped).
    static func marked(_ evidence: Evidence) -> String {
        let bytes = Array(evidence.text.utf8)
        let base = evidence.sentenceRange.lowerBound
        var spans: [Range<Int>] = []
        for highlight in evidence.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = max(0, min(bytes.count, highlight.lowerBound - base))
            let upper = max(lower, min(bytes.count, highlight.upperBound - base))
            guard lower < upper else { continue }
            if let last = spans.last, lower <= last.upperBound {
                spans[spans.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                spans.append(lower..<upper)
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + spans.count * 4)
        var cursor = 0
        for span in spans {
            result.append(contentsOf: bytes[cursor..<span.lowerBound])
            result.append(contentsOf: "[[".utf8)
            result.append(contentsOf: bytes[span])
            result.append(contentsOf: "]]".utf8)
            cursor = span.upperBound
        }
        result.append(contentsOf: bytes[cursor...])
        return String(decoding: result, as: UTF8.self)
    }
}

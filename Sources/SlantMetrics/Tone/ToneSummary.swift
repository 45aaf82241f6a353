/// `tone(A)` as one number: the mean tone over mentions, with n and a 95% bootstrap interval.
///
/// - n = 0: no value, no interval (never NaN, never a made-up 0).
/// - n = 1, or all mentions in one sentence: a value but no interval.
/// - Otherwise the percentile interval of ``Bootstrap`` (fixed seed, so the same rows always give
///   the same interval), resampling documents when the mentions come from two or more documents
///   (sentences of one article are not independent), else sentences. Mentions of one sentence
///   are always drawn together.
public struct ToneSummary: Sendable, Hashable {
    /// Mean normalised score (-1…1); nil when there are no mentions.
    public var mean: Double?
    /// Mentions scored.
    public var n: Int
    public var interval: ClosedRange<Double>?
    /// Mentions per label.
    public var negative: Int
    public var neutral: Int
    public var positive: Int
    /// Mentions inside quotation marks (the rest are in the reporter's voice).
    public var quoted: Int
    /// Documents the mentions come from.
    public var documents: Int

    public init(_ rows: [MentionTone], options: BootstrapOptions = .standard) {
        n = rows.count
        var total = 0.0
        var counts = [0, 0, 0]
        var quoted = 0
        var documentIDs = Set<String>()
        for row in rows {
            total += row.score
            switch row.label {
            case .negative: counts[0] += 1
            case .neutral: counts[1] += 1
            case .positive: counts[2] += 1
            }
            if row.voice == .quoted { quoted += 1 }
            documentIDs.insert(row.documentID)
        }
        mean = rows.isEmpty ? nil : total / Double(rows.count)
        negative = counts[0]
        neutral = counts[1]
        positive = counts[2]
        self.quoted = quoted
        documents = documentIDs.count
        if rows.count >= 2 {
            interval = Bootstrap.interval(
                of: rows.map(\.observation), statistic: .mean, unit: documents >= 2 ? .document : .sentence,
                options: options)
        } else {
            interval = nil
        }
    }

    /// The summary as a ``Measure`` whose evidence is one entry per mention (`rows`, in order),
    /// each contributing its share of the mean (score / n), so the contributions add up to the value.
    public static func measure(_ rows: [MentionTone], options: BootstrapOptions = .standard) -> Measure {
        let summary = ToneSummary(rows, options: options)
        let evidence = rows.map { row in
            var item = row.evidence
            item.contribution = row.score / Double(rows.count)
            return item
        }
        return Measure(value: summary.mean, n: summary.n, interval: summary.interval, evidence: evidence)
    }
}

extension MentionTone {
    /// The mention as an observation of a mean (numerator = score, denominator = 1), for
    /// ``Bootstrap`` and ``GroupComparison``.
    public var observation: Observation {
        Observation(documentID: documentID, sentenceIndex: sentenceIndex, numerator: score, denominator: 1)
    }
}

/// The fragility warnings of a comparison: too few sentences, single documents, and results that
/// flip when one document or one evidence sentence is left out (leave-one-out).
///
/// Because the statistic is a ratio of sums, leaving a piece out is a subtraction: each group
/// costs one pass over its observations, and each pair of groups a constant.
struct FragilityCheck {
    let warnings: [FragilityWarning]

    /// The extremes of a group's value over all leave-one-out variants.
    private struct Extremes {
        var lowest: (value: Double, without: LeftOut)?
        var highest: (value: Double, without: LeftOut)?
        /// The first variant whose sign differs from the full value's.
        var signFlip: (value: Double, without: LeftOut)?
    }

    init(samples: [GroupSample], results: [GroupComparison.GroupResult], statistic: RatioStatistic, options: FragilityOptions) {
        var warnings: [FragilityWarning] = []
        var singles: [String] = []
        for result in results {
            if result.value == nil {
                warnings.append(.noData(group: result.group))
                continue
            }
            if result.sentences < options.minimumSentences {
                warnings.append(.fewSentences(group: result.group, sentences: result.sentences, minimum: options.minimumSentences))
            }
            if result.documents == 1 { singles.append(result.group) }
        }
        if !singles.isEmpty { warnings.append(.singleDocument(groups: singles)) }

        let extremes = zip(samples, results).map { sample, result in
            Self.extremes(of: sample.observations, value: result.value, statistic: statistic)
        }
        var flips: [FragilityWarning] = []
        for (index, result) in results.enumerated() {
            if let value = result.value, let flip = extremes[index].signFlip {
                flips.append(.signFlips(group: result.group, value: value, without: flip.without, valueWithout: flip.value))
            }
        }
        for first in results.indices {
            for second in results.indices where second > first {
                guard let a = results[first].value, let b = results[second].value, a != b else { continue }
                let (high, low) = a > b ? (first, second) : (second, first)
                let highValue = max(a, b)
                let lowValue = min(a, b)
                if let drop = extremes[high].lowest, drop.value <= lowValue {
                    flips.append(.orderFlips(higher: results[high].group, lower: results[low].group, without: drop.without))
                } else if let rise = extremes[low].highest, rise.value >= highValue {
                    flips.append(.orderFlips(higher: results[high].group, lower: results[low].group, without: rise.without))
                }
            }
        }
        warnings.append(contentsOf: flips.prefix(options.maximumReported))
        self.warnings = warnings
    }

    /// Leave-one-out over a group's documents (when it has more than one) and evidence sentences.
    private static func extremes(of observations: [Observation], value: Double?, statistic: RatioStatistic) -> Extremes {
        var extremes = Extremes()
        guard let value else { return extremes }
        var top = 0.0
        var bottom = 0.0
        var documents: [String: (Double, Double)] = [:]
        var documentOrder: [String] = []
        var sentences: [SentenceKey: (Double, Double)] = [:]
        var evidence = Set<SentenceKey>()
        for observation in observations {
            top += observation.numerator
            bottom += observation.denominator
            if documents[observation.documentID] == nil { documentOrder.append(observation.documentID) }
            documents[observation.documentID, default: (0, 0)].0 += observation.numerator
            documents[observation.documentID, default: (0, 0)].1 += observation.denominator
            sentences[observation.sentence, default: (0, 0)].0 += observation.numerator
            sentences[observation.sentence, default: (0, 0)].1 += observation.denominator
            if observation.isEvidence { evidence.insert(observation.sentence) }
        }
        var variants: [(LeftOut, (Double, Double))] = []
        if documentOrder.count > 1 {
            for id in documentOrder { if let sums = documents[id] { variants.append((.document(id), sums)) } }
        }
        for key in evidence.sorted() { if let sums = sentences[key] { variants.append((.sentence(key), sums)) } }
        for (without, sums) in variants {
            guard var reduced = statistic.value(numerator: top - sums.0, denominator: bottom - sums.1) else { continue }
            // Subtracting sums leaves rounding dust where the exact answer is 0; 0 is a sign change.
            if abs(reduced) < 1e-9 * max(1, abs(value)) { reduced = 0 }
            if extremes.lowest.map({ reduced < $0.value }) ?? true { extremes.lowest = (reduced, without) }
            if extremes.highest.map({ reduced > $0.value }) ?? true { extremes.highest = (reduced, without) }
            if extremes.signFlip == nil, value != 0, (value > 0 ? reduced <= 0 : reduced >= 0) {
                extremes.signFlip = (reduced, without)
            }
        }
        return extremes
    }
}

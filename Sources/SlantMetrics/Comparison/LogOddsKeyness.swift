import Foundation

/// One term's keyness for one group: the raw counts beside the estimate and its z-score.
public struct KeyTerm: Sendable, Hashable {
    public var group: String
    public var term: String
    /// 1 for a word, 2 for a pair of words.
    public var size: Int
    /// Occurrences in the group.
    public var count: Int
    /// Occurrences in the baseline (the rest of the corpus, or the reference group).
    public var baselineCount: Int
    /// All terms (of this size) in the group.
    public var groupTotal: Int
    /// All terms (of this size) in the baseline.
    public var baselineTotal: Int
    /// δ: the difference in log-odds of the term between group and baseline, with the prior.
    public var logOdds: Double
    /// The approximate variance of δ.
    public var variance: Double
    /// δ / √variance: positive when the group uses the term more than the baseline.
    public var z: Double
}

/// Distinctive terms by the weighted log-odds ratio with an informative Dirichlet prior
/// (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eqs. 16, 18–22).
///
/// For term w, group i and baseline j (the other groups pooled, or one reference group), with
/// counts y and totals n, and the prior α_w = s · (count of w in the whole corpus), α₀ = Σ α_w:
///
///     ω_i = (y_wi + α_w) / (n_i + α₀ − y_wi − α_w)
///     δ   = ln ω_i − ln ω_j
///     σ²  ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)
///     z   = δ / σ
///
/// The prior shrinks rare terms toward the corpus rate, so a word used once by one outlet and
/// never by others does not top the list, while frequent words need a real difference in rate.
/// `s` (the prior scale, 1 by default: the corpus counts themselves, an empirical-Bayes choice)
/// sets its strength.
public struct LogOddsKeyness: Sendable {
    public enum Baseline: Sendable, Hashable {
        /// Each group against all the others pooled.
        case rest
        /// Each group against one reference group (which gets no scores itself).
        case group(String)
    }

    public let counts: TermCounts
    public let baseline: Baseline
    public let priorScale: Double

    public init(counts: TermCounts, baseline: Baseline = .rest, priorScale: Double = 1) {
        self.counts = counts
        self.baseline = baseline
        self.priorScale = priorScale > 0 ? priorScale : 1
    }

    /// The groups that get scores: all, or all but the reference group.
    public var scoredGroups: [String] {
        switch baseline {
        case .rest: return counts.groups
        case .group(let reference): return counts.groups.filter { $0 != reference }
        }
    }

    /// The score of one term for one group; nil when the group or the term is unknown, or when
    /// the vocabulary is a single term (the odds are undefined).
    public func score(term: String, group: String) -> KeyTerm? {
        guard let termIndex = counts.termIndex(term), let groupIndex = counts.groups.firstIndex(of: group) else { return nil }
        return score(termIndex: termIndex, groupIndex: groupIndex)
    }

    /// Every term the group uses (count > 0), highest z first; ties by term.
    public func terms(for group: String) -> [KeyTerm] {
        guard let groupIndex = counts.groups.firstIndex(of: group) else { return [] }
        let scored = counts.counts[groupIndex].keys.compactMap { score(termIndex: $0, groupIndex: groupIndex) }
        return scored.sorted { ($0.z, $1.term) > ($1.z, $0.term) }
    }

    /// The `limit` most distinctive terms of each scored group (positive z only), filtered by
    /// `include` (e.g. to drop stopword-only terms), group by group in group order.
    public func top(_ limit: Int, include: (String) -> Bool = { _ in true }) -> [KeyTerm] {
        var result: [KeyTerm] = []
        for group in scoredGroups {
            var taken = 0
            for term in terms(for: group) where taken < limit && term.z > 0 && include(term.term) {
                result.append(term)
                taken += 1
            }
        }
        return result
    }

    private func score(termIndex: Int, groupIndex: Int) -> KeyTerm? {
        let groupCount = counts.count(ofTerm: termIndex, inGroup: groupIndex)
        let groupTotal = counts.groupTotals[groupIndex]
        let baselineCount: Int
        let baselineTotal: Int
        switch baseline {
        case .rest:
            baselineCount = counts.totals[termIndex] - groupCount
            baselineTotal = counts.grandTotal - groupTotal
        case .group(let reference):
            guard let referenceIndex = counts.groups.firstIndex(of: reference), referenceIndex != groupIndex else { return nil }
            baselineCount = counts.count(ofTerm: termIndex, inGroup: referenceIndex)
            baselineTotal = counts.groupTotals[referenceIndex]
        }
        let alpha = priorScale * Double(counts.totals[termIndex])
        let alpha0 = priorScale * Double(counts.grandTotal)
        let yi = Double(groupCount)
        let yj = Double(baselineCount)
        let restI = Double(groupTotal) + alpha0 - yi - alpha
        let restJ = Double(baselineTotal) + alpha0 - yj - alpha
        guard alpha > 0, restI > 0, restJ > 0 else { return nil }
        let delta = log((yi + alpha) / restI) - log((yj + alpha) / restJ)
        let variance = 1 / (yi + alpha) + 1 / (yj + alpha)
        return KeyTerm(
            group: counts.groups[groupIndex], term: counts.terms[termIndex], size: counts.size, count: groupCount,
            baselineCount: baselineCount, groupTotal: groupTotal, baselineTotal: baselineTotal,
            logOdds: delta, variance: variance, z: delta / variance.squareRoot())
    }
}

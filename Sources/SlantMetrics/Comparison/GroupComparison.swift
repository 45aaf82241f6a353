/// The observations of one group (an outlet, a bias label…) for one metric.
public struct GroupSample: Sendable, Hashable {
    public var group: String
    public var observations: [Observation]

    public init(group: String, observations: [Observation]) {
        self.group = group
        self.observations = observations
    }
}

/// A metric compared across groups: each group's value with its n and bootstrap interval,
/// pairwise differences with intervals, and the reasons to distrust any of it.
///
/// The metric is a ratio (``RatioStatistic``) over ``Observation``s, which covers means, rates
/// and shares. Each group's interval is exactly the one ``Bootstrap/interval(of:statistic:unit:options:)``
/// gives for its observations (same seed, same draws), so a metric's own interval and its
/// interval in a comparison agree. Differences come from a second, stratified pass in which
/// every group draws from its own stream (derived from the seed and the group's position), so
/// two groups never share a resampling pattern. The same input and options always give the
/// same numbers.
public struct GroupComparison: Sendable {
    public struct GroupResult: Sendable, Hashable {
        public var group: String
        /// Nil when the group has nothing to measure.
        public var value: Double?
        /// The evidence observations the value rests on: every observation of a mean or a share
        /// (one per mention), the sentences that count toward a rate (those with a mention).
        public var n: Int
        /// Distinct evidence sentences.
        public var sentences: Int
        /// Distinct documents with at least one observation.
        public var documents: Int
        public var interval: ClosedRange<Double>?
        /// What was resampled for this group.
        public var unit: ResamplingUnit
    }

    /// `first − second`.
    public struct Difference: Sendable, Hashable {
        public var first: String
        public var second: String
        public var value: Double?
        public var interval: ClosedRange<Double>?

        /// True when the interval lies entirely on one side of zero.
        public var excludesZero: Bool {
            guard let interval else { return false }
            return interval.lowerBound > 0 || interval.upperBound < 0
        }
    }

    /// Which pairs get a difference.
    public enum Pairs: Sendable, Hashable {
        /// Every pair, first in group order before second.
        case all
        /// Each other group minus this one.
        case against(String)
    }

    public var statistic: RatioStatistic
    public var options: BootstrapOptions
    public var groups: [GroupResult]
    public var differences: [Difference]
    public var warnings: [FragilityWarning]

    /// Compares `samples` (one per group, in the order given).
    ///
    /// - Parameters:
    ///   - unit: what to resample; nil chooses per group, as the metrics do: documents when the
    ///     group has two or more (sentences of one article are not independent), else sentences.
    ///   - pairs: all pairs, or every group against a reference group.
    public init(
        _ samples: [GroupSample], statistic: RatioStatistic, unit: ResamplingUnit? = nil, pairs: Pairs = .all,
        options: BootstrapOptions = .standard, fragility: FragilityOptions = .standard
    ) {
        self.statistic = statistic
        self.options = options
        let documentsPerGroup = samples.map { Set($0.observations.map(\.documentID)).count }
        let chosen = documentsPerGroup.map { unit ?? ($0 >= 2 ? .document : .sentence) }
        let units = samples.indices.map { ResamplingUnits(samples[$0].observations, unit: chosen[$0]) }

        groups = samples.indices.map { index in
            let sample = samples[index]
            return GroupResult(
                group: sample.group, value: statistic.value(of: sample.observations), n: sample.observations.filter(\.isEvidence).count,
                sentences: Set(sample.observations.filter(\.isEvidence).map(\.sentence)).count,
                documents: documentsPerGroup[index],
                interval: Bootstrap.interval(of: units[index], statistic: statistic, options: options),
                unit: chosen[index])
        }

        var pairList: [(Int, Int)] = []
        switch pairs {
        case .all:
            for first in samples.indices {
                for second in samples.indices where second > first { pairList.append((first, second)) }
            }
        case .against(let reference):
            if let base = samples.firstIndex(where: { $0.group == reference }) {
                for other in samples.indices where other != base { pairList.append((other, base)) }
            }
        }
        // Replicates for the differences, only for groups in a pair.
        var replicates = [[Double?]](repeating: [], count: samples.count)
        for index in Set(pairList.flatMap { [$0.0, $0.1] }) where units[index].count >= 2 {
            var generator = SplitMix64(seed: options.seed ^ (UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15))
            replicates[index] = (0..<options.resamples).map { _ in units[index].replicate(statistic, using: &generator) }
        }
        let results = groups
        differences = pairList.map { first, second in
            var values: [Double] = []
            if !replicates[first].isEmpty, !replicates[second].isEmpty {
                for replicate in 0..<options.resamples {
                    if let a = replicates[first][replicate], let b = replicates[second][replicate] { values.append(a - b) }
                }
            }
            let value: Double? = if let a = results[first].value, let b = results[second].value { a - b } else { nil }
            return Difference(
                first: samples[first].group, second: samples[second].group, value: value,
                interval: Quantile.centralInterval(values, confidence: options.confidence))
        }
        warnings = FragilityCheck(samples: samples, results: results, statistic: statistic, options: fragility).warnings
    }

    /// The result of one group, by name.
    public func result(for group: String) -> GroupResult? {
        groups.first { $0.group == group }
    }
}

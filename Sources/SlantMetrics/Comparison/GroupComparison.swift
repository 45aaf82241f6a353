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
/// and shares. Groups are resampled independently (stratified bootstrap) with one fixed-seed
/// generator, so the same input and options always give the same intervals.
public struct GroupComparison: Sendable {
    public struct GroupResult: Sendable, Hashable {
        public var group: String
        /// Nil when the group has nothing to measure.
        public var value: Double?
        /// Observations (mentions, sentences…) the value rests on.
        public var n: Int
        /// Distinct evidence sentences.
        public var sentences: Int
        /// Distinct documents with at least one observation.
        public var documents: Int
        public var interval: ClosedRange<Double>?
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
    public var unit: ResamplingUnit
    public var options: BootstrapOptions
    public var groups: [GroupResult]
    public var differences: [Difference]
    public var warnings: [FragilityWarning]

    /// Compares `samples` (one per group, in the order given).
    ///
    /// - Parameters:
    ///   - unit: what to resample; nil chooses documents when every group has at least five,
    ///     sentences otherwise.
    ///   - pairs: all pairs, or every group against a reference group.
    public init(
        _ samples: [GroupSample], statistic: RatioStatistic, unit: ResamplingUnit? = nil, pairs: Pairs = .all,
        options: BootstrapOptions = .standard, fragility: FragilityOptions = .standard
    ) {
        let documentsPerGroup = samples.map { Set($0.observations.map(\.documentID)).count }
        let chosen = unit ?? (documentsPerGroup.allSatisfy { $0 >= 5 } ? .document : .sentence)
        self.statistic = statistic
        self.unit = chosen
        self.options = options

        // One generator, drawn in a fixed order (replicate by replicate, group by group), so a
        // replicate's group values come from one pass and the differences pair them up.
        let units = samples.map { ResamplingUnits($0.observations, unit: chosen) }
        var generator = SplitMix64(seed: options.seed)
        var replicates = [[Double?]](repeating: [], count: samples.count)
        for index in samples.indices { replicates[index].reserveCapacity(options.resamples) }
        for _ in 0..<options.resamples {
            for index in samples.indices {
                replicates[index].append(units[index].count >= 2 ? units[index].replicate(statistic, using: &generator) : nil)
            }
        }

        groups = samples.enumerated().map { index, sample in
            let sentences = Set(sample.observations.filter(\.isEvidence).map(\.sentence)).count
            return GroupResult(
                group: sample.group, value: statistic.value(of: sample.observations), n: sample.observations.count,
                sentences: sentences, documents: documentsPerGroup[index],
                interval: Quantile.centralInterval(replicates[index].compactMap { $0 }, confidence: options.confidence))
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
        let results = groups
        differences = pairList.map { first, second in
            var values: [Double] = []
            for replicate in 0..<options.resamples {
                if let a = replicates[first][replicate], let b = replicates[second][replicate] { values.append(a - b) }
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

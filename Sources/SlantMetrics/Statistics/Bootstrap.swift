/// How a bootstrap is run: how many resamples, the interval's confidence and the seed.
public struct BootstrapOptions: Sendable, Hashable {
    /// Number of resamples; 1,000 gives stable 95% percentile intervals for reporting.
    public var resamples: Int
    /// The interval's coverage, 0.95 for a 95% interval.
    public var confidence: Double
    /// The generator's seed: the same seed gives the same interval, always.
    public var seed: UInt64

    public init(resamples: Int = 1000, confidence: Double = 0.95, seed: UInt64 = SplitMix64.defaultSeed) {
        self.resamples = max(1, resamples)
        self.confidence = min(max(confidence, 0), 1)
        self.seed = seed
    }

    public static let standard = BootstrapOptions()
}

/// What is drawn with replacement when resampling.
public enum ResamplingUnit: String, Sendable, Hashable, CaseIterable {
    /// Whole sentences (all observations of a sentence stay together): the only choice when a
    /// group has a single document, as each outlet has in the seeds.
    case sentence
    /// Whole documents: sentences of one article are not independent, so with enough documents
    /// per group this gives the more honest (wider) interval.
    case document
}

/// The per-unit sums a ratio statistic is resampled from.
public struct ResamplingUnits: Sendable, Hashable {
    public private(set) var numerators: [Double] = []
    public private(set) var denominators: [Double] = []

    /// Groups `observations` into units (sentences or documents), in order of first appearance.
    public init<S: Sequence>(_ observations: S, unit: ResamplingUnit) where S.Element == Observation {
        switch unit {
        case .document: self.init(grouping: observations.lazy.map { ($0.documentID, $0.numerator, $0.denominator) })
        case .sentence: self.init(grouping: observations.lazy.map { ($0.sentence, $0.numerator, $0.denominator) })
        }
    }

    /// One unit per distinct key, in order of first appearance, adding up the numerators and
    /// denominators given under that key.
    init<Key: Hashable>(grouping parts: some Sequence<(Key, Double, Double)>) {
        var slot: [Key: Int] = [:]
        for (key, numerator, denominator) in parts {
            let index: Int
            if let existing = slot[key] {
                index = existing
            } else {
                index = numerators.count
                slot[key] = index
                numerators.append(0)
                denominators.append(0)
            }
            numerators[index] += numerator
            denominators[index] += denominator
        }
    }

    /// Units given directly: unit i adds `numerators[i]` and `denominators[i]` (extra values of
    /// the longer list are ignored).
    public init(numerators: [Double], denominators: [Double]) {
        let count = min(numerators.count, denominators.count)
        self.numerators = Array(numerators.prefix(count))
        self.denominators = Array(denominators.prefix(count))
    }

    public var count: Int { numerators.count }

    /// One bootstrap replicate: `count` units drawn with replacement; nil when the draw has
    /// nothing to divide by.
    public func replicate(_ statistic: RatioStatistic, using generator: inout SplitMix64) -> Double? {
        guard count > 0 else { return nil }
        var top = 0.0
        var bottom = 0.0
        for _ in 0..<count {
            let pick = generator.nextIndex(below: count)
            top += numerators[pick]
            bottom += denominators[pick]
        }
        return statistic.value(numerator: top, denominator: bottom)
    }
}

/// Percentile bootstrap intervals with a fixed-seed generator, so reports are reproducible.
///
/// The one bootstrap of Slant: metrics that attach an interval to a ``Measure`` call these, and
/// ``GroupComparison`` uses the same units and generator for groups and their differences.
public enum Bootstrap {
    /// Resamples drawn for an interval unless told otherwise.
    public static let resamples = 1_000

    /// The percentile interval of a ratio statistic over `observations`, resampling `unit`s.
    /// Nil with fewer than two units (one sentence cannot tell us how much it could vary).
    public static func interval(
        of observations: [Observation], statistic: RatioStatistic, unit: ResamplingUnit = .sentence,
        options: BootstrapOptions = .standard
    ) -> ClosedRange<Double>? {
        interval(of: ResamplingUnits(observations, unit: unit), statistic: statistic, options: options)
    }

    /// The percentile interval of `scale × Σ numerators / Σ denominators`, resampling the units
    /// (unit i is `numerators[i]` over `denominators[i]`: a document, a sentence…). Nil with
    /// fewer than two units or nothing to divide by.
    public static func ratioInterval(
        numerators: [Double], denominators: [Double], scale: Double = 1, resamples: Int = Bootstrap.resamples,
        seed: UInt64 = SplitMix64.defaultSeed, confidence: Double = 0.95
    ) -> ClosedRange<Double>? {
        interval(
            of: ResamplingUnits(numerators: numerators, denominators: denominators), statistic: RatioStatistic(scale: scale),
            options: BootstrapOptions(resamples: resamples, confidence: confidence, seed: seed))
    }

    /// The percentile interval of the mean of `values` (each value its own unit). Nil with fewer
    /// than two values.
    public static func meanInterval(
        _ values: [Double], resamples: Int = Bootstrap.resamples, seed: UInt64 = SplitMix64.defaultSeed,
        confidence: Double = 0.95
    ) -> ClosedRange<Double>? {
        ratioInterval(
            numerators: values, denominators: Array(repeating: 1, count: values.count), resamples: resamples,
            seed: seed, confidence: confidence)
    }

    /// The percentile interval from prepared units.
    public static func interval(
        of units: ResamplingUnits, statistic: RatioStatistic, options: BootstrapOptions = .standard
    ) -> ClosedRange<Double>? {
        guard units.count >= 2, units.denominators.reduce(0, +) > 0 else { return nil }
        var generator = SplitMix64(seed: options.seed)
        var values: [Double] = []
        values.reserveCapacity(options.resamples)
        for _ in 0..<options.resamples {
            if let value = units.replicate(statistic, using: &generator) { values.append(value) }
        }
        return Quantile.centralInterval(values, confidence: options.confidence)
    }
}

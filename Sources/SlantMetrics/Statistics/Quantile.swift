/// Quantiles of a sample, as most statistics packages compute them by default.
public enum Quantile {
    /// The `p`-quantile (0 ≤ p ≤ 1) of `sorted` (ascending), interpolating linearly between the
    /// two nearest order statistics: Hyndman & Fan's type 7, the default of R's `quantile` and
    /// NumPy's `percentile`. Nil for an empty sample.
    public static func ofSorted(_ sorted: [Double], _ p: Double) -> Double? {
        guard let first = sorted.first, let last = sorted.last else { return nil }
        if p <= 0 { return first }
        if p >= 1 { return last }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// The central `confidence` interval of `values` (percentile method): for 0.95, the 2.5th
    /// and 97.5th percentiles. Nil for an empty sample.
    public static func centralInterval(_ values: [Double], confidence: Double) -> ClosedRange<Double>? {
        let sorted = values.sorted()
        let tail = (1 - confidence) / 2
        guard let low = ofSorted(sorted, tail), let high = ofSorted(sorted, 1 - tail) else { return nil }
        return low...max(low, high)
    }
}

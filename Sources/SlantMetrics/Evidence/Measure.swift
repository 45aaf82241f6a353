/// A number together with what it rests on: the count of observations, an interval when one
/// can be estimated, and the evidence that produced it.
///
/// `value` is nil when there is nothing to measure (n = 0): a metric never reports NaN or a
/// made-up zero for an actor that never occurs.
public struct Measure: Sendable, Hashable {
    /// The estimate; nil when n is 0 or the quantity is undefined.
    public var value: Double?
    /// How many observations (mentions, sentences, quotes…) the value rests on.
    public var n: Int
    /// A 95% interval (bootstrap unless the metric says otherwise); nil when it cannot be estimated.
    public var interval: ClosedRange<Double>?
    /// The evidence, in document and sentence order.
    public var evidence: [Evidence]

    public init(value: Double?, n: Int, interval: ClosedRange<Double>? = nil, evidence: [Evidence] = []) {
        self.value = value
        self.n = n
        self.interval = interval
        self.evidence = evidence
    }

    /// The measure of nothing: no value, n = 0, no interval.
    public static let empty = Measure(value: nil, n: 0)
}

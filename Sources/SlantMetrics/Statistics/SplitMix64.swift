/// A small, fast, fully specified pseudo-random generator (Steele, Lea & Flood 2014).
///
/// Slant uses it wherever results depend on random draws (bootstrap intervals), so that the same
/// seed gives the same numbers on every platform and Swift version: the standard library's
/// generators make no such promise. Not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// The seed every Slant statistic uses unless told otherwise.
    public static let defaultSeed: UInt64 = 0x5EED_51A7

    public init(seed: UInt64 = SplitMix64.defaultSeed) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `0..<bound` (`bound` > 0), without modulo bias.
    ///
    /// Lemire's multiply-shift with rejection, written out here (rather than `Int.random(in:using:)`)
    /// so the sequence of draws is part of Slant's own specification.
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "nextIndex(below:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}

/// Python's `round(x, ndigits)` for binary doubles, reproduced bit for bit.
///
/// CPython rounds the *exact* binary value of `x` to `ndigits` decimals (half-to-even on true
/// ties only, so `round(0.0625, 3) == 0.062` while `round(2.675, 2) == 2.67` because 2.675 is
/// really 2.67499999…), then converts that decimal back to the nearest double. VADER's reference
/// outputs were produced this way, so parity needs the same algorithm, not `(x * 1000).rounded()`.
public enum PythonRounding {
    /// Python's `round(x, digits)` for `digits` in 0...4.
    ///
    /// Exact for `|x| < 2^53 / 10^digits` (VADER's scores lie in [-1, 1]). Outside that range, or
    /// for other `digits`, it falls back to scaled half-to-even rounding. NaN and infinities are
    /// returned unchanged, as Python does.
    public static func round(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        guard (0...4).contains(digits) else { return scaledRound(x, digits: digits) }
        let scale = UInt64(powersOfTen[digits])
        let magnitude = x.magnitude
        // An integral double needs no rounding; Python returns it unchanged.
        if magnitude >= 0x1p52 { return x }
        if magnitude * Double(scale) >= 0x1p53 { return scaledRound(x, digits: digits) }

        // magnitude == significand * 2^exponent exactly, with a 53-bit integer significand.
        let significand: UInt64
        let exponent: Int
        if magnitude.isNormal {
            significand = magnitude.significandBitPattern | (1 << 52)
            exponent = Int(magnitude.exponent) - 52
        } else {
            significand = magnitude.significandBitPattern
            exponent = -1074
        }
        if exponent >= 0 { return x }
        let shift = -exponent
        let scaled = UInt128(significand) * UInt128(scale)  // < 2^67: exact
        var quotient: UInt128
        if shift >= 127 {
            quotient = 0  // scaled < 2^67 is far below half of 2^shift
        } else {
            quotient = scaled >> shift
            let remainder = scaled - (quotient << shift)
            let half = UInt128(1) << (shift - 1)
            if remainder > half || (remainder == half && quotient & 1 == 1) {
                quotient += 1
            }
        }
        // Both operands are exact doubles, and IEEE division rounds correctly, so this is the
        // double nearest to quotient / 10^digits, which is what Python's strtod step returns.
        let rounded = Double(UInt64(quotient)) / powersOfTen[digits]
        return x < 0 ? -rounded : rounded
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000]

    private static func scaledRound(_ x: Double, digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<min(max(digits, 0), 22) { scale *= 10 }
        let scaled = x * scale
        guard scaled.isFinite else { return x }
        return scaled.rounded(.toNearestOrEven) / scale
    }
}

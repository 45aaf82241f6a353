import Foundation

/// How Slant prints numbers, everywhere: one fixed format so output is deterministic.
///
/// - Whole numbers below 10¹⁵ print without a decimal point: `7`, `-12`, `0` (also for -0).
/// - Other numbers from 0.0001 up print with at most four decimals, trailing zeros dropped:
///   `3.1416`, `0.5`, `2.25`.
/// - Smaller or larger magnitudes use four significant digits in scientific notation: `1.235e-05`.
/// - Not-a-number prints `nan`; infinities `inf` and `-inf`.
public enum NumberFormat {
    public static func plain(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if value == value.rounded(), magnitude < 1e15 {
            return String(Int64(value))
        }
        if magnitude >= 1e15 || magnitude < 1e-4 {
            return String(format: "%.4g", value)
        }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

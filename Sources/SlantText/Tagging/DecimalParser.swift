/// Parses the decimal literals of the weights file to exactly the `Double` Python's `float()`
/// gives (the correctly rounded value).
///
/// Fast path (Clinger): a literal `[-]digits[.digits]` with at most 15 significant digits is
/// `m / 10^k` where both `m` and `10^k` are exact doubles, and IEEE division rounds correctly,
/// so the result is exact in the sense that matters. Anything else (exponents, long literals)
/// goes through the standard library's correctly rounded parser.
enum DecimalParser {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }  // every power up to 1e22 is exact
        return value
    }

    /// The finite value of the literal, or nil when it is not a finite number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digitCount = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digitCount += 1
                if seenPoint { fractionDigits += 1 }
                if digitCount > 15 { return slowParse(bytes) }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return slowParse(bytes)
            }
            index += 1
        }
        guard digitCount > 0 else { return slowParse(bytes) }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    private static func slowParse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}

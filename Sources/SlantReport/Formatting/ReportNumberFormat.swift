/// How report numbers are written: a fixed number of decimals per column, chosen from the
/// size of its values, so a column reads evenly and no number shows more precision than a
/// reader can use.
public enum ReportNumberFormat {
    /// Decimals for a set of values: 0 when all are whole; for shares and scores (none larger
    /// than 1 in size) 2, or 3 when a non-zero value is smaller than 0.01; else 2 below 10, 1
    /// below 100 and 0 from 100 (by the largest magnitude). Columns of shares then read alike
    /// whether or not one of them reaches 1.
    public static func decimals<S: Sequence>(for values: S) -> Int where S.Element == Double {
        var largest = 0.0
        var smallest = Double.infinity
        var allWhole = true
        var any = false
        for value in values where value.isFinite {
            any = true
            largest = max(largest, abs(value))
            if value != 0 { smallest = min(smallest, abs(value)) }
            if value != value.rounded() { allWhole = false }
        }
        guard any, !allWhole else { return 0 }
        switch largest {
        case ...1: return smallest < 0.01 ? 3 : 2
        case ..<10: return 2
        case ..<100: return 1
        default: return 0
        }
    }

    /// `value` with exactly `decimals` decimals, a real minus sign avoided (ASCII `-`, so CSV
    /// and terminals read it), no "-0".
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let places = max(0, min(decimals, 12))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Print via integer digits: exact, locale-free and the same on every platform.
        guard scaled < 9e15 else { return String(value) }
        let digits = String(Int64(scaled))
        let negative = value < 0 && scaled != 0
        var text: String
        if places == 0 {
            text = digits
        } else {
            let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
            text = String(padded.dropLast(places)) + "." + String(padded.suffix(places))
        }
        if negative { text = "-" + text }
        return text
    }

    /// A whole count with thousands separators ("5,975").
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// `[low, high]` with the given decimals.
    public static func interval(_ interval: ClosedRange<Double>, decimals: Int) -> String {
        "[\(format(interval.lowerBound, decimals: decimals)), \(format(interval.upperBound, decimals: decimals))]"
    }

    /// The decimals for a table column: from its numbers, measures' values and interval ends.
    public static func decimals(forColumn column: Int, of table: ReportTable) -> Int {
        if let fixed = table.columns[column].decimals { return fixed }
        var values: [Double] = []
        for row in table.rows {
            switch row[column] {
            case .number(let value): values.append(value)
            case .measure(let measure):
                if let value = measure.value { values.append(value) }
                if let interval = measure.interval { values += [interval.lowerBound, interval.upperBound] }
            case .empty, .text, .bool: break
            }
        }
        return decimals(for: values)
    }
}

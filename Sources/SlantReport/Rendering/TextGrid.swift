/// Aligned plain-text columns: two spaces apart, right-aligned where asked, no trailing spaces.
/// Widths count Characters, which is right for the Latin text of news reports.
struct TextGrid {
    var header: [String]
    var rightAligned: [Bool]
    var rows: [[String]]

    func render(rule: Bool = true) -> [String] {
        var widths = header.map(\.count)
        for row in rows {
            for (column, text) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], text.count) }
        }
        var lines = [line(header, widths)]
        if rule { lines.append(line(widths.map { String(repeating: "-", count: $0) }, widths)) }
        for row in rows { lines.append(line(row, widths)) }
        return lines
    }

    private func line(_ texts: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (column, width) in widths.enumerated() {
            let text = column < texts.count ? texts[column] : ""
            let padding = String(repeating: " ", count: max(0, width - text.count))
            parts.append(column < rightAligned.count && rightAligned[column] ? padding + text : text + padding)
        }
        var result = parts.joined(separator: "  ")
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}

/// A measure's parts as text, for renderers that write them side by side.
struct MeasureText {
    var value: String
    var interval: String
    /// "n=14", or empty when the measure has no n.
    var n: String

    init(_ measure: ReportMeasure, decimals: Int) {
        value = measure.value.map { ReportNumberFormat.format($0, decimals: decimals) } ?? "–"
        interval = measure.interval.map { ReportNumberFormat.interval($0, decimals: decimals) } ?? ""
        n = measure.n.map { "n=\(ReportNumberFormat.count($0))" } ?? ""
    }
}

extension ReportCell {
    /// The cell as one piece of text: numbers with `decimals` decimals, a measure as its value
    /// only, booleans as yes/no, text passed through `escape` (the renderer's escaping).
    func plainText(decimals: Int, escape: (String) -> String) -> String {
        switch self {
        case .empty: return ""
        case .text(let text): return escape(text)
        case .number(let value): return ReportNumberFormat.format(value, decimals: decimals)
        case .bool(let flag): return flag ? "yes" : "no"
        case .measure(let measure): return MeasureText(measure, decimals: decimals).value
        }
    }
}

/// Words wrapped to a width (a word longer than the width gets a line of its own).
enum TextWrap {
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            if current.isEmpty {
                current = indent + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Paragraphs of prose: split at blank lines.
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }
}

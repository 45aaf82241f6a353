/// Aligned plain-text tables: a header, a rule of dashes, then rows; columns two spaces apart,
/// numbers right-aligned, no trailing spaces. An empty table shows `(no rows)`.
struct TextTableRenderer {
    let width: Int?
    static let minimumColumnWidth = 8

    func render(_ tabular: Tabular) -> String {
        let cells = tabular.rows.map { $0.map(ValueText.cell) }
        var widths = tabular.columns.map(\.count)
        for row in cells {
            for (column, text) in row.enumerated() { widths[column] = max(widths[column], text.count) }
        }
        if let width { shrink(&widths, toFit: width) }
        var lines: [String] = []
        lines.append(line(tabular.columns, widths: widths, numeric: tabular.numeric))
        lines.append(line(widths.map { String(repeating: "-", count: $0) }, widths: widths, numeric: tabular.numeric))
        for row in cells { lines.append(line(row, widths: widths, numeric: tabular.numeric)) }
        if tabular.rows.isEmpty { lines.append("(no rows)") }
        return lines.joined(separator: "\n")
    }

    /// Narrows the widest columns, one character at a time, until the table fits or every
    /// column is at the minimum.
    private func shrink(_ widths: inout [Int], toFit total: Int) {
        func used() -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
        while used() > total {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > Self.minimumColumnWidth
            else { return }
            widths[widest] -= 1
        }
    }

    private func line(_ texts: [String], widths: [Int], numeric: [Bool]) -> String {
        var parts: [String] = []
        for (column, text) in texts.enumerated() {
            let width = widths[column]
            var shown = text
            if shown.count > width { shown = String(shown.prefix(max(0, width - 1))) + "…" }
            let padding = String(repeating: " ", count: width - shown.count)
            parts.append(numeric[column] ? padding + shown : shown + padding)
        }
        var result = parts.joined(separator: "  ")
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}

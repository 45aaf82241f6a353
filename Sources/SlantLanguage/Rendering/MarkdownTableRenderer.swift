/// GitHub-flavoured Markdown tables; numeric columns are right-aligned (`---:`).
enum MarkdownTableRenderer {
    static func render(_ tabular: Tabular) -> String {
        var lines: [String] = []
        lines.append("| " + tabular.columns.map(escape).joined(separator: " | ") + " |")
        lines.append("|" + tabular.numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        for row in tabular.rows {
            lines.append("| " + row.map { escape(ValueText.cell($0)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        replacing(target, with: replacement)
    }
}

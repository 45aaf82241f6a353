/// Every table of a report as CSV (RFC 4180: comma-separated, CRLF-free `\n` lines, fields
/// quoted when they hold a comma, quote or line break), with measures as value, low, high, n.
public struct CSVReportRenderer: Sendable {
    public init() {}

    /// One table as CSV text, ending with a line break.
    public func render(_ table: ReportTable) -> String {
        let flat = FlatTable(table)
        var lines = [flat.columns.map(Self.field).joined(separator: ",")]
        for row in flat.rows {
            lines.append(row.map { value -> String in
                switch value {
                case .null: return ""
                case .text(let text): return Self.field(text)
                case .number(let number): return ReportNumberFormat.exact(number)
                case .bool(let flag): return flag ? "true" : "false"
                }
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every data table of the report (tables, chart data, term lists) as a file name and its
    /// CSV: `<prefix>-<section>-<table>.csv`, unique within the report.
    public func files(_ report: Report, prefix: String) -> [(name: String, contents: String)] {
        var uniquer = ReportSlug.Uniquer()
        return report.dataTables.map { section, table in
            let base = table.title.isEmpty ? section.heading : "\(section.heading) \(table.title)"
            let name = uniquer.unique(base)
            return (name: "\(prefix)-\(name).csv", contents: render(table))
        }
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

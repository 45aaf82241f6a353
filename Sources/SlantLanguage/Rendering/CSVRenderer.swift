/// CSV as RFC 4180 describes it (with `\n` line ends): a header row, then one row per table row.
/// Fields holding a comma, quote, line break or surrounding space are quoted; nil is empty.
enum CSVRenderer {
    static func render(_ tabular: Tabular) -> String {
        var lines = [tabular.columns.map(field).joined(separator: ",")]
        for row in tabular.rows {
            lines.append(row.map { value in value.isNil ? "" : field(ValueText.plain(value)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

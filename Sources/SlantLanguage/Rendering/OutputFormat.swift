/// How values are written out: aligned text tables, Markdown, CSV or JSON.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case table, markdown, csv, json
}

/// Renders values as text in one ``OutputFormat``. Scalars print plainly in every format
/// except JSON (strings without quotes, numbers as ``NumberFormat`` says); tables and grouped
/// tables become aligned text, Markdown tables, CSV or JSON arrays of objects.
public struct ValueRenderer: Sendable {
    public var format: OutputFormat
    /// Terminal width for `table` output: wider tables get their widest columns truncated with
    /// `…`. nil means never truncate (output to a file or a pipe).
    public var width: Int?

    public init(format: OutputFormat = .table, width: Int? = nil) {
        self.format = format
        self.width = width
    }

    /// The value's text, without a trailing newline.
    public func render(_ value: Value) -> String {
        switch format {
        case .json:
            return JSONText.render(value)
        case .table:
            if let tabular = Tabular(value) { return TextTableRenderer(width: width).render(tabular) }
            return ValueText.plain(value)
        case .markdown:
            if let tabular = Tabular(value) { return MarkdownTableRenderer.render(tabular) }
            return ValueText.plain(value)
        case .csv:
            if let tabular = Tabular(value) { return CSVRenderer.render(tabular) }
            return CSVRenderer.field(ValueText.plain(value))
        }
    }
}

/// A table or grouped table reduced to headers and cells for the tabular renderers.
/// A grouped table shows its key columns and a `rows` column with each group's size.
struct Tabular {
    var columns: [String]
    var numeric: [Bool]
    var rows: [[Value]]

    init?(_ value: Value) {
        switch value {
        case .table(let table):
            columns = table.columnNames
            numeric = table.columns.map { $0.type == .number }
            rows = table.rows.map(\.values)
        case .grouped(let grouped):
            let names = grouped.keyColumns + ["rows"]
            let cells = grouped.groups.map { $0.key + [.number(Double($0.rows.rowCount))] }
            columns = names
            rows = cells
            numeric = names.indices.map { column in
                cells.contains { $0[column].type == .number }
                    && cells.allSatisfy { $0[column].type == .number || $0[column].isNil }
            }
        default:
            return nil
        }
    }
}

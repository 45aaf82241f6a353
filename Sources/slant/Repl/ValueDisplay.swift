import SlantLanguage

/// How the REPL shows a value: the session's renderer, plus two courtesies in `table` mode —
/// long tables stop after `rowLimit` rows with a count of the rest, and tables wider than the
/// terminal get their widest columns cut (with `…`) and a note saying so.
struct ValueDisplay {
    let renderer: ValueRenderer
    let mode: OutputFormat
    let rowLimit: Int
    let palette: Palette

    func text(for value: Value) -> String {
        guard mode == .table else { return renderer.render(value) }
        let (shown, hiddenRows, totalRows) = limited(value)
        var unlimited = renderer
        unlimited.width = nil
        let natural = unlimited.render(shown)
        var text = natural
        var notes: [String] = []
        if let width = renderer.width, Self.widestLine(natural) > width {
            text = renderer.render(shown)
            notes.append("columns cut to fit \(width) characters; :mode csv or :mode json shows them whole")
        }
        if hiddenRows > 0 {
            notes.append("\(hiddenRows) more rows not shown (\(totalRows) in all); use top N, or :mode csv")
        }
        for note in notes { text += "\n" + palette.dim("(\(note))") }
        return text
    }

    /// The value with at most `rowLimit` rows (or groups), and how many were left out of how many.
    private func limited(_ value: Value) -> (Value, hidden: Int, total: Int) {
        switch value {
        case .table(let table) where table.rowCount > rowLimit:
            return (.table(table.withRows(Array(table.rows.prefix(rowLimit)))), table.rowCount - rowLimit, table.rowCount)
        case .grouped(let grouped) where grouped.groups.count > rowLimit:
            let kept = GroupedTable(keyColumns: grouped.keyColumns, groups: Array(grouped.groups.prefix(rowLimit)))
            return (.grouped(kept), grouped.groups.count - rowLimit, grouped.groups.count)
        default:
            return (value, 0, 0)
        }
    }

    /// The width of the longest line, in characters.
    static func widestLine(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }
}

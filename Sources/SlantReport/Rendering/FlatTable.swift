/// A report table flattened for data export: each measure column becomes four columns
/// (`name`, `name_low`, `name_high`, `name_n`), plus `name_evidence` when any cell has
/// evidence; every other column stays as it is. CSV and per-table JSON share this shape.
struct FlatTable {
    enum Value {
        case null
        case text(String)
        case number(Double)
        case bool(Bool)
    }

    var columns: [String]
    var rows: [[Value]]

    init(_ table: ReportTable) {
        var columns: [String] = []
        var rows = Array(repeating: [Value](), count: table.rows.count)
        for (index, column) in table.columns.enumerated() {
            guard column.kind == .measure else {
                columns.append(column.name)
                for (row, cells) in table.rows.enumerated() { rows[row].append(Self.value(cells[index])) }
                continue
            }
            let measures = table.rows.map { row -> ReportMeasure? in
                if case .measure(let measure) = row[index] { return measure }
                return nil
            }
            let hasEvidence = measures.contains { $0?.evidence != nil }
            columns += [column.name, column.name + "_low", column.name + "_high", column.name + "_n"]
            if hasEvidence { columns.append(column.name + "_evidence") }
            for (row, measure) in measures.enumerated() {
                guard let measure else {
                    rows[row] += Array(repeating: .null, count: hasEvidence ? 5 : 4)
                    continue
                }
                rows[row].append(measure.value.map { .number($0) } ?? .null)
                rows[row].append(measure.interval.map { .number($0.lowerBound) } ?? .null)
                rows[row].append(measure.interval.map { .number($0.upperBound) } ?? .null)
                rows[row].append(measure.n.map { .number(Double($0)) } ?? .null)
                if hasEvidence { rows[row].append(measure.evidence.map { .text($0) } ?? .null) }
            }
        }
        self.columns = columns
        self.rows = rows
    }

    private static func value(_ cell: ReportCell) -> Value {
        switch cell {
        case .empty: return .null
        case .text(let text): return .text(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        case .measure(let measure): return measure.value.map { .number($0) } ?? .null
        }
    }
}

extension ReportNumberFormat {
    /// A number for data files: whole numbers without a decimal point, others in the shortest
    /// form that reads back to the same Double.
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

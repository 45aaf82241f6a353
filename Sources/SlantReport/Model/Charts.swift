/// A horizontal bar chart: one bar per group with its interval as a whisker and its n.
public struct BarChart: Sendable, Hashable {
    public var title: String
    /// The axis unit ("mentions per 1,000 words"); charts without units are not allowed to
    /// pretend: an empty unit shows as "value".
    public var unit: String
    public var bars: [Bar]
    public var notes: [String]

    public init(title: String, unit: String, bars: [Bar], notes: [String] = []) {
        self.title = title
        self.unit = unit
        self.bars = bars
        self.notes = notes
    }

    public struct Bar: Sendable, Hashable {
        public var label: String
        /// Nil draws no bar ("no data").
        public var value: Double?
        public var interval: ClosedRange<Double>?
        public var n: Int?
        public var evidence: String?
        public var caution: String?

        public init(label: String, value: Double?, interval: ClosedRange<Double>? = nil, n: Int? = nil, evidence: String? = nil, caution: String? = nil) {
            self.label = label
            self.value = value
            self.interval = interval
            self.n = n
            self.evidence = evidence
            self.caution = caution
        }
    }

    /// The chart's data as a table (group, value with n and interval).
    public var dataTable: ReportTable {
        ReportTable(
            title: title, columns: [ReportColumn("group", .text), ReportColumn("value", .measure, unit: unit)],
            rows: bars.map { bar in
                [.text(bar.label), .measure(ReportMeasure(value: bar.value, n: bar.n, interval: bar.interval, evidence: bar.evidence, caution: bar.caution))]
            }, notes: notes)
    }
}

/// A grid of rows (outlets) × columns (frames, roles…) with a colour per value and a legend.
public struct Heatmap: Sendable, Hashable {
    public var title: String
    /// What the values are ("share of mentions").
    public var unit: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `cells[row][column]`; padded to the labels.
    public var cells: [[Cell]]
    public var notes: [String]

    public struct Cell: Sendable, Hashable {
        public var value: Double?
        public var n: Int?
        public var evidence: String?

        public init(value: Double?, n: Int? = nil, evidence: String? = nil) {
            self.value = value
            self.n = n
            self.evidence = evidence
        }
    }

    public init(title: String, unit: String, rowLabels: [String], columnLabels: [String], cells: [[Cell]], notes: [String] = []) {
        self.title = title
        self.unit = unit
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.cells = rowLabels.indices.map { row in
            let given = row < cells.count ? cells[row] : []
            return columnLabels.indices.map { $0 < given.count ? given[$0] : Cell(value: nil) }
        }
        self.notes = notes
    }

    /// The smallest and largest values (nil when there are none).
    public var range: ClosedRange<Double>? {
        let values = cells.flatMap { $0.compactMap(\.value) }
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }

    /// Decimals shared by every cell, so the grid reads evenly.
    public var decimals: Int { ReportNumberFormat.decimals(for: cells.flatMap { $0.compactMap(\.value) }) }

    /// The grid as a table: a row label column, then one measure column per column label. When
    /// every cell of a row rests on the same n (the usual case: one n per outlet), the n comes
    /// once, in a last `n` column, instead of beside every cell.
    public var dataTable: ReportTable {
        let decimals = self.decimals
        let sharedN = cells.allSatisfy { row in Set(row.map(\.n)).count <= 1 } && cells.contains { $0.contains { $0.n != nil } }
        var columns = [ReportColumn("group", .text)] + columnLabels.map { ReportColumn($0, .measure, unit: unit, decimals: decimals) }
        if sharedN { columns.append(ReportColumn("n", .number)) }
        return ReportTable(
            title: title, columns: columns,
            rows: rowLabels.indices.map { row in
                var values: [ReportCell] = [.text(rowLabels[row])] + cells[row].map { cell in
                    cell.value == nil && cell.n == nil ? .empty
                        : .measure(ReportMeasure(value: cell.value, n: sharedN ? nil : cell.n, evidence: cell.evidence))
                }
                if sharedN { values.append(cells[row].first?.n.map { .number(Double($0)) } ?? .empty) }
                return values
            }, notes: notes)
    }
}

/// A table in a report: typed columns and rows of cells.
public struct ReportTable: Sendable, Hashable {
    /// A caption ("Tone toward Russia by outlet"); may be empty.
    public var title: String
    public var columns: [ReportColumn]
    public var rows: [[ReportCell]]
    /// Notes printed under the table (units, method, warnings).
    public var notes: [String]

    public init(title: String = "", columns: [ReportColumn], rows: [[ReportCell]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        // Rows are padded or cut to the columns so renderers can index safely.
        self.rows = rows.map { row in
            row.count >= columns.count ? Array(row.prefix(columns.count))
                : row + Array(repeating: .empty, count: columns.count - row.count)
        }
        self.notes = notes
    }
}

/// A column: its name and what its cells hold.
public struct ReportColumn: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case text, number, measure, bool
    }

    public var name: String
    public var kind: Kind
    /// The unit of its numbers ("per 1,000 words", "compound score"), shown in headers.
    public var unit: String
    /// Decimals for its numbers; nil chooses from the values (``ReportNumberFormat/decimals(for:)``).
    public var decimals: Int?

    public init(_ name: String, _ kind: Kind, unit: String = "", decimals: Int? = nil) {
        self.name = name
        self.kind = kind
        self.unit = unit
        self.decimals = decimals
    }

    /// Numbers (plain or measures) align right.
    public var isNumeric: Bool { kind == .number || kind == .measure }
}

/// One cell.
public enum ReportCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A number with its n, interval and evidence.
    case measure(ReportMeasure)
}

/// A number as Slant reports it: the estimate, what it rests on, its interval and its evidence.
public struct ReportMeasure: Sendable, Hashable {
    /// Nil when there was nothing to measure.
    public var value: Double?
    /// What the value rests on; nil where a count does not apply (a distance between profiles).
    public var n: Int?
    public var interval: ClosedRange<Double>?
    /// Id of the ``EvidenceGroup`` with the sentences behind the number.
    public var evidence: String?
    /// Set when a fragility check flagged the number; the text says why.
    public var caution: String?

    public init(value: Double?, n: Int?, interval: ClosedRange<Double>? = nil, evidence: String? = nil, caution: String? = nil) {
        self.value = value
        self.n = n
        self.interval = interval
        self.evidence = evidence
        self.caution = caution
    }
}

import SlantText

/// A table with named, typed columns and rows in a stable order.
///
/// Each column holds values of one type (``ValueType``) or nil. When rows are documents (from
/// `corpus()`), each row also carries its analysed document (text, sentences, tokens) so
/// metrics can read it; it follows the row through `where`, `sort`, `top`, `select` and `by`.
public struct Table: Sendable {
    public struct Column: Sendable, Hashable {
        public var name: String
        /// The type of the column's non-nil values; `.nil` when all are nil.
        public var type: ValueType

        public init(name: String, type: ValueType) {
            self.name = name
            self.type = type
        }
    }

    public struct Row: Sendable {
        public var values: [Value]
        /// The analysed document this row stands for, when it stands for one.
        public var analysis: AnalysedDocument?

        public init(values: [Value], analysis: AnalysedDocument? = nil) {
            self.values = values
            self.analysis = analysis
        }

        /// The document this row stands for, when it stands for one.
        public var document: Document? { analysis?.document }
    }

    public private(set) var columns: [Column]
    public private(set) var rows: [Row]
    private var indexByName: [String: Int]

    /// Builds a table, inferring each column's type; throws when a column mixes types or
    /// names repeat, or a row has the wrong width.
    public init(columnNames: [String], rows: [Row]) throws(TableError) {
        var index: [String: Int] = [:]
        for (position, name) in columnNames.enumerated() {
            if index[name] != nil { throw .duplicateColumn(name) }
            index[name] = position
        }
        var types = [ValueType](repeating: .nil, count: columnNames.count)
        for (rowNumber, row) in rows.enumerated() {
            guard row.values.count == columnNames.count else {
                throw .rowWidth(row: rowNumber + 1, expected: columnNames.count, found: row.values.count)
            }
            for (column, value) in row.values.enumerated() {
                let type = value.type
                if type == .nil { continue }
                if types[column] == .nil {
                    types[column] = type
                } else if types[column] != type {
                    throw .mixedTypes(column: columnNames[column], first: types[column], other: type, row: rowNumber + 1)
                }
            }
        }
        self.columns = zip(columnNames, types).map { Column(name: $0.0, type: $0.1) }
        self.rows = rows
        self.indexByName = index
    }

    /// An empty table with the given columns.
    public init(columns: [Column]) {
        self.columns = columns
        self.rows = []
        self.indexByName = Dictionary(columns.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// The same columns with other rows (all drawn from this table, so types still hold).
    public func withRows(_ rows: [Row]) -> Table {
        var copy = self
        copy.rows = rows
        return copy
    }

    public var columnNames: [String] { columns.map(\.name) }
    public var rowCount: Int { rows.count }

    public func columnIndex(_ name: String) -> Int? { indexByName[name] }

    /// Every value of a column, in row order.
    public func values(ofColumn index: Int) -> [Value] {
        rows.map { $0.values[index] }
    }

    /// A row as a record of column name to value.
    public func record(at row: Int) -> Record {
        Record(keys: columnNames, values: rows[row].values)
    }

    /// The documents behind the rows that stand for one.
    public var documents: [Document] { rows.compactMap(\.document) }

    /// The analysed documents behind the rows that stand for one (what metrics measure).
    public var analysedDocuments: [AnalysedDocument] { rows.compactMap(\.analysis) }
}

/// Why a table could not be built.
public enum TableError: Error, Sendable, Hashable, CustomStringConvertible {
    case duplicateColumn(String)
    case rowWidth(row: Int, expected: Int, found: Int)
    case mixedTypes(column: String, first: ValueType, other: ValueType, row: Int)

    public var description: String {
        switch self {
        case .duplicateColumn(let name):
            return "column '\(name)' appears twice"
        case .rowWidth(let row, let expected, let found):
            return "row \(row) has \(found) values but the table has \(expected) columns"
        case .mixedTypes(let column, let first, let other, let row):
            return "column '\(column)' holds \(first.rawValue) values but row \(row) has \(other.withArticle)"
        }
    }
}

/// A table split by `by` into groups, each keyed by the values of the grouping columns.
/// Groups are ordered by key (ascending, with Slant's value ordering), so output is stable.
public struct GroupedTable: Sendable {
    public struct Group: Sendable {
        /// One value per key column.
        public var key: [Value]
        /// The group's rows, with every column of the table that was grouped.
        public var rows: Table

        public init(key: [Value], rows: Table) {
            self.key = key
            self.rows = rows
        }
    }

    /// Names of the key columns.
    public var keyColumns: [String]
    public var groups: [Group]

    public init(keyColumns: [String], groups: [Group]) {
        self.keyColumns = keyColumns
        self.groups = groups
    }

    /// The same groups with each group's table transformed; groups left empty are dropped
    /// when `dropEmpty` is set (after `where`).
    public func mapGroups<E: Error>(dropEmpty: Bool = false, _ transform: (Table) throws(E) -> Table) throws(E) -> GroupedTable {
        var result: [Group] = []
        for group in groups {
            let rows = try transform(group.rows)
            if dropEmpty, rows.rowCount == 0 { continue }
            result.append(Group(key: group.key, rows: rows))
        }
        return GroupedTable(keyColumns: keyColumns, groups: result)
    }

    /// A table with the key columns and one row per group, plus `extra` columns computed per group.
    public func summary(columns extra: [String], values: [[Value]]) throws(TableError) -> Table {
        let rows = zip(groups, values).map { group, row in Table.Row(values: group.key + row) }
        return try Table(columnNames: keyColumns + extra, rows: rows)
    }
}

/// A scope of names: the session's globals, a function call's parameters, a block's `let`s,
/// or one row of a table (whose columns are names inside `where`, `select`, aggregates…).
///
/// A class because closures capture their defining scope by reference (so a function bound
/// with `let` can call itself). Only the evaluation thread of a session touches it.
final class Environment: @unchecked Sendable {
    private var values: [String: Value] = [:]
    let parent: Environment?
    let row: RowScope?

    init(parent: Environment?, row: RowScope? = nil) {
        self.parent = parent
        self.row = row
    }

    func define(_ name: String, _ value: Value) {
        values[name] = value
    }

    func lookup(_ name: String) -> Value? {
        var scope: Environment? = self
        while let current = scope {
            if let row = current.row, let value = row.lookup(name) { return value }
            if let value = current.values[name] { return value }
            scope = current.parent
        }
        return nil
    }

    /// Names bound in this scope only (not parents, not row columns).
    var localNames: [String] { Array(values.keys) }

    /// Every visible name, for "did you mean" suggestions.
    var visibleNames: [String] {
        var names: Set<String> = []
        var scope: Environment? = self
        while let current = scope {
            names.formUnion(current.values.keys)
            if let row = current.row { names.formUnion(row.names) }
            scope = current.parent
        }
        return Array(names)
    }

    /// Removes every binding (the REPL's `:reset`).
    func removeAll() {
        values.removeAll()
    }
}

/// The names one row makes visible: a table row's columns, a record's fields, and `it`.
enum RowScope {
    case tableRow(Table, Int)
    case record(Record)
    case element(Value)

    func lookup(_ name: String) -> Value? {
        switch self {
        case .tableRow(let table, let index):
            if let column = table.columnIndex(name) { return table.rows[index].values[column] }
            if name == "it" { return .record(table.record(at: index)) }
            return nil
        case .record(let record):
            if let value = record[name] { return value }
            return name == "it" ? .record(record) : nil
        case .element(let value):
            return name == "it" ? value : nil
        }
    }

    var names: [String] {
        switch self {
        case .tableRow(let table, _): return table.columnNames + ["it"]
        case .record(let record): return record.keys + ["it"]
        case .element: return ["it"]
        }
    }

    /// The scope for element `index` of a list: a record's fields are names, anything else is `it`.
    static func forElement(_ value: Value) -> RowScope {
        if case .record(let record) = value { return .record(record) }
        return .element(value)
    }
}

/// Equality, a total order for sorting and grouping, and hashable keys for `distinct` and `by`.
extension Value {
    /// Structural equality: numbers by value, lists and records by contents (record field order
    /// does not matter), tables by columns and rows, functions by identity.
    public func isEqual(to other: Value) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.nil, .nil): return true
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.record(let a), .record(let b)):
            return a.count == b.count && a.fields.allSatisfy { field in b[field.key].map { field.value.isEqual(to: $0) } ?? false }
        case (.table(let a), .table(let b)):
            return a.columnNames == b.columnNames && a.rowCount == b.rowCount
                && zip(a.rows, b.rows).allSatisfy { rowA, rowB in
                    zip(rowA.values, rowB.values).allSatisfy { $0.isEqual(to: $1) }
                }
        case (.actor(let a), .actor(let b)): return a == b
        case (.function(.builtin(let a)), .function(.builtin(let b))): return a.name == b.name
        case (.function(.user(let a)), .function(.user(let b))): return a === b
        default: return false
        }
    }

    /// A total order used by `sort`, `by`, `distinct` and `min`/`max`: numbers, then strings,
    /// booleans (false first), lists, records, other values, and nil last. Strings compare by
    /// Unicode scalar values, so the order never depends on the locale.
    public static func order(_ a: Value, _ b: Value) -> Int {
        let rankA = a.sortRank
        let rankB = b.sortRank
        if rankA != rankB { return rankA < rankB ? -1 : 1 }
        switch (a, b) {
        case (.number(let x), .number(let y)):
            if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)):
            return compareScalars(x, y)
        case (.bool(let x), .bool(let y)):
            return x == y ? 0 : (x ? 1 : -1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let order = Value.order(p, q)
                if order != 0 { return order }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        case (.record(let x), .record(let y)):
            return Value.order(.list(x.keys.map { .string($0) } + x.values), .list(y.keys.map { .string($0) } + y.values))
        case (.actor(let x), .actor(let y)):
            return compareScalars(x.name, y.name)
        default:
            return 0
        }
    }

    private var sortRank: Int {
        switch self {
        case .number: return 0
        case .string: return 1
        case .bool: return 2
        case .list: return 3
        case .record: return 4
        case .actor: return 5
        case .table: return 6
        case .grouped: return 7
        case .function: return 8
        case .nil: return 9
        }
    }

    private static func compareScalars(_ x: String, _ y: String) -> Int {
        var left = x.unicodeScalars.makeIterator()
        var right = y.unicodeScalars.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let p?, let q?):
                if p != q { return p.value < q.value ? -1 : 1 }
            }
        }
    }
}

extension Value {
    /// How many lists and records are nested here (a scalar is 0, `[[1]]` is 2), counting no
    /// further than `cap` so a check of a deep value stops early.
    func nestingDepth(upTo cap: Int) -> Int {
        guard cap > 0 else { return 0 }
        let children: [Value]
        switch self {
        case .list(let items): children = items
        case .record(let record): children = record.values
        default: return 0
        }
        var deepest = 0
        for child in children {
            switch child {
            case .list, .record:
                deepest = max(deepest, child.nestingDepth(upTo: cap - 1))
                if deepest >= cap - 1 { return cap }
            default:
                continue
            }
        }
        return deepest + 1
    }
}

/// A value usable as a dictionary key: equal keys for values that are ``Value/isEqual(to:)``.
struct ValueKey: Hashable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: ValueKey, rhs: ValueKey) -> Bool {
        lhs.value.isEqual(to: rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        ValueKey.feed(value, into: &hasher)
    }

    private static func feed(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .number(let number): hasher.combine(0); hasher.combine(number == 0 ? 0 : number)
        case .string(let text): hasher.combine(1); hasher.combine(text)
        case .bool(let flag): hasher.combine(2); hasher.combine(flag)
        case .nil: hasher.combine(3)
        case .list(let items):
            hasher.combine(4)
            hasher.combine(items.count)
            for item in items { feed(item, into: &hasher) }
        case .record(let record):
            // Field order does not matter for equality, so it must not matter here either.
            hasher.combine(5)
            hasher.combine(Set(record.keys))
        case .table(let table): hasher.combine(6); hasher.combine(table.columnNames); hasher.combine(table.rowCount)
        case .grouped: hasher.combine(7)
        case .function(let function): hasher.combine(8); hasher.combine(function.name)
        case .actor(let actor): hasher.combine(9); hasher.combine(actor)
        }
    }
}

/// Unary and binary operators, field access and subscripts.
extension Interpreter {
    func unary(_ op: UnaryOperator, _ operand: Value, range: SourceRange) throws(RuntimeError) -> Value {
        switch (op, operand) {
        case (.negate, .number(let value)): return .number(-value)
        case (.not, .bool(let flag)): return .bool(!flag)
        case (.negate, _):
            throw RuntimeError("cannot negate \(operand.type.withArticle)", at: range, suggestion: "'-' applies to numbers")
        case (.not, _):
            throw RuntimeError(
                "'not' needs true or false, not \(operand.type.withArticle)", at: range,
                suggestion: operand.isNil ? "test for nil with 'x == nil'" : nil)
        }
    }

    func binary(_ op: BinaryOperator, _ leftExpr: Expr, _ rightExpr: Expr, range: SourceRange, in environment: Environment) throws(RuntimeError) -> Value {
        if op == .and || op == .or { return try logical(op, leftExpr, rightExpr, in: environment) }
        let left = try evaluate(leftExpr, in: environment)
        let right = try evaluate(rightExpr, in: environment)
        switch op {
        case .equal: return .bool(left.isEqual(to: right))
        case .notEqual: return .bool(!left.isEqual(to: right))
        case .less, .lessEqual, .greater, .greaterEqual: return try ordered(op, left, right, range: range)
        case .add: return try add(left, right, range: range)
        case .subtract, .multiply, .divide, .remainder:
            return try arithmetic(op, left, right, divisor: rightExpr.range, range: range)
        case .and, .or: return .nil  // handled above
        }
    }

    /// `and` / `or`, short-circuit: the right side is evaluated only when it decides.
    private func logical(_ op: BinaryOperator, _ leftExpr: Expr, _ rightExpr: Expr, in environment: Environment) throws(RuntimeError) -> Value {
        let left = try requireBool(try evaluate(leftExpr, in: environment), op: op, at: leftExpr.range)
        if op == .and, !left { return .bool(false) }
        if op == .or, left { return .bool(true) }
        return .bool(try requireBool(try evaluate(rightExpr, in: environment), op: op, at: rightExpr.range))
    }

    private func ordered(_ op: BinaryOperator, _ left: Value, _ right: Value, range: SourceRange) throws(RuntimeError) -> Value {
        let order = try compare(left, right, op: op, range: range)
        switch op {
        case .less: return .bool(order < 0)
        case .lessEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }

    private func add(_ left: Value, _ right: Value, range: SourceRange) throws(RuntimeError) -> Value {
        switch (left, right) {
        case (.number(let a), .number(let b)): return .number(a + b)
        case (.string(let a), .string(let b)): return .string(a + b)
        case (.list(let a), .list(let b)): return .list(a + b)
        default:
            let hint = left.type == .string || right.type == .string
                ? "turn the other side into text with str(…)" : "'+' adds numbers, joins strings and joins lists"
            throw RuntimeError("cannot add \(left.type.withArticle) and \(right.type.withArticle)", at: range, suggestion: hint)
        }
    }

    private func arithmetic(
        _ op: BinaryOperator, _ left: Value, _ right: Value, divisor: SourceRange, range: SourceRange
    ) throws(RuntimeError) -> Value {
        guard case .number(let a) = left, case .number(let b) = right else {
            throw RuntimeError(
                "'\(op.rawValue)' needs two numbers, not \(left.type.withArticle) and \(right.type.withArticle)",
                at: range, suggestion: left.isNil || right.isNil ? "a value is missing (nil)" : nil)
        }
        switch op {
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide:
            if b == 0 { throw RuntimeError("division by zero", at: divisor, suggestion: "the divisor is 0") }
            return .number(a / b)
        default:
            if b == 0 { throw RuntimeError("remainder by zero", at: divisor, suggestion: "the divisor is 0") }
            return .number(a.truncatingRemainder(dividingBy: b))
        }
    }

    private func requireBool(_ value: Value, op: BinaryOperator, at range: SourceRange) throws(RuntimeError) -> Bool {
        guard case .bool(let flag) = value else {
            throw RuntimeError(
                "'\(op.rawValue)' needs true or false on both sides, not \(value.type.withArticle)", at: range,
                suggestion: value.isNil ? "test for nil with 'x == nil'" : "compare it first, e.g. 'x > 0'")
        }
        return flag
    }

    /// Orders two numbers or two strings; anything else is an error.
    private func compare(_ left: Value, _ right: Value, op: BinaryOperator, range: SourceRange) throws(RuntimeError) -> Int {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.string(let a), .string(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        default:
            let hint = left.isNil || right.isNil
                ? "a value is missing (nil); skip such rows first, e.g. 'where x != nil and x \(op.rawValue) …'"
                : "'\(op.rawValue)' compares two numbers or two strings"
            throw RuntimeError(
                "cannot compare \(left.type.withArticle) with \(right.type.withArticle)", at: range, suggestion: hint)
        }
    }

    func fieldAccess(_ base: Value, name: String, nameRange: SourceRange) throws(RuntimeError) -> Value {
        switch base {
        case .record(let record):
            if let value = record[name] { return value }
            throw missing("field", name, among: record.keys, at: nameRange)
        case .table(let table):
            if let column = table.columnIndex(name) { return .list(table.values(ofColumn: column)) }
            throw missing("column", name, among: table.columnNames, at: nameRange)
        case .actor(let actor):
            switch name {
            case "name": return .string(actor.name)
            case "aliases": return .list(actor.aliases.map { .string($0) })
            default: throw missing("field", name, among: ["name", "aliases"], at: nameRange)
            }
        default:
            throw RuntimeError("cannot read field '\(name)' of \(base.type.withArticle)", at: nameRange)
        }
    }

    private func missing(_ what: String, _ name: String, among names: [String], at range: SourceRange) -> RuntimeError {
        if let match = Suggestions.closest(to: name, in: names) {
            return RuntimeError("no \(what) '\(name)'", at: range, suggestion: "did you mean '\(match)'?")
        }
        let listed = names.prefix(12).joined(separator: ", ")
        return RuntimeError("no \(what) '\(name)'", at: range, suggestion: names.isEmpty ? nil : "available: \(listed)")
    }

    func subscriptValue(_ base: Value, _ index: Value, indexRange: SourceRange) throws(RuntimeError) -> Value {
        switch (base, index) {
        case (.list(let items), .number(let number)):
            return try element(of: items, at: number, count: items.count, range: indexRange).map { items[$0] } ?? .nil
        case (.table(let table), .number(let number)):
            return try element(of: table.rows, at: number, count: table.rowCount, range: indexRange)
                .map { .record(table.record(at: $0)) } ?? .nil
        case (.record(let record), .string(let key)):
            if let value = record[key] { return value }
            throw missing("field", key, among: record.keys, at: indexRange)
        case (.table(let table), .string(let name)):
            if let column = table.columnIndex(name) { return .list(table.values(ofColumn: column)) }
            throw missing("column", name, among: table.columnNames, at: indexRange)
        default:
            throw RuntimeError(
                "cannot index \(base.type.withArticle) with \(index.type.withArticle)", at: indexRange,
                suggestion: "lists and tables take a number (0 is the first); records take a field name")
        }
    }

    /// Resolves a 0-based index (negative counts from the end); out of range is an error.
    private func element<T>(of items: [T], at number: Double, count: Int, range: SourceRange) throws(RuntimeError) -> Int? {
        guard number == number.rounded(), abs(number) < 1e15 else {
            throw RuntimeError("index must be a whole number, not \(NumberFormat.plain(number))", at: range)
        }
        let raw = Int(number)
        let position = raw < 0 ? count + raw : raw
        guard position >= 0, position < count else {
            throw RuntimeError(
                "index \(raw) is out of range for \(count) item\(count == 1 ? "" : "s")", at: range,
                suggestion: count == 0 ? "it is empty" : "use 0 to \(count - 1), or -1 for the last")
        }
        return position
    }
}

/// A Slant value. Values are immutable; tables and lists are copied on write.
public enum Value: Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case `nil`
    case list([Value])
    case record(Record)
    case table(Table)
    /// A table split into groups by `by`; aggregates apply per group.
    case grouped(GroupedTable)
    case function(FunctionValue)
    case actor(ActorValue)

    /// The type as users see it in messages and from `type(x)`.
    public var typeName: String { type.rawValue }

    public var type: ValueType {
        switch self {
        case .number: return .number
        case .string: return .string
        case .bool: return .bool
        case .nil: return .nil
        case .list: return .list
        case .record: return .record
        case .table: return .table
        case .grouped: return .grouped
        case .function: return .function
        case .actor: return .actor
        }
    }

    public var isNil: Bool {
        if case .nil = self { return true }
        return false
    }
}

/// The types of ``Value``, also the types a table column can have.
public enum ValueType: String, Sendable, Hashable, CaseIterable {
    case number, string, bool, `nil`, list, record, table
    case grouped = "grouped table"
    case function, actor

    /// "a number", "an actor": for messages.
    public var withArticle: String {
        switch self {
        case .actor: return "an actor"
        case .nil: return "nil"
        default: return "a \(rawValue)"
        }
    }
}

/// An actor declared with `actor Name = "alias", …`: the names by which outlets refer to it.
public struct ActorValue: Sendable, Hashable {
    public var name: String
    /// Never empty; each alias is a non-empty string.
    public var aliases: [String]

    public init(name: String, aliases: [String]) {
        self.name = name
        self.aliases = aliases
    }
}

/// A record: named fields in the order they were written.
public struct Record: Sendable {
    public private(set) var keys: [String]
    public private(set) var values: [Value]

    public init() {
        keys = []
        values = []
    }

    public init(_ fields: [(String, Value)]) {
        keys = fields.map(\.0)
        values = fields.map(\.1)
    }

    public init(keys: [String], values: [Value]) {
        self.keys = keys
        self.values = values
    }

    public subscript(key: String) -> Value? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        return values[index]
    }

    /// Sets a field, replacing an existing one in place or appending a new one.
    public mutating func set(_ key: String, _ value: Value) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    public var count: Int { keys.count }

    public var fields: [(key: String, value: Value)] {
        Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
    }
}

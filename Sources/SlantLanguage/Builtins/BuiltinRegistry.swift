/// The builtins a session knows, by name.
///
/// Modules contribute builtins through ``BuiltinModule``; ``StandardLibrary/modules`` lists
/// the ones every session gets. A metric module adds a file with an enum conforming to
/// ``BuiltinModule`` and one line to that list.
public struct BuiltinRegistry: Sendable {
    private var entries: [String: Builtin] = [:]

    public init(_ builtins: [Builtin] = []) {
        for builtin in builtins { register(builtin) }
    }

    public init(modules: [any BuiltinModule.Type]) {
        self.init(modules.flatMap { $0.builtins })
    }

    /// Adds or replaces a builtin.
    public mutating func register(_ builtin: Builtin) {
        entries[builtin.name] = builtin
    }

    /// Any entry, verbs included (for `:doc`).
    public func entry(named name: String) -> Builtin? { entries[name] }

    /// A callable builtin (verbs are keywords, not functions).
    public func function(named name: String) -> Builtin? {
        guard let builtin = entries[name], builtin.kind == .function else { return nil }
        return builtin
    }

    /// Every entry, ordered by category then name.
    public var all: [Builtin] {
        entries.values.sorted { ($0.category, $0.name) < ($1.category, $1.name) }
    }

    /// Names of callable builtins, sorted.
    public var functionNames: [String] {
        entries.values.filter { $0.kind == .function }.map(\.name).sorted()
    }

    /// Every entry's name, verbs included, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The registry every session starts with.
    public static let standard = BuiltinRegistry(modules: StandardLibrary.modules)
}

/// A group of builtins contributed by one file or module.
public protocol BuiltinModule {
    static var builtins: [Builtin] { get }
}

/// A parsed script: its statements in order.
public struct Program: Sendable {
    public var statements: [Stmt]
    public var range: SourceRange

    public init(statements: [Stmt], range: SourceRange) {
        self.statements = statements
        self.range = range
    }
}

/// A statement with the source it came from.
public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange

    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    var height: Int {
        switch kind {
        case .binding(let binding): return binding.value.height + 1
        case .actor(let actor): return (actor.aliases.map(\.height).max() ?? 0) + 1
        case .expression(let expr): return expr.height + 1
        }
    }
}

public enum StmtKind: Sendable {
    /// `let name = value`
    case binding(Binding)
    /// `actor Name = "alias", "alias", …`
    case actor(ActorDeclaration)
    /// An expression whose value a script prints.
    case expression(Expr)
}

/// `let name = value`.
public struct Binding: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var value: Expr
}

/// `actor Name = "alias", …`: the alias expressions are evaluated when the statement runs.
public struct ActorDeclaration: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var aliases: [Expr]
}

/// An expression node: what it is, where it is, and how deep the tree under it goes.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    /// 1 for a leaf; the parser caps it so every recursive walk of the tree is bounded.
    public let height: Int

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.height = kind.childHeight + 1
    }
}

public indirect enum ExprKind: Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case `nil`
    case identifier(String)
    /// `[a, b, c]`
    case list([Expr])
    /// `{name: value, "other key": value}`
    case record([RecordField])
    /// `value.name`
    case field(Expr, name: String, nameRange: SourceRange)
    /// `value[index]`
    case index(Expr, Expr)
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr, operatorRange: SourceRange)
    /// `callee(arguments)`
    case call(Expr, [Argument])
    /// `input | stage`: a call stage gets `input` as its first argument; any other stage sees it as `it`.
    case pipe(Expr, Expr)
    /// `fn(a, b) body`
    case function(FunctionLiteral)
    /// `if condition then a else b`
    case conditional(Expr, Expr, Expr)
    /// `{ statement; …; expression }`: the value of the last expression statement, else nil.
    case block([Stmt])
    /// A table verb (`where`, `select`, `sort`, `top`, `by`) applied to the pipeline input `it`.
    case verb(Verb)

    /// The kind without its payload, for cheap dispatch.
    public enum Tag: Int, Sendable, Hashable, CaseIterable {
        case literal, identifier, list, record, field, index, unary, binary, call, pipe, function, conditional, block, verb
    }

    public var tag: Tag {
        switch self {
        case .number, .string, .bool, .nil: return .literal
        case .identifier: return .identifier
        case .list: return .list
        case .record: return .record
        case .field: return .field
        case .index: return .index
        case .unary: return .unary
        case .binary: return .binary
        case .call: return .call
        case .pipe: return .pipe
        case .function: return .function
        case .conditional: return .conditional
        case .block: return .block
        case .verb: return .verb
        }
    }

    var childHeight: Int {
        switch self {
        case .number, .string, .bool, .nil, .identifier: return 0
        case .list(let items): return items.map(\.height).max() ?? 0
        case .record(let fields): return fields.map(\.value.height).max() ?? 0
        case .field(let base, _, _): return base.height
        case .index(let base, let index): return max(base.height, index.height)
        case .unary(_, let operand): return operand.height
        case .binary(_, let left, let right, _): return max(left.height, right.height)
        case .call(let callee, let arguments): return max(callee.height, arguments.map(\.value.height).max() ?? 0)
        case .pipe(let input, let stage): return max(input.height, stage.height)
        case .function(let function): return function.body.height
        case .conditional(let condition, let then, let otherwise):
            return max(condition.height, then.height, otherwise.height)
        case .block(let statements): return statements.map(\.height).max() ?? 0
        case .verb(let verb): return verb.childHeight
        }
    }
}

public struct RecordField: Sendable {
    public var key: String
    public var keyRange: SourceRange
    public var value: Expr
}

/// One argument of a call: positional, or named with `name: value` / `name = value`.
public struct Argument: Sendable {
    public var name: String?
    public var nameRange: SourceRange?
    public var value: Expr

    public init(name: String? = nil, nameRange: SourceRange? = nil, value: Expr) {
        self.name = name
        self.nameRange = nameRange
        self.value = value
    }

    public var range: SourceRange {
        nameRange.map { $0.union(value.range) } ?? value.range
    }
}

/// `fn(parameters) body`.
public struct FunctionLiteral: Sendable {
    public var parameters: [Parameter]
    public var body: Expr

    public struct Parameter: Sendable {
        public var name: String
        public var range: SourceRange
    }
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and = "and", or = "or"
}

/// The table verbs, written without brackets as pipeline stages.
public enum Verb: Sendable {
    /// `where condition`
    case filter(Expr)
    /// `select a, b, name = expression`
    case select([ColumnSpec])
    /// `sort key [asc|desc], …`
    case sort([SortKey])
    /// `top n`
    case top(Expr)
    /// `by key, …`: groups rows; aggregates then apply per group.
    case group([ColumnSpec])

    /// The keyword that introduces the verb.
    public var keyword: String {
        switch self {
        case .filter: return "where"
        case .select: return "select"
        case .sort: return "sort"
        case .top: return "top"
        case .group: return "by"
        }
    }

    var childHeight: Int {
        switch self {
        case .filter(let condition): return condition.height
        case .select(let columns), .group(let columns): return columns.map(\.expr.height).max() ?? 0
        case .sort(let keys): return keys.map(\.expr.height).max() ?? 0
        case .top(let count): return count.height
        }
    }
}

/// A column in `select`/`by`: `name = expression`, or a bare expression named after itself.
public struct ColumnSpec: Sendable {
    public var name: String?
    public var nameRange: SourceRange?
    public var expr: Expr
}

public struct SortKey: Sendable {
    public var expr: Expr
    public var descending: Bool
}

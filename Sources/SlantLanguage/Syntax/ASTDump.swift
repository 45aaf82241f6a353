/// A readable dump of a syntax tree with each node's source range (`line:col-line:col`,
/// end exclusive), for `:ast` in the REPL and for tests:
///
/// ```
/// Program 1:1-1:10
///   Expression 1:1-1:10
///     Binary + 1:1-1:10
///       Number 1 1:1-1:2
///       Binary * 1:5-1:10
///         Number 2 1:5-1:6
///         Number 3 1:9-1:10
/// ```
public func dumpAST(_ source: String) -> String {
    LargeStack.value {
        let map = SourceMap(source)
        do throws(SyntaxError) {
            let program = try Parser.parseProgram(source: source)
            var dumper = ASTDumper(map: map)
            dumper.program(program)
            return dumper.lines.joined(separator: "\n")
        } catch {
            return error.diagnostic.rendered(map: map, file: "<ast>")
        }
    }
}

struct ASTDumper {
    let map: SourceMap
    var lines: [String] = []
    private var depth = 0

    init(map: SourceMap) {
        self.map = map
    }

    private mutating func node(_ label: String, _ range: SourceRange, children: (inout ASTDumper) -> Void = { _ in }) {
        lines.append(String(repeating: "  ", count: depth) + label + " " + map.describe(range))
        depth += 1
        children(&self)
        depth -= 1
    }

    mutating func program(_ program: Program) {
        node("Program", program.range) { dumper in
            for statement in program.statements { dumper.statement(statement) }
        }
    }

    mutating func statement(_ statement: Stmt) {
        switch statement.kind {
        case .binding(let binding):
            node("Let \(binding.name)", statement.range) { $0.expr(binding.value) }
        case .actor(let actor):
            node("Actor \(actor.name)", statement.range) { dumper in
                for alias in actor.aliases { dumper.expr(alias) }
            }
        case .expression(let value):
            node("Expression", statement.range) { $0.expr(value) }
        }
    }

    mutating func expr(_ expr: Expr) {
        switch expr.kind {
        case .number(let value): node("Number \(NumberFormat.plain(value))", expr.range)
        case .string(let text): node("String \(ValueText.quoted(text))", expr.range)
        case .bool(let flag): node("Bool \(flag)", expr.range)
        case .nil: node("Nil", expr.range)
        case .identifier(let name): node("Identifier \(name)", expr.range)
        case .list(let items):
            node("List", expr.range) { dumper in
                for item in items { dumper.expr(item) }
            }
        case .record(let fields):
            node("Record", expr.range) { dumper in
                for field in fields {
                    dumper.node("Field \(ValueText.key(field.key))", field.keyRange.union(field.value.range)) { $0.expr(field.value) }
                }
            }
        case .field(let base, let name, _):
            node("Member .\(name)", expr.range) { $0.expr(base) }
        case .index(let base, let index):
            node("Index", expr.range) { dumper in
                dumper.expr(base)
                dumper.expr(index)
            }
        case .unary(let op, let operand):
            node("Unary \(op.rawValue)", expr.range) { $0.expr(operand) }
        case .binary(let op, let left, let right, _):
            node("Binary \(op.rawValue)", expr.range) { dumper in
                dumper.expr(left)
                dumper.expr(right)
            }
        case .call(let callee, let arguments):
            node("Call", expr.range) { dumper in
                dumper.expr(callee)
                for argument in arguments {
                    dumper.node(argument.name.map { "Argument \($0)" } ?? "Argument", argument.range) { $0.expr(argument.value) }
                }
            }
        case .pipe(let input, let stage):
            node("Pipe", expr.range) { dumper in
                dumper.expr(input)
                dumper.expr(stage)
            }
        case .function(let literal):
            node("Function (\(literal.parameters.map(\.name).joined(separator: ", ")))", expr.range) { $0.expr(literal.body) }
        case .conditional(let condition, let then, let otherwise):
            node("If", expr.range) { dumper in
                dumper.expr(condition)
                dumper.expr(then)
                dumper.expr(otherwise)
            }
        case .block(let statements):
            node("Block", expr.range) { dumper in
                for statement in statements { dumper.statement(statement) }
            }
        case .verb(let verb):
            self.verb(verb, range: expr.range)
        }
    }

    private mutating func verb(_ verb: Verb, range: SourceRange) {
        switch verb {
        case .filter(let condition):
            node("Where", range) { $0.expr(condition) }
        case .top(let count):
            node("Top", range) { $0.expr(count) }
        case .select(let specs):
            node("Select", range) { $0.columns(specs) }
        case .group(let specs):
            node("By", range) { $0.columns(specs) }
        case .sort(let keys):
            node("Sort", range) { dumper in
                for key in keys {
                    dumper.node(key.descending ? "Key desc" : "Key asc", key.expr.range) { $0.expr(key.expr) }
                }
            }
        }
    }

    private mutating func columns(_ specs: [ColumnSpec]) {
        for spec in specs {
            let range = spec.nameRange.map { $0.union(spec.expr.range) } ?? spec.expr.range
            node(spec.name.map { "Column \($0)" } ?? "Column", range) { $0.expr(spec.expr) }
        }
    }
}

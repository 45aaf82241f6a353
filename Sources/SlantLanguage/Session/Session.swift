import SlantText

/// What running a piece of source produced, in order: values of top-level expression
/// statements, and diagnostics (warnings, or the error that stopped the run).
public enum Output: Sendable {
    case value(Value)
    case diagnostic(Diagnostic)
}

/// How a session is set up.
public struct SessionOptions: Sendable {
    /// The corpus `corpus()` loads; nil means the bundled seeds.
    public var corpusPath: String?
    public var corpusLoader: CorpusLoader
    public var registry: BuiltinRegistry
    public var evaluationLimits: EvaluationLimits
    public var parserLimits: ParserLimits
    /// Run the standard prelude (``Prelude/source``: the actors of the seed story) when the
    /// session starts and after ``Session/reset()``.
    public var loadsPrelude: Bool

    public init(
        corpusPath: String? = nil, corpusLoader: CorpusLoader = .standard, registry: BuiltinRegistry = .standard,
        evaluationLimits: EvaluationLimits = .standard, parserLimits: ParserLimits = .standard,
        loadsPrelude: Bool = true
    ) {
        self.corpusPath = corpusPath
        self.corpusLoader = corpusLoader
        self.registry = registry
        self.evaluationLimits = evaluationLimits
        self.parserLimits = parserLimits
        self.loadsPrelude = loadsPrelude
    }
}

/// One Slant interpreter: its bindings, actors, functions and loaded corpora persist from one
/// ``run(_:origin:cancel:)`` to the next (as in the REPL). The REPL, `slant run FILE`,
/// `slant -e` and standard input all go through `run`.
///
/// Not for concurrent use: call `run` from one thread at a time. ``CancellationToken/cancel()``
/// may be called from any thread while `run` is in progress.
public final class Session: @unchecked Sendable {
    public let options: SessionOptions
    private let interpreter: Interpreter

    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
        self.interpreter = Interpreter(
            registry: options.registry, limits: options.evaluationLimits,
            corpora: CorpusCache(defaultPath: options.corpusPath, loader: options.corpusLoader))
        loadPrelude()
    }

    /// Defines the prelude's actors (the prelude is tested to run cleanly, so it produces no output).
    private func loadPrelude() {
        guard options.loadsPrelude else { return }
        _ = run(Prelude.source, origin: "<prelude>")
    }

    public var registry: BuiltinRegistry { options.registry }

    /// Parses and runs `source`, returning what it produced. Stops at the first error, which is
    /// the last output. `origin` (a file name, `-e`, `<stdin>`, `<repl>`) is recorded in
    /// diagnostics as ``Diagnostic/file``.
    public func run(_ source: String, origin: String = "<input>", cancel: CancellationToken? = nil) -> [Output] {
        let collector = OutputCollector()
        run(source, origin: origin, cancel: cancel) { collector.outputs.append($0) }
        return collector.outputs
    }

    /// As ``run(_:origin:cancel:)``, handing each output to `emit` as soon as it exists (on the
    /// evaluation thread; `run` returns after the last one).
    public func run(_ source: String, origin: String, cancel: CancellationToken?, emit: @escaping (Output) -> Void) {
        let map = SourceMap(source)
        let limits = options.parserLimits
        LargeStack.run(stackSize: options.evaluationLimits.stackSize) { [interpreter] in
            func report(_ diagnostic: Diagnostic) {
                var located = diagnostic.resolved(with: map)
                located.file = origin
                emit(.diagnostic(located))
            }
            let program: Program
            do throws(SyntaxError) {
                program = try Parser.parseProgram(source: source, limits: limits)
            } catch {
                report(error.diagnostic)
                return
            }
            interpreter.beginRun(source: map.bytes, cancellation: cancel)
            for statement in program.statements {
                do throws(RuntimeError) {
                    let value = try interpreter.execute(statement, in: interpreter.globals)
                    for warning in interpreter.corpora.takeWarnings() {
                        report(Diagnostic(phase: .runtime, severity: .warning, message: warning, range: statement.range))
                    }
                    if let value { emit(.value(value)) }
                } catch {
                    for warning in interpreter.corpora.takeWarnings() {
                        report(Diagnostic(phase: .runtime, severity: .warning, message: warning, range: statement.range))
                    }
                    report(error.diagnostic)
                    return
                }
            }
        }
    }

    /// Whether `source` is complete, needs more lines, or is wrong. The REPL shows its
    /// continuation prompt on `.incomplete`.
    public static func parseStatus(_ source: String, limits: ParserLimits = .standard) -> ParseStatus {
        LargeStack.value { Parser.status(of: source, limits: limits) }
    }

    /// Names bound with `let` (functions included, actors not), sorted.
    public var boundNames: [String] {
        interpreter.globals.localNames.filter { name in
            if case .actor = interpreter.globals.lookup(name) { return false }
            return true
        }.sorted()
    }

    /// Names of actors declared with `actor`, sorted.
    public var actorNames: [String] {
        interpreter.globals.localNames.filter { name in
            if case .actor = interpreter.globals.lookup(name) { return true }
            return false
        }.sorted()
    }

    /// Names of callable builtins, sorted.
    public var builtinNames: [String] { registry.functionNames }

    /// The value bound to a global name, if any.
    public func value(named name: String) -> Value? {
        interpreter.globals.lookup(name)
    }

    /// Column names for completion: of the table bound to `name`, or (name nil) of every table
    /// bound in the session plus the columns of the corpus tables loaded so far. Sorted, unique.
    public func columnNames(of name: String? = nil) -> [String] {
        var names = Set<String>()
        func collect(_ value: Value?) {
            switch value {
            case .table(let table)?: names.formUnion(table.columnNames)
            case .grouped(let grouped)?:
                names.formUnion(grouped.keyColumns)
                if let first = grouped.groups.first { names.formUnion(first.rows.columnNames) }
            default: break
            }
        }
        if let name {
            collect(interpreter.globals.lookup(name))
        } else {
            for bound in interpreter.globals.localNames { collect(interpreter.globals.lookup(bound)) }
            names.formUnion(interpreter.corpora.loadedColumnNames)
        }
        return names.sorted()
    }

    /// Forgets every binding, actor and loaded corpus (the REPL's `:reset`), then runs the
    /// prelude again (when the options ask for it), so the standard actors are back.
    public func reset() {
        interpreter.globals.removeAll()
        interpreter.corpora.removeAll()
        loadPrelude()
    }
}

private final class OutputCollector: @unchecked Sendable {
    var outputs: [Output] = []
}

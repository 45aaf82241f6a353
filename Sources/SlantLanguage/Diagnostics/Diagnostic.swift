/// A located message about a script: what went wrong, where, and (when likely) what to do.
///
/// Every phase reports through this one type so the front ends render them alike. The library
/// never prints; callers use ``rendered(source:file:color:)``.
public struct Diagnostic: Error, Sendable, Hashable {
    /// Which stage of running a script found the problem.
    public enum Phase: String, Sendable, Hashable {
        /// Reading the script itself (invalid UTF-8, an empty file).
        case input
        /// Splitting into tokens (an unterminated string, a stray character).
        case lex
        /// Building the syntax tree (unbalanced brackets, a missing operand).
        case parse
        /// Evaluating (unknown names, wrong argument types, division by zero, limits, cancellation).
        case runtime
    }

    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var phase: Phase
    public var severity: Severity
    public var message: String
    /// The faulty text, as byte offsets into the script.
    public var range: SourceRange
    /// Line and column of `range.start` / `range.end`, once resolved against the source.
    public var start: SourceLocation?
    public var end: SourceLocation?
    /// A hint shown as `help: …` ("did you mean 'count'?").
    public var suggestion: String?
    /// The script's name as the user knows it (a path, `-e`, `<stdin>`, `<repl>`), when known.
    public var file: String?
    /// True when the script ended early and more text could complete it (the REPL's `...>`).
    public var isIncomplete: Bool

    public init(
        phase: Phase, severity: Severity = .error, message: String, range: SourceRange,
        suggestion: String? = nil, isIncomplete: Bool = false
    ) {
        self.phase = phase
        self.severity = severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
        self.isIncomplete = isIncomplete
    }

    /// The same diagnostic with `start`/`end` filled in from `map`.
    public func resolved(with map: SourceMap) -> Diagnostic {
        var copy = self
        copy.start = map.location(of: range.start)
        copy.end = map.location(of: range.end)
        return copy
    }

    /// `file:line:col: error: message` followed by the source line, a caret line under the
    /// range, and `help: suggestion` when there is one. Ends without a newline.
    public func rendered(source: String, file: String? = nil, color: Bool = false) -> String {
        DiagnosticRenderer(map: SourceMap(source), color: color).render(self, file: file ?? self.file ?? "<input>")
    }

    /// As ``rendered(source:file:color:)``, reusing a ``SourceMap`` built once for many diagnostics.
    public func rendered(map: SourceMap, file: String? = nil, color: Bool = false) -> String {
        DiagnosticRenderer(map: map, color: color).render(self, file: file ?? self.file ?? "<input>")
    }
}

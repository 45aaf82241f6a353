@testable import SlantLanguage

/// Runs `source` in a fresh session and returns what `slant -e` would print on standard output
/// (values rendered in `format`, one per line), or the first error's message.
func run(_ source: String, format: OutputFormat = .table, session: Session = Session()) -> String {
    let renderer = ValueRenderer(format: format)
    var lines: [String] = []
    for output in session.run(source, origin: "test") {
        switch output {
        case .value(let value): lines.append(renderer.render(value))
        case .diagnostic(let diagnostic) where diagnostic.severity == .error:
            lines.append("error: \(diagnostic.message)")
        case .diagnostic:
            continue
        }
    }
    return lines.joined(separator: "\n")
}

/// The first error `source` produces, or nil when it runs cleanly.
func firstError(_ source: String, session: Session = Session(), limits: EvaluationLimits = .standard) -> Diagnostic? {
    let session = limits == .standard ? session : Session(options: SessionOptions(evaluationLimits: limits))
    for output in session.run(source, origin: "test") {
        if case .diagnostic(let diagnostic) = output, diagnostic.severity == .error { return diagnostic }
    }
    return nil
}

/// `line:col` of where a diagnostic starts.
func position(_ diagnostic: Diagnostic?) -> String {
    guard let start = diagnostic?.start else { return "none" }
    return "\(start.line):\(start.column)"
}

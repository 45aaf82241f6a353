/// Lays out a ``Diagnostic`` the way compilers do:
///
/// ```
/// script.slant:1:12: error: unknown name 'cuont'
///  1 | corpus() | cuont
///    |            ^~~~~
/// help: did you mean 'count'?
/// ```
struct DiagnosticRenderer {
    let map: SourceMap
    let color: Bool

    /// Lines longer than this many scalars are shown as a window around the fault.
    static let maximumShownColumns = 100

    func render(_ diagnostic: Diagnostic, file: String) -> String {
        let start = diagnostic.start ?? map.location(of: diagnostic.range.start)
        let end = diagnostic.end ?? map.location(of: diagnostic.range.end)
        var lines: [String] = []
        let label: String
        switch diagnostic.severity {
        case .error: label = paint("error:", "1;31")
        case .warning: label = paint("warning:", "1;33")
        case .note: label = paint("note:", "1;36")
        }
        lines.append("\(paint("\(file):\(start.line):\(start.column):", "1")) \(label) \(diagnostic.message)")
        if !map.bytes.isEmpty {
            lines.append(contentsOf: excerpt(start: start, end: end))
        }
        if let suggestion = diagnostic.suggestion {
            lines.append("\(paint("help:", "1;36")) \(suggestion)")
        }
        return lines.joined(separator: "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The source line and the caret line under the fault (first line only for multi-line ranges).
    private func excerpt(start: SourceLocation, end: SourceLocation) -> [String] {
        let lineBytes = map.lineRange(at: start.line - 1)
        let scalars = Array(String(decoding: map.bytes[lineBytes], as: UTF8.self).unicodeScalars)
        let caretStart = max(0, min(start.column - 1, scalars.count))
        var caretEnd = end.line == start.line ? end.column - 1 : scalars.count
        caretEnd = max(caretStart + 1, min(caretEnd, max(scalars.count, caretStart + 1)))

        // Window long lines (a 10 MB one-liner) around the fault.
        var windowStart = 0
        var windowEnd = scalars.count
        if scalars.count > Self.maximumShownColumns {
            windowStart = max(0, caretStart - Self.maximumShownColumns / 2)
            windowEnd = min(scalars.count, windowStart + Self.maximumShownColumns)
        }
        let prefix = windowStart > 0 ? "…" : ""
        let suffix = windowEnd < scalars.count ? "…" : ""
        var shown = prefix
        var caretLine = prefix.isEmpty ? "" : " "
        for index in windowStart..<windowEnd {
            let scalar = scalars[index]
            // Control characters (a stray NUL or escape in the script) would garble the terminal.
            let isControl = (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
            shown.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
            if index < caretStart {
                caretLine += scalar == "\t" ? "\t" : " "
            }
        }
        shown += suffix
        let visibleCaretEnd = min(caretEnd, max(windowEnd, caretStart + 1))
        let width = max(1, visibleCaretEnd - caretStart)
        caretLine += "^" + String(repeating: "~", count: width - 1)

        let number = String(start.line)
        let gutter = String(repeating: " ", count: number.count)
        return [
            "\(paint(" \(number) |", "34")) \(shown)",
            "\(paint(" \(gutter) |", "34")) \(paint(caretLine, "1;32"))",
        ]
    }
}

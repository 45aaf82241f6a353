import Foundation
import SlantLanguage

extension Repl {
    /// Runs one statement (or a whole `:load`ed script) in the session on a worker thread,
    /// printing values and diagnostics as they come. Ctrl-C cancels it and returns to the prompt.
    func runStatement(_ source: String, origin: String = "<repl>") {
        let session = self.session
        let map = SourceMap(source)
        let printer = OutputPrinter(repl: self, map: map)
        let token = CancellationToken()
        let clock = ContinuousClock()
        let started = clock.now
        var interrupted = false
        InterruptibleWork.run({
            session.run(source, origin: origin, cancel: token) { printer.print($0) }
        }, onInterrupt: {
            // The terminal has echoed "^C"; the "evaluation cancelled" error goes below it.
            if !interrupted { output.write("\n") }
            interrupted = true
            token.cancel()
        })
        let elapsed = clock.now - started
        if timerEnabled {
            output.write(palette.dim("time: \(Self.describe(elapsed))") + "\n")
        }
    }

    /// "0.4 ms", "12.3 ms", "2.41 s".
    static func describe(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.2f s", seconds)
    }

    /// The renderer for the current mode; tables in `table` mode fit the terminal's width.
    var renderer: ValueRenderer {
        ValueRenderer(format: mode, width: mode == .table ? TerminalOutput.columns(of: STDOUT_FILENO) : nil)
    }
}

/// Prints outputs as the evaluation thread produces them. `@unchecked Sendable`: it is used
/// from that one thread while the main thread only waits, then read after the thread ends.
private final class OutputPrinter: @unchecked Sendable {
    let display: ValueDisplay
    let map: SourceMap
    let colored: Bool
    let output: TerminalOutput
    let errors: TerminalOutput

    init(repl: Repl, map: SourceMap) {
        display = ValueDisplay(renderer: repl.renderer, mode: repl.mode, rowLimit: Repl.rowLimit, palette: repl.palette)
        self.map = map
        colored = repl.palette.enabled
        output = repl.output
        errors = repl.errors
    }

    func print(_ item: Output) {
        switch item {
        case .value(let value):
            output.write(display.text(for: value) + "\n")
        case .diagnostic(let diagnostic):
            errors.write(diagnostic.rendered(map: map, color: colored) + "\n")
        }
    }
}

import Foundation
import Glibc
import SlantLanguage

/// Runs a whole script and prints what it produces: values on standard output (in the chosen
/// format), diagnostics on standard error. Used by `slant run`, `slant -e` and for a script
/// piped to standard input.
struct ScriptRunner {
    var options: ScriptOptions

    /// Exit statuses: 0 success, 1 an error in the script, 2 a usage error (unreadable file).
    enum Status: Int32 {
        case success = 0, scriptError = 1, usageError = 2
    }

    /// Runs source text given on the command line (`-e`), named `-e` in diagnostics.
    func run(source: String, origin: String) -> Status {
        runChecked(bytes: Array(source.utf8), origin: origin)
    }

    /// Runs the script in a file; `-` means standard input.
    func run(path: String) -> Status {
        if path == "-" { return runStandardInput() }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : (isDirectory.boolValue ? "it is a folder" : "permission denied")
            TerminalOutput.standardError.write("slant: cannot read script '\(path)': \(reason)\n")
            return .usageError
        }
        return runChecked(bytes: [UInt8](data), origin: path)
    }

    /// Reads all of standard input as one script, named `<stdin>` in diagnostics.
    func runStandardInput() -> Status {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return runChecked(bytes: [UInt8](data), origin: "<stdin>")
    }

    private func runChecked(bytes: [UInt8], origin: String) -> Status {
        let color = ColorPolicy.allowsColor(
            isTerminal: TerminalOutput.standardError.isTerminal, environment: ProcessInfo.processInfo.environment)
        let source: String
        switch ScriptSource.decode(bytes) {
        case .success(let text):
            source = text
        case .failure(let diagnostic):
            let map = SourceMap(bytes: bytes)
            TerminalOutput.standardError.write(diagnostic.rendered(map: map, file: origin, color: color) + "\n")
            return .scriptError
        }
        let progress = ProgressLine.forSession()
        defer { progress.line.clear() }
        let session = Session(options: SessionOptions(corpusPath: options.corpus, corpusLoader: progress.loader))
        let map = SourceMap(source)
        let stdout = TerminalOutput.standardOutput
        let renderer = ValueRenderer(
            format: options.format, width: stdout.isTerminal ? TerminalOutput.columns(of: STDOUT_FILENO) : nil)
        let outcome = Outcome()
        session.run(source, origin: origin, cancel: nil) { output in
            switch output {
            case .value(let value):
                stdout.write(renderer.render(value) + "\n")
            case .diagnostic(let diagnostic):
                if diagnostic.severity == .error { outcome.failed = true }
                TerminalOutput.standardError.write(diagnostic.rendered(map: map, color: color) + "\n")
            }
        }
        return outcome.failed ? .scriptError : .success
    }
}

/// Whether any error was reported (set from the evaluation thread, read after it ends).
private final class Outcome: @unchecked Sendable {
    var failed = false
}

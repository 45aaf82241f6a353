import Foundation
import SlantLanguage

/// The interactive Slant shell: one input loop (as in Lua's lua.c or SQLite's shell) that reads
/// lines, gathers them until the parser says the statement is complete, and runs it in a
/// `Session`, the same `run` path as `slant run`. Lines starting with `:` are meta-commands.
final class Repl {
    struct Options {
        /// The corpus `corpus()` loads; nil means the bundled seeds.
        var corpusPath: String?
        /// Read and write the history file.
        var useHistory = true
        var initialMode: OutputFormat = .table
        var environment: [String: String] = ProcessInfo.processInfo.environment
    }

    let options: Options
    /// Created on first use, so the first prompt appears before any language set-up.
    private(set) lazy var session = Session(
        options: SessionOptions(corpusPath: options.corpusPath, corpusLoader: ProgressLine.forSession().loader))
    let editor: LineEditor
    let output = TerminalOutput.standardOutput
    let errors = TerminalOutput.standardError
    let palette: Palette
    var mode: OutputFormat
    var timerEnabled = false

    private let historyStore: HistoryStore?
    private var history: [String] = []
    /// Lines of a statement still being typed (the parser said "incomplete").
    private var pendingLines: [String] = []

    /// Rows of a table shown in `table` mode before the rest is summarised.
    static let rowLimit = 40

    /// Sets up the terminal and the line editor; nil (after printing why) if libedit cannot run.
    init?(options: Options) {
        self.options = options
        LocaleSetup.configure()
        guard let editor = LineEditor(programName: "slant", output: TerminalOutput.standardOutput) else {
            TerminalOutput.standardError.write("slant: cannot start the line editor on this terminal\n")
            return nil
        }
        self.editor = editor
        palette = Palette(enabled: ColorPolicy.allowsColor(
            isTerminal: TerminalOutput.standardOutput.isTerminal, environment: options.environment))
        mode = options.initialMode
        historyStore = options.useHistory ? HistoryStore.defaultLocation(environment: options.environment).map(HistoryStore.init) : nil
        editor.completer = { [unowned self] beforeCursor in
            Completer(vocabulary: { [unowned self] code in self.vocabulary(for: code) },
                      home: options.environment["HOME"])
                .complete(beforeCursor, pendingStatement: pendingLines.joined(separator: "\n"))
        }
    }

    /// Runs until Ctrl-D or `:quit`; returns the exit status.
    func run() -> Int32 {
        InterruptSignal.install()
        loadHistory()
        output.write(banner() + "\n")
        let prompts = PromptStyle(colored: palette.enabled)
        while true {
            let prompt = pendingLines.isEmpty ? prompts.primary : prompts.continuation
            switch editor.read(prompt: prompt) {
            case .endOfInput:
                if pendingLines.isEmpty {
                    output.write("\n")
                    saveHistory(durable: true)
                    return 0
                }
                // Ctrl-D inside an unfinished statement: show why it is unfinished, stay.
                output.write("\n")
                let statement = takePendingStatement()
                remember(statement)
                runStatement(statement)
            case .interrupted:
                pendingLines.removeAll()
            case .line(let line):
                if pendingLines.isEmpty, line.drop(while: { $0 == " " || $0 == "\t" }).first == ":" {
                    remember(line)
                    if case .leave = runMetaCommand(line) {
                        saveHistory(durable: true)
                        return 0
                    }
                    continue
                }
                if pendingLines.isEmpty, line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                pendingLines.append(line)
                let statement = pendingLines.joined(separator: "\n")
                if case .incomplete = Session.parseStatus(statement) { continue }
                pendingLines.removeAll()
                remember(statement)
                runStatement(statement)
            }
        }
    }

    private func takePendingStatement() -> String {
        defer { pendingLines.removeAll() }
        return pendingLines.joined(separator: "\n")
    }

    /// The one-line greeting: which corpus, and how to get help. Nothing is loaded to print it.
    func banner() -> String {
        let corpus = options.corpusPath.map { "corpus \($0)" } ?? "the bundled seed corpus"
        return palette.dim("Slant \(SlantVersion.current) on \(corpus). Type :help for help, Ctrl-D to leave.")
    }

    // MARK: History

    private func loadHistory() {
        guard let historyStore else { return }
        do {
            history = try historyStore.load()
            editor.replaceHistory(with: history)
        } catch {
            errors.write("slant: cannot read history \(historyStore.fileURL.path): \(error.localizedDescription)\n")
        }
    }

    /// Adds an entry to the history (not twice in a row) and saves the file, so a crash later
    /// loses nothing typed so far.
    private func remember(_ entry: String) {
        guard !entry.isEmpty, history.last != entry else { return }
        history.append(entry)
        if history.count > HistoryStore.maximumEntries { history.removeFirst(history.count - HistoryStore.maximumEntries) }
        editor.addHistory(entry)
        saveHistory(durable: false)
    }

    private var historyFailureReported = false

    private func saveHistory(durable: Bool) {
        guard let historyStore else { return }
        do {
            try historyStore.save(history, durable: durable)
        } catch {
            // Say it once; the session itself is unaffected.
            if !historyFailureReported { errors.write("slant: \(error)\n") }
            historyFailureReported = true
        }
    }

    // MARK: Completion

    /// What Tab may offer, read from the session when Tab is pressed. Columns come from the
    /// table the statement starts from when it names a bound one (`docs | where …`), else from
    /// every table the session knows.
    private func vocabulary(for code: String) -> CompletionVocabulary {
        var words = CompletionVocabulary()
        words.keywords = Keyword.allCases.map(\.rawValue)
        words.builtins = session.builtinNames
        words.helpTopics = session.registry.names
        words.boundNames = session.boundNames
        words.actors = session.actorNames
        let source = Self.pipelineSource(of: code).map { session.columnNames(of: $0) } ?? []
        words.columns = source.isEmpty ? session.columnNames() : source
        return words
    }

    /// The name a statement's pipeline starts from: `docs` in `docs | where …` or
    /// `let rich = docs | where …`; nil when it starts otherwise.
    static func pipelineSource(of code: String) -> String? {
        var rest = Substring(code).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if rest.hasPrefix("let ") {
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            rest = rest[rest.index(after: equals)...].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        }
        let name = rest.prefix(while: CompletionContext.isIdentifierCharacter)
        let after = rest.dropFirst(name.count).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard !name.isEmpty, after.first == "|" else { return nil }
        return String(name)
    }
}

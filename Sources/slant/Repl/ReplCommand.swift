import ArgumentParser
import Foundation
import Glibc

/// Options only the interactive shell has.
struct ReplOptions: ParsableArguments {
    @Flag(name: .long, help: "Neither read nor write the history file.")
    var noHistory = false
}

/// `slant repl`: the interactive shell (also what `slant` does on a terminal with no arguments).
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Explore a corpus interactively (the default when slant runs on a terminal).",
        discussion: """
            History is kept in $XDG_STATE_HOME/slant/history (else ~/.local/state/slant/history). \
            When standard input is not a terminal, it is read as a script instead, as by `slant run -`.
            """)

    @OptionGroup var script: ScriptOptions
    @OptionGroup var repl: ReplOptions

    mutating func run() throws {
        let status = ReplLauncher.start(script: script, repl: repl)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Chooses between the interactive shell and reading standard input as a script.
enum ReplLauncher {
    /// Runs the shell (or the piped script) and returns the exit status.
    static func start(script: ScriptOptions, repl: ReplOptions) -> Int32 {
        guard isatty(STDIN_FILENO) == 1 else {
            // Not a terminal: no prompts, no banner; exactly `slant run -`.
            return ScriptRunner(options: script).runStandardInput().rawValue
        }
        if let path = script.corpus, !FileManager.default.fileExists(atPath: path) {
            TerminalOutput.standardError.write("slant: no corpus at '\(path)' (paths are relative to \(FileManager.default.currentDirectoryPath))\n")
            return ScriptRunner.Status.usageError.rawValue
        }
        var options = Repl.Options()
        options.corpusPath = script.corpus
        options.useHistory = !repl.noHistory
        options.initialMode = script.format
        guard let shell = Repl(options: options) else { return 1 }
        return shell.run()
    }
}

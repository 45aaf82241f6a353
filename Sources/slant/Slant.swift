import ArgumentParser
import Glibc

/// The `slant` command: a thin front end over the Slant libraries.
@main
struct Slant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Compare how news outlets tell the same story.",
        version: SlantVersion.current,
        subcommands: [CorpusCommand.self, RunCommand.self, ReplCommand.self])

    @Option(name: .customShort("e"), help: ArgumentHelp("Run SOURCE as a script and exit.", valueName: "source"))
    var expression: String?

    @OptionGroup var script: ScriptOptions
    @OptionGroup var repl: ReplOptions

    mutating func run() throws {
        let runner = ScriptRunner(options: script)
        let status: ScriptRunner.Status
        if let expression {
            status = runner.run(source: expression, origin: "-e")
        } else if isatty(STDIN_FILENO) != 1 {
            status = runner.runStandardInput()
        } else {
            // On a terminal with nothing to run: the interactive shell.
            let code = ReplLauncher.start(script: script, repl: repl)
            if code != 0 { throw ExitCode(code) }
            return
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

enum SlantVersion {
    static let current = "0.1.0"
}

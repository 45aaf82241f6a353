import ArgumentParser
import Glibc

/// The `slant` command: a thin front end over the Slant libraries.
@main
struct Slant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Compare how news outlets tell the same story.",
        version: SlantVersion.current,
        subcommands: [CorpusCommand.self, RunCommand.self])

    @Option(name: .customShort("e"), help: ArgumentHelp("Run SOURCE as a script and exit.", valueName: "source"))
    var expression: String?

    @OptionGroup var script: ScriptOptions

    mutating func run() throws {
        let runner = ScriptRunner(options: script)
        let status: ScriptRunner.Status
        if let expression {
            status = runner.run(source: expression, origin: "-e")
        } else if isatty(STDIN_FILENO) != 1 {
            status = runner.runStandardInput()
        } else {
            throw CleanExit.helpRequest(self)
        }
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

enum SlantVersion {
    static let current = "0.1.0"
}

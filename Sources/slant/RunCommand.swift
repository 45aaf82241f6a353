import ArgumentParser

/// `slant run FILE`: runs a saved script.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Slant script.",
        discussion: """
            Prints the value of every top-level expression; `let` and `actor` print nothing. \
            FILE may be `-` for standard input. Exit status: 0 on success, 1 for an error in the \
            script (with its file, line and column), 2 for a usage error such as a missing file.
            """)

    @Argument(help: ArgumentHelp("The script to run, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var script: ScriptOptions

    mutating func run() throws {
        let status = ScriptRunner(options: script).run(path: file)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}

import ArgumentParser
import SlantLanguage

/// Options shared by every way of running a script (`slant run`, `slant -e`, standard input).
struct ScriptOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The corpus corpus() loads (default: the bundled seeds).", valueName: "path"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("How to print tables: table, markdown, csv or json.", valueName: "format"))
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}

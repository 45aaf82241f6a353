import ArgumentParser

/// The `slant` command: a thin front end over the Slant libraries.
@main
struct Slant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Compare how news outlets tell the same story.",
        version: SlantVersion.current,
        subcommands: [])
}

enum SlantVersion {
    static let current = "0.1.0"
}

import SlantLanguage

/// A REPL command that is not part of the language: a line whose first character is `:`.
enum MetaCommand: Equatable {
    case help(topic: String?)
    case load(path: String)
    /// nil: say which mode is in force.
    case mode(OutputFormat?)
    /// nil: say whether the timer is on.
    case timer(Bool?)
    case ast(source: String)
    case corpus
    case reset
    case quit

    /// One row of the meta-command table: how it is spelled and what it does.
    struct Entry: Sendable {
        let name: String
        let arguments: String
        let summary: String
    }

    /// Every meta-command, in the order `:help` lists them. `doc` is `help NAME` by another name.
    static let catalogue: [Entry] = [
        Entry(name: "help", arguments: "[NAME]", summary: "this overview, or the documentation of a builtin"),
        Entry(name: "doc", arguments: "NAME", summary: "the documentation of a builtin (same as :help NAME)"),
        Entry(name: "load", arguments: "FILE", summary: "run a script file into this session"),
        Entry(name: "mode", arguments: "[table|markdown|csv|json]", summary: "how values are printed"),
        Entry(name: "timer", arguments: "[on|off]", summary: "show how long each statement takes"),
        Entry(name: "ast", arguments: "EXPR", summary: "show the syntax tree of an expression"),
        Entry(name: "corpus", arguments: "", summary: "describe the loaded corpus"),
        Entry(name: "reset", arguments: "", summary: "forget every let, actor and function"),
        Entry(name: "quit", arguments: "", summary: "leave (Ctrl-D does the same)"),
    ]

    static var names: [String] { catalogue.map(\.name) }

    /// Reads a meta-command line such as `:mode csv` (leading blanks allowed).
    static func parse(_ line: String) -> Result<MetaCommand, MetaCommandError> {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        guard rest.first == ":" else { return .failure(.notACommand) }
        rest = rest.dropFirst()
        let typed = String(rest.prefix { $0 != " " && $0 != "\t" })
        let argument = rest.dropFirst(typed.count).trimmingBlanks()
        guard !typed.isEmpty else { return .failure(.unknown(typed: "", suggestion: nil)) }

        let name: String
        if names.contains(typed) {
            name = typed
        } else {
            // A unique prefix is accepted (":q", ":h"), as in ghci.
            let matching = names.filter { $0.hasPrefix(typed) }
            guard matching.count == 1 else {
                let suggestion = EditDistance.nearest(to: typed, in: names, limit: 3)
                return .failure(.unknown(typed: typed, suggestion: suggestion))
            }
            name = matching[0]
        }

        switch name {
        case "help":
            return .success(.help(topic: argument.isEmpty ? nil : argument))
        case "doc":
            return argument.isEmpty ? .failure(.missingArgument(name: name)) : .success(.help(topic: argument))
        case "load":
            guard !argument.isEmpty else { return .failure(.missingArgument(name: name)) }
            return .success(.load(path: unquoted(argument)))
        case "mode":
            guard !argument.isEmpty else { return .success(.mode(nil)) }
            guard let mode = OutputFormat(rawValue: argument.lowercased()) else {
                return .failure(.invalidArgument(name: name, value: argument,
                                                 expected: OutputFormat.allCases.map(\.rawValue)))
            }
            return .success(.mode(mode))
        case "timer":
            switch argument.lowercased() {
            case "on": return .success(.timer(true))
            case "off": return .success(.timer(false))
            case "": return .success(.timer(nil))
            default: return .failure(.invalidArgument(name: name, value: argument, expected: ["on", "off"]))
            }
        case "ast":
            guard !argument.isEmpty else { return .failure(.missingArgument(name: name)) }
            return .success(.ast(source: argument))
        case "corpus": return argument.isEmpty ? .success(.corpus) : .failure(.unexpectedArgument(name: name))
        case "reset": return argument.isEmpty ? .success(.reset) : .failure(.unexpectedArgument(name: name))
        case "quit": return argument.isEmpty ? .success(.quit) : .failure(.unexpectedArgument(name: name))
        default: return .failure(.unknown(typed: typed, suggestion: nil))
        }
    }

    /// `:load "my file.slant"` and `:load my-file.slant` both name a file.
    private static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}

/// Why a `:` line is not a valid meta-command; `description` says what to type instead.
enum MetaCommandError: Error, Equatable, CustomStringConvertible {
    case notACommand
    case unknown(typed: String, suggestion: String?)
    case missingArgument(name: String)
    case unexpectedArgument(name: String)
    case invalidArgument(name: String, value: String, expected: [String])

    var description: String {
        switch self {
        case .notACommand:
            return "meta-commands start with ':'"
        case .unknown(let typed, let suggestion):
            let hint = suggestion.map { "; did you mean :\($0)?" } ?? ""
            return "unknown command ':\(typed)'\(hint) (:help lists them all)"
        case .missingArgument(let name):
            return "usage: \(Self.usage(of: name))"
        case .unexpectedArgument(let name):
            return ":\(name) takes no argument; usage: \(Self.usage(of: name))"
        case .invalidArgument(let name, let value, let expected):
            return ":\(name) does not know '\(value)'; choose one of: \(expected.joined(separator: ", "))"
        }
    }

    private static func usage(of name: String) -> String {
        guard let entry = MetaCommand.catalogue.first(where: { $0.name == name }) else { return ":\(name)" }
        return entry.arguments.isEmpty ? ":\(name)" : ":\(name) \(entry.arguments)"
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}

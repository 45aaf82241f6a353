/// How the REPL prints values (`:mode`).
enum OutputMode: String, CaseIterable, Sendable {
    case table, markdown, csv, json
}

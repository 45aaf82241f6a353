import SlantLanguage

/// The names Tab may offer in code, gathered from the language and the session at the moment
/// Tab is pressed (so a `let` typed a minute ago is known).
struct CompletionVocabulary: Sendable {
    var keywords: [String] = []
    var builtins: [String] = []
    /// Names `:help NAME` documents (builtins and table verbs).
    var helpTopics: [String] = []
    var boundNames: [String] = []
    var actors: [String] = []
    /// Column names of the values the statement works on; offered after where/select/by/sort.
    var columns: [String] = []
}

/// Turns the text left of the cursor into completion candidates, by context (see
/// `CompletionContext`): meta-commands and their arguments, paths in strings, or names in code.
struct Completer {
    /// Supplies the vocabulary for the code typed so far (the pending statement plus this line).
    let vocabulary: (_ code: String) -> CompletionVocabulary
    /// The home folder, for `~/` in paths.
    let home: String?

    func complete(_ beforeCursor: String, pendingStatement: String = "") -> CompletionResult {
        let context = CompletionContext.analyse(beforeCursor)
        let code = pendingStatement.isEmpty ? beforeCursor : pendingStatement + "\n" + beforeCursor
        return CompletionResult(word: context.word, candidates: candidates(for: context, code: code))
    }

    /// `code` is the whole statement up to the cursor, for the vocabulary to infer columns from.
    func candidates(for context: CompletionContext, code: String) -> [CompletionCandidate] {
        switch context {
        case .metaCommandName(let word):
            return MetaCommand.names.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0, suffix: " ") }
        case .metaCommandArgument(let command, let word):
            switch command {
            case "help", "doc":
                let topics = vocabulary("").helpTopics + MetaCommand.names.map { ":" + $0 }
                return topics.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0) }
            case "load":
                return PathCompletion.candidates(for: word, fileSuffix: "", home: home)
            case "mode":
                return OutputFormat.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0) }
            case "timer":
                return ["on", "off"].filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0) }
            default:
                return []
            }
        case .stringPath(let word):
            return PathCompletion.candidates(for: word, fileSuffix: "\"", home: home)
        case .identifier(let word, let clause):
            let names = vocabulary(code)
            var found: [CompletionCandidate] = []
            if clause != nil {
                found += names.columns.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0) }
                if clause == "sort", !word.isEmpty {
                    found += ["asc", "desc"].filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0, suffix: " ") }
                }
                // An empty word in a clause means "which columns are there?": list only those.
                if word.isEmpty { return found }
            } else if word.isEmpty {
                return []
            }
            found += names.boundNames.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0) }
            found += names.actors.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0) }
            found += names.builtins.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0, suffix: "(") }
            found += names.keywords.filter { $0.hasPrefix(word) }.map { CompletionCandidate(text: $0, suffix: " ") }
            return found
        }
    }
}

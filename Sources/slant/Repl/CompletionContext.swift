/// Where the cursor is, as far as Tab completion cares.
enum CompletionContext: Equatable {
    /// After `:` at the start of the line: the meta-command's own name.
    case metaCommandName(word: String)
    /// The argument of a meta-command (`:help inf`, `:mode c`, `:load sc`).
    case metaCommandArgument(command: String, word: String)
    /// Inside an unfinished string literal: a file path.
    case stringPath(word: String)
    /// An identifier in code; `clause` is the last of `where`, `select`, `by` or `sort` before it
    /// in the same pipeline stage (then column names fit, and after `sort` also `asc`/`desc`).
    case identifier(word: String, clause: String?)

    /// The text left of the cursor that a completion replaces.
    var word: String {
        switch self {
        case .metaCommandName(let word), .metaCommandArgument(_, let word), .stringPath(let word),
             .identifier(let word, _):
            return word
        }
    }

    /// Keywords after which a pipeline stage names columns.
    static let clauseKeywords: Set<String> = ["where", "select", "by", "sort"]

    /// Reads the text between the start of the line and the cursor.
    static func analyse(_ beforeCursor: String) -> CompletionContext {
        let trimmed = beforeCursor.drop { $0 == " " || $0 == "\t" }
        if trimmed.first == ":" {
            let afterColon = trimmed.dropFirst()
            guard let blank = afterColon.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                return .metaCommandName(word: String(afterColon))
            }
            let command = String(afterColon[..<blank])
            let argument = afterColon[blank...].drop { $0 == " " || $0 == "\t" }
            if command == "ast" {
                return analyseCode(String(argument))
            }
            // `:load "my file` completes the path after the quote.
            let word = argument.first == "\"" ? argument.dropFirst() : argument
            return .metaCommandArgument(command: command, word: String(word))
        }
        return analyseCode(beforeCursor)
    }

    private static func analyseCode(_ code: String) -> CompletionContext {
        let scan = CodeScan(code)
        if let openQuote = scan.openStringStart {
            return .stringPath(word: String(code.unicodeScalars[code.unicodeScalars.index(after: openQuote)...]))
        }
        let scalars = code.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            guard isIdentifierScalar(scalars[previous]) else { break }
            start = previous
        }
        let word = String(scalars[start...])
        let stage = scan.currentStageWords.dropLast(word.isEmpty ? 0 : 1)
        return .identifier(word: word, clause: stage.last { clauseKeywords.contains($0) })
    }

    /// Whether `character` can be part of a Slant identifier.
    static func isIdentifierCharacter(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return isIdentifierScalar(scalar)
    }

    /// The characters of a Slant identifier (ASCII letters, digits, `_`, as the lexer has them).
    static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("0"..."9").contains(scalar)
    }
}

/// A light left-to-right scan of code before the cursor: tracks strings (with `\` escapes) and
/// `#` comments so that `|` or a keyword inside a string does not mislead completion.
private struct CodeScan {
    /// Index of the `"` that opened a string still open at the end, if any.
    var openStringStart: String.UnicodeScalarView.Index?
    /// The words of the pipeline stage the cursor is in (after the last `|`).
    var currentStageWords: [String] = []

    init(_ code: String) {
        let scalars = code.unicodeScalars
        var index = scalars.startIndex
        var word = ""
        func endWord() {
            if !word.isEmpty { currentStageWords.append(word) }
            word = ""
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if openStringStart != nil {
                if scalar == "\\" {
                    index = scalars.index(after: index)
                    if index == scalars.endIndex { break }
                } else if scalar == "\"" {
                    openStringStart = nil
                }
            } else if scalar == "\"" {
                endWord()
                openStringStart = index
            } else if scalar == "#" {
                break  // a comment runs to the end of the line
            } else if CompletionContext.isIdentifierScalar(scalar) {
                word.unicodeScalars.append(scalar)
            } else {
                endWord()
                // Any `|` starts a new stage, also inside brackets: `table(n = docs | where …)`.
                if scalar == "|" { currentStageWords.removeAll() }
            }
            index = scalars.index(after: index)
        }
        endWord()
    }
}

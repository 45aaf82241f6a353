import Foundation

/// A lexicon file that cannot be read: which file, which line, what is wrong.
///
/// The bundled lexicons are checked by the tests, so this means a damaged installation or a
/// user-supplied lexicon with a mistake in it.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name ("reporting_verbs.tsv").
    public var file: String
    /// 1-based line; 0 when the whole file is missing.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// Reading the tab-separated lexicon files: `#` comments, a header line, then rows.
enum LexiconFile {
    /// The rows of a TSV text after its comments and header, with 1-based line numbers.
    /// Every row must have at least `columns` fields.
    static func rows(_ text: String, file: String, columns: Int) throws(LexiconError) -> [(line: Int, fields: [Substring])] {
        var rows: [(line: Int, fields: [Substring])] = []
        var sawHeader = false
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if !sawHeader {
                sawHeader = true
                continue
            }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= columns else {
                throw LexiconError(file: file, line: number,
                                   message: "expected \(columns) tab-separated fields, found \(fields.count)")
            }
            rows.append((number, fields))
        }
        return rows
    }

    /// The text of a bundled resource file, or an error naming it.
    static func bundled(_ folder: String, _ name: String) throws(LexiconError) -> String {
        guard let url = Bundle.module.url(forResource: folder, withExtension: nil)?.appendingPathComponent(name),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            throw LexiconError(file: name, line: 0, message: "the bundled lexicon is missing; reinstall Slant")
        }
        return text
    }
}

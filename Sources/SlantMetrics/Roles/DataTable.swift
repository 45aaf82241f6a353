import Foundation

/// The rows of a tab-separated data file: `#` starts a comment line, blank lines are skipped,
/// every other line is split at tabs. Each row remembers its line number for error messages.
struct DataTable: Sendable {
    struct Row: Sendable {
        var line: Int
        var fields: [String]
    }

    let file: String
    let rows: [Row]

    init(text: String, file: String) {
        self.file = file
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        self.rows = rows
    }

    /// Fails unless every row has at least `count` fields, naming the expected columns.
    func requireColumns(_ count: Int, _ columns: String) throws(RoleDataError) {
        for row in rows where row.fields.count < count {
            throw RoleDataError(
                file: file, line: row.line,
                message: "expected \(count) tab-separated columns (\(columns)), found \(row.fields.count); fix the line or remove it")
        }
    }

    func error(_ row: Row, _ message: String) -> RoleDataError {
        RoleDataError(file: file, line: row.line, message: message)
    }

    /// Reads a bundled data file of SlantMetrics (`Resources/<folder>/<name>`).
    static func bundledText(folder: String, name: String) throws(RoleDataError) -> String {
        guard let directory = Bundle.module.url(forResource: folder, withExtension: nil) else {
            throw RoleDataError(file: "\(folder)/\(name)", message: "the \(folder) data folder is missing from the SlantMetrics bundle; reinstall Slant")
        }
        let url = directory.appendingPathComponent(name)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RoleDataError(file: "\(folder)/\(name)", message: "cannot read the bundled data file (\(error.localizedDescription)); reinstall Slant")
        }
    }
}

/// The first non-nil `lookup` of a word's singular candidates: the word itself, then
/// `-ies` → `-y`, `-es` → ``, `-s` → `` (no array is built: this runs per token).
@inline(__always)
func firstSingular<T>(_ word: String, _ lookup: (String) -> T?) -> T? {
    if let found = lookup(word) { return found }
    let count = word.utf8.count
    guard count > 2, word.utf8.last == UInt8(ascii: "s") else { return nil }
    if count > 4, word.hasSuffix("ies"), let found = lookup(String(word.dropLast(3)) + "y") { return found }
    if count > 3, word.hasSuffix("es"), let found = lookup(String(word.dropLast(2))) { return found }
    if !word.hasSuffix("ss"), let found = lookup(String(word.dropLast())) { return found }
    return nil
}

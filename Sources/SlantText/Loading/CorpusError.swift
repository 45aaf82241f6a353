/// Everything that can go wrong while loading a corpus, each case naming where it happened.
///
/// Problems that concern one document (a bad JSONL line, an empty article) become
/// ``CorpusWarning``s and the document is skipped, unless loading is strict, in which case the
/// first one is thrown. Problems that concern the whole source (a missing path) are always thrown.
public enum CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path does not exist.
    case pathNotFound(path: String)
    /// The path exists but could not be opened or read (permissions, a device, an I/O error).
    case unreadable(path: String, reason: String)
    /// The path is a file whose name says nothing Slant can load.
    case unsupportedFormat(path: String)
    /// A folder with no `.txt` file in it.
    case noTextFiles(directory: String)
    /// Bytes that are not UTF-8; they were replaced with U+FFFD.
    case invalidUTF8(Origin, byteOffset: Int)
    /// A NUL byte: the file is binary (an image, a PDF, a word-processor file), not text.
    case binaryFile(Origin, byteOffset: Int)
    /// A document whose text is empty or only white space.
    case emptyDocument(Origin, id: String)
    /// A JSONL line that is not valid JSON.
    case malformedJSON(Origin, column: Int, detail: String)
    /// A JSONL line holding JSON that is not an object (`[1, 2]`, `"text"`).
    case notAnObject(Origin)
    /// A record without the field that holds the article text.
    case missingTextField(Origin, field: String)
    /// A second document with an id already used; the first one is kept.
    case duplicateID(Origin, id: String, firstSeen: Origin)
    /// A CSV file that could not be parsed, or whose header row is missing or lacks a column.
    case malformedCSV(Origin, detail: String)
    /// A compressed file that is truncated or is not gzip.
    case corruptGzip(Origin, detail: String)
    /// A problem with a folder's `manifest.csv`.
    case manifest(Origin, detail: String)

    /// Where the problem is: the file, and the line when the format has lines.
    public var location: Origin {
        switch self {
        case .pathNotFound(let path), .unreadable(let path, _), .unsupportedFormat(let path):
            return Origin(file: path)
        case .noTextFiles(let directory):
            return Origin(file: directory)
        case .invalidUTF8(let origin, _), .binaryFile(let origin, _), .emptyDocument(let origin, _),
             .malformedJSON(let origin, _, _), .notAnObject(let origin), .missingTextField(let origin, _),
             .duplicateID(let origin, _, _), .malformedCSV(let origin, _), .corruptGzip(let origin, _),
             .manifest(let origin, _):
            return origin
        }
    }

    /// What is wrong, in one sentence.
    public var message: String {
        switch self {
        case .pathNotFound:
            return "no such file or folder"
        case .unreadable(_, let reason):
            return "cannot read: \(reason)"
        case .unsupportedFormat:
            return "unsupported corpus format"
        case .noTextFiles:
            return "folder has no .txt files"
        case .invalidUTF8(_, let offset):
            return "invalid UTF-8 at byte \(offset)"
        case .binaryFile(_, let offset):
            return "binary data (NUL byte at byte \(offset))"
        case .emptyDocument(_, let id):
            return "document '\(id)' has no text"
        case .malformedJSON(_, let column, let detail):
            return "not valid JSON at column \(column): \(detail)"
        case .notAnObject:
            return "JSON value is not an object"
        case .missingTextField(_, let field):
            return "no '\(field)' field with the article text"
        case .duplicateID(_, let id, let first):
            return "duplicate id '\(id)' (first seen at \(first))"
        case .malformedCSV(_, let detail):
            return "malformed CSV: \(detail)"
        case .corruptGzip(_, let detail):
            return "corrupt gzip data: \(detail)"
        case .manifest(_, let detail):
            return "manifest: \(detail)"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch self {
        case .pathNotFound:
            return "check the path; give a folder of .txt files, a .jsonl/.jsonl.gz file or a .csv file"
        case .unreadable:
            return "check the file's permissions"
        case .unsupportedFormat:
            return "give a folder of .txt files, or a file ending in .jsonl, .ndjson, .jsonl.gz, .csv or .txt"
        case .noTextFiles:
            return "put one article per .txt file in the folder"
        case .invalidUTF8:
            return "re-save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
        case .binaryFile:
            return "remove the file from the corpus or convert it to plain text"
        case .emptyDocument:
            return "remove the empty document or fill in its text"
        case .malformedJSON, .notAnObject:
            return "put exactly one JSON object per line"
        case .missingTextField:
            return "add the text field, or name the field that holds the text (FieldMap)"
        case .duplicateID:
            return "give every document a unique id"
        case .malformedCSV:
            return "the first row must name the columns; quote fields that contain commas, quotes or newlines"
        case .corruptGzip:
            return "re-download or re-compress the file (gzip -t tests it)"
        case .manifest:
            return "manifest.csv needs the columns file,id,outlet,date,authors,url,provenance and one row per .txt file"
        }
    }

    /// What a non-strict load did about it ("line skipped"), or nil when nothing was skipped.
    public var consequence: String? {
        switch self {
        case .invalidUTF8: return "invalid bytes replaced with U+FFFD"
        case .binaryFile: return "document skipped"
        case .emptyDocument: return "document skipped"
        case .malformedJSON, .notAnObject: return "line skipped"
        case .missingTextField: return "record skipped"
        case .duplicateID: return "this one skipped"
        case .corruptGzip: return "documents before the damage kept"
        case .pathNotFound, .unreadable, .unsupportedFormat, .noTextFiles, .malformedCSV, .manifest: return nil
        }
    }

    /// `file:line: error: message (hint)`, the form compilers use, so editors can jump to it.
    public var description: String { "\(location): error: \(message) (\(hint))" }

    /// The same problem as a warning, for non-strict loads: what happened, what was done, what to do.
    public var asWarning: CorpusWarning {
        let done = consequence.map { "; \($0)" } ?? ""
        return CorpusWarning(origin: location, message: "\(message)\(done) (\(hint))")
    }
}

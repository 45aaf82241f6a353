/// Which record field holds which part of a document, for JSONL and CSV corpora.
///
/// Every field not named here is kept, as a string, in ``Document/metadata``.
public struct FieldMap: Sendable, Hashable {
    public var id: String
    public var outlet: String
    public var date: String
    public var title: String
    public var text: String

    public init(id: String = "id", outlet: String = "outlet", date: String = "date",
                title: String = "title", text: String = "text") {
        self.id = id
        self.outlet = outlet
        self.date = date
        self.title = title
        self.text = text
    }

    /// The usual names: id, outlet, date, title, text.
    public static let standard = FieldMap()

    /// The field names this map claims, so the others can go to metadata.
    var claimed: Set<String> { [id, outlet, date, title, text] }
}

/// How far a load has got, for a progress display.
public struct LoadProgress: Sendable, Hashable {
    /// Documents loaded so far.
    public var documents: Int
    /// Bytes of the file consumed so far (compressed bytes for `.gz`).
    public var bytesRead: Int
    /// The file's size in bytes, when known; with `bytesRead` it gives the fraction done.
    public var totalBytes: Int?

    public init(documents: Int, bytesRead: Int, totalBytes: Int?) {
        self.documents = documents
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }
}

/// How to load a corpus.
public struct LoadOptions: Sendable {
    /// Stop at the first problem (throw it) instead of skipping the bad document with a warning.
    public var strict: Bool
    /// Field names for JSONL and CSV.
    public var fields: FieldMap
    /// Called now and then (about every 256 KiB read) while a large file loads.
    public var progress: (@Sendable (LoadProgress) -> Void)?

    public init(strict: Bool = false, fields: FieldMap = .standard,
                progress: (@Sendable (LoadProgress) -> Void)? = nil) {
        self.strict = strict
        self.fields = fields
        self.progress = progress
    }
}

/// The kinds of source Slant reads, chosen from the path.
public enum CorpusFormat: Sendable, Hashable, CaseIterable {
    /// A folder of `.txt` files, one article each, with an optional `manifest.csv`.
    case textFolder
    /// One `.txt` file holding one article.
    case textFile
    /// One JSON object per line (`.jsonl`, `.ndjson`), optionally gzip-compressed (`.gz`).
    case jsonLines
    /// A CSV file with a header row.
    case csv

    /// The format a path names: a folder, or a file by its extension (`.gz` looked through).
    /// Returns nil for an unknown extension.
    public static func detect(path: String, isDirectory: Bool) -> CorpusFormat? {
        if isDirectory { return .textFolder }
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") || name.hasSuffix(".json") { return .jsonLines }
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".txt") { return .textFile }
        return nil
    }
}

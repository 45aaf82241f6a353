/// One article as it was loaded: its original text, untouched, and its metadata.
///
/// The text is kept byte for byte as read (after UTF-8 decoding with replacement);
/// cleaning and segmentation work on views of it and always map back to it.
public struct Document: Sendable, Hashable {
    /// A stable identifier, unique within its corpus.
    public var id: String
    /// The publishing outlet ("Breitbart"); empty when unknown.
    public var outlet: String
    /// Publication date as written in the source, ideally ISO 8601 (`2015-11-18`); empty when unknown.
    public var date: String
    /// The headline; for a folder of `.txt` files, the first non-empty line.
    public var title: String
    /// The original article text.
    public var text: String
    /// Every other field the source carried (authors, url, provenance, bias, …), by name.
    public var metadata: [String: String]
    /// Where the document came from (file, and line for JSONL/CSV), for error messages.
    public var origin: Origin

    public init(
        id: String, outlet: String = "", date: String = "", title: String = "", text: String,
        metadata: [String: String] = [:], origin: Origin = Origin(file: "<memory>")
    ) {
        self.id = id
        self.outlet = outlet
        self.date = date
        self.title = title
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }
}

/// The place a document was read from.
public struct Origin: Sendable, Hashable, CustomStringConvertible {
    /// The file path as the user gave it (or `<seeds>` / `<memory>`).
    public var file: String
    /// 1-based line in the file for line-oriented formats (JSONL, CSV); nil for whole files.
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        return file
    }
}

/// A named collection of documents, in a stable order, with the warnings raised while loading it.
public struct Corpus: Sendable {
    /// A short name for banners and reports ("seeds", or the path it was loaded from).
    public var name: String
    /// The documents, in load order.
    public var documents: [Document]
    /// Problems that did not stop loading (a skipped line, invalid UTF-8 replaced, …).
    public var warnings: [CorpusWarning]

    public init(name: String, documents: [Document], warnings: [CorpusWarning] = []) {
        self.name = name
        self.documents = documents
        self.warnings = warnings
    }
}

/// A problem found while loading that did not stop the load; it names where and what to do.
public struct CorpusWarning: Sendable, Hashable, CustomStringConvertible {
    public var origin: Origin
    public var message: String

    public init(origin: Origin, message: String) {
        self.origin = origin
        self.message = message
    }

    public var description: String { "\(origin): warning: \(message)" }
}

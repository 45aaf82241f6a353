/// Collects the documents and problems of one load.
///
/// Every loader reports problems here: in a strict load the first problem is thrown, otherwise
/// it becomes a warning and loading goes on. Documents are checked here too, the same way for
/// every format: empty text, and ids already used.
struct LoadSession {
    let strict: Bool
    private(set) var documents: [Document] = []
    private(set) var warnings: [CorpusWarning] = []
    private var firstOrigin: [String: Origin] = [:]

    init(strict: Bool) {
        self.strict = strict
    }

    /// Records a problem: thrown when strict, a warning otherwise.
    mutating func report(_ problem: CorpusError) throws(CorpusError) {
        if strict { throw problem }
        warnings.append(problem.asWarning)
    }

    /// Adds a document unless its text is empty or its id was already used (both reported).
    mutating func add(_ document: Document) throws(CorpusError) {
        if isBlank(document.text) {
            try report(.emptyDocument(document.origin, id: document.id))
            return
        }
        if let first = firstOrigin[document.id] {
            try report(.duplicateID(document.origin, id: document.id, firstSeen: first))
            return
        }
        firstOrigin[document.id] = document.origin
        documents.append(document)
    }

    /// Decodes bytes as UTF-8: nil (reported) for binary data, otherwise the text with invalid
    /// sequences replaced by U+FFFD (reported with the offset of the first one).
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, origin: Origin) throws(CorpusError) -> String? {
        if let nul = UTF8Validation.firstNUL(in: bytes) {
            try report(.binaryFile(origin, byteOffset: nul))
            return nil
        }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            try report(.invalidUTF8(origin, byteOffset: bad))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func corpus(name: String) -> Corpus {
        Corpus(name: name, documents: documents, warnings: warnings)
    }

    private func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            || text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}

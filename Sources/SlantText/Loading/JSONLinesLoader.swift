/// Loads JSON Lines corpora (one article object per line), plain or gzip-compressed, streaming.
///
/// Only one line is held at a time besides the documents themselves. Fields are mapped through a
/// ``FieldMap``; every other field is kept as string metadata (non-string values as their JSON).
struct JSONLinesLoader {
    /// The file to open.
    let path: String
    /// How the file is named in messages (as the user gave it).
    let displayPath: String
    let options: LoadOptions

    func load(into session: inout LoadSession) throws(CorpusError) {
        let source: ByteSource = path.lowercased().hasSuffix(".gz")
            ? try GzipByteSource(path: path) : try FileByteSource(path: path)
        let reader = LineReader(source: source)
        let fields = options.fields
        let claimed = fields.claimed
        var sinceProgress = 0
        do {
            try reader.forEachLine { (line, number) throws(CorpusError) -> Bool in
                let origin = Origin(file: displayPath, line: number)
                if isBlank(line) { return true }
                if let document = try parse(line, origin: origin, fields: fields, claimed: claimed, session: &session) {
                    try session.add(document)
                }
                sinceProgress += line.count
                if sinceProgress >= 1 << 18, let progress = options.progress {
                    sinceProgress = 0
                    progress(LoadProgress(documents: session.documents.count, bytesRead: source.bytesConsumed,
                                          totalBytes: source.totalBytes))
                }
                return true
            }
        } catch {
            // A truncated .gz keeps the documents read before the damage unless strict.
            guard case .corruptGzip = error else { throw error }
            try session.report(error)
        }
        options.progress?(LoadProgress(documents: session.documents.count, bytesRead: source.bytesConsumed,
                                       totalBytes: source.totalBytes))
    }

    private func parse(_ line: UnsafeBufferPointer<UInt8>, origin: Origin, fields: FieldMap, claimed: Set<String>,
                       session: inout LoadSession) throws(CorpusError) -> Document? {
        if let nul = UTF8Validation.firstNUL(in: line) {
            try session.report(.binaryFile(origin, byteOffset: nul))
            return nil
        }
        if let bad = UTF8Validation.firstInvalidByte(in: line) {
            try session.report(.invalidUTF8(origin, byteOffset: bad))
        }
        let parsed: [(String, JSONObjectParser.Value)]?
        do {
            parsed = try JSONObjectParser.parseObject(line)
        } catch {
            try session.report(.malformedJSON(origin, column: error.column, detail: error.detail))
            return nil
        }
        guard let object = parsed else {
            try session.report(.notAnObject(origin))
            return nil
        }
        var id: String?, outlet = "", date = "", title = "", text: String?
        var metadata: [String: String] = [:]
        for (key, value) in object {
            guard let string = value.text else { continue }
            if !claimed.contains(key) { metadata[key] = string; continue }
            if key == fields.text { text = string }
            if key == fields.id { id = string }
            if key == fields.outlet { outlet = string }
            if key == fields.date { date = string }
            if key == fields.title { title = string }
        }
        guard let text else {
            try session.report(.missingTextField(origin, field: fields.text))
            return nil
        }
        let documentID = (id?.isEmpty == false ? id : nil) ?? "line-\(origin.line ?? 0)"
        return Document(id: documentID, outlet: outlet, date: date, title: title, text: text,
                        metadata: metadata, origin: origin)
    }

    private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}

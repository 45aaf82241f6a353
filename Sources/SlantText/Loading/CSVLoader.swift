/// Loads a CSV corpus: a header row naming the columns, then one article per record.
///
/// Columns are mapped through a ``FieldMap``; the others go to metadata. The text column is
/// required; records with the wrong number of fields are reported and skipped.
struct CSVLoader {
    /// The file to open.
    let path: String
    /// How the file is named in messages (as the user gave it).
    let displayPath: String
    let options: LoadOptions

    func load(into session: inout LoadSession) throws(CorpusError) {
        let fields = options.fields
        var columns: [String] = []
        var textColumn = 0
        try CSVRecordReader(path: path, displayPath: displayPath).read(
            header: { (header) throws(CorpusError) in
                columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
                guard let index = columns.firstIndex(of: fields.text) else {
                    throw .malformedCSV(Origin(file: displayPath, line: 1),
                                        detail: "no '\(fields.text)' column (the header has: \(columns.joined(separator: ", ")))")
                }
                textColumn = index
            },
            record: { (row, line) throws(CorpusError) -> Bool in
                let origin = Origin(file: displayPath, line: line)
                if row.count == 1 && row[0].isEmpty { return true }  // blank line
                guard row.count == columns.count else {
                    try session.report(.malformedCSV(origin, detail: "\(row.count) fields where the header has \(columns.count); record skipped"))
                    return true
                }
                var document = Document(id: "", text: row[textColumn], origin: origin)
                for (name, value) in zip(columns, row) {
                    switch name {
                    case fields.text: continue
                    case fields.id: document.id = value
                    case fields.outlet: document.outlet = value
                    case fields.date: document.date = value
                    case fields.title: document.title = value
                    default: document.metadata[name] = value
                    }
                }
                if document.id.isEmpty { document.id = "line-\(line)" }
                try session.add(document)
                return true
            },
            invalidUTF8: { (offset) throws(CorpusError) in
                try session.report(.invalidUTF8(Origin(file: displayPath), byteOffset: offset))
            },
            progress: { bytes, total in
                options.progress?(LoadProgress(documents: session.documents.count, bytesRead: bytes, totalBytes: total))
            })
    }
}

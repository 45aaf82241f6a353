/// The optional `manifest.csv` beside a folder of `.txt` articles: one row per file, with the
/// columns `file,id,outlet,date,authors,url,provenance` (only `file` is required).
///
/// Columns other than file/id/outlet/date go to each document's metadata. A `provenance` that
/// starts with "inferred" marks the outlet attribution as a guess: metadata
/// `outlet_inferred=yes` (or an explicit `outlet_inferred` column), so reports can flag it.
struct Manifest {
    struct Entry {
        var id: String?
        var outlet: String
        var date: String
        var metadata: [String: String]
        var origin: Origin
    }

    /// Entries by file name.
    private(set) var entries: [String: Entry] = [:]

    /// Reads `path`; problems with single rows are reported to `session`.
    init(path: String, displayPath: String, session: inout LoadSession) throws(CorpusError) {
        var columns: [String] = []
        var fileColumn = 0
        var entries: [String: Entry] = [:]
        try CSVRecordReader(path: path, displayPath: displayPath).read(
            header: { (header) throws(CorpusError) in
                columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let index = columns.firstIndex(of: "file") else {
                    throw .manifest(Origin(file: displayPath, line: 1), detail: "no 'file' column")
                }
                fileColumn = index
            },
            record: { (row, line) throws(CorpusError) -> Bool in
                let origin = Origin(file: displayPath, line: line)
                if row.count == 1 && row[0].isEmpty { return true }
                guard row.count == columns.count else {
                    try session.report(.manifest(origin, detail: "\(row.count) fields where the header has \(columns.count); row ignored"))
                    return true
                }
                let file = row[fileColumn]
                var entry = Entry(id: nil, outlet: "", date: "", metadata: [:], origin: origin)
                for (name, value) in zip(columns, row) {
                    switch name {
                    case "file": continue
                    case "id": entry.id = value.isEmpty ? nil : value
                    case "outlet": entry.outlet = value
                    case "date": entry.date = value
                    default: entry.metadata[name] = value
                    }
                }
                if entry.metadata["outlet_inferred"] == nil, let provenance = entry.metadata["provenance"] {
                    entry.metadata["outlet_inferred"] = provenance.lowercased().hasPrefix("inferred") ? "yes" : "no"
                }
                if entries[file] != nil {
                    try session.report(.manifest(origin, detail: "second row for '\(file)'; row ignored"))
                    return true
                }
                entries[file] = entry
                return true
            },
            invalidUTF8: { (offset) throws(CorpusError) in
                try session.report(.invalidUTF8(Origin(file: displayPath), byteOffset: offset))
            })
        self.entries = entries
    }
}

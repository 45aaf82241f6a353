import CSV
import Foundation

/// Streams the records of a CSV file with a header row, through the CSV package (yaslab/CSV.swift).
///
/// The file is read chunk by chunk (gzip-compressed when it ends in `.gz`), repaired to valid
/// UTF-8 on the way, and each record is handed over with the 1-based line it starts on.
struct CSVRecordReader {
    let path: String
    /// How the file is named in messages.
    var displayPath: String

    /// The header row, then each record with its starting line. `body` returns false to stop.
    /// Invalid UTF-8 is reported through `invalidUTF8` once, with its file offset.
    func read(
        header: ([String]) throws(CorpusError) -> Void,
        record: ([String], Int) throws(CorpusError) -> Bool,
        invalidUTF8: (Int) throws(CorpusError) -> Void,
        progress: (Int, Int?) -> Void = { _, _ in }
    ) throws(CorpusError) {
        let source: ByteSource = path.lowercased().hasSuffix(".gz")
            ? try GzipByteSource(path: path) : try FileByteSource(path: path)
        let stream = RepairingInputStream(source: source)
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            if let sourceError = stream.sourceError { throw sourceError }
            if case CSVError.cannotReadHeaderRow = error {
                throw .malformedCSV(Origin(file: displayPath, line: 1), detail: "the file is empty; a header row is required")
            }
            throw .malformedCSV(Origin(file: displayPath, line: 1), detail: "cannot read the header row (\(error))")
        }
        guard let headerRow = reader.headerRow, !(headerRow.count == 1 && headerRow[0].isEmpty) else {
            if let sourceError = stream.sourceError { throw sourceError }
            throw .malformedCSV(Origin(file: displayPath, line: 1), detail: "the file is empty; a header row is required")
        }
        try header(headerRow)
        var line = 1 + newlines(in: headerRow) + 1
        var reported = false
        var count = 0
        while let row = reader.next() {
            if !reported, let offset = stream.firstInvalidOffset {
                reported = true
                try invalidUTF8(offset)
            }
            if try !record(row, line) { return }
            line += newlines(in: row) + 1
            count += 1
            if count % 512 == 0 { progress(stream.bytesConsumed, source.totalBytes) }
        }
        if let sourceError = stream.sourceError { throw sourceError }
        if let error = reader.error {
            throw .malformedCSV(Origin(file: displayPath, line: line), detail: "\(error)")
        }
        if !reported, let offset = stream.firstInvalidOffset { try invalidUTF8(offset) }
        progress(stream.bytesConsumed, source.totalBytes)
    }

    private func newlines(in row: [String]) -> Int {
        var n = 0
        for field in row { for byte in field.utf8 where byte == 0x0A { n += 1 } }
        return n
    }
}

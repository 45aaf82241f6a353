/// Splits a UTF-8 TSV buffer into lines and tab-separated fields without creating Strings or
/// arrays: fields are byte ranges into the buffer.
///
/// Line numbers are 1-based; a trailing `\r` is dropped and blank lines are skipped, so files
/// edited on Windows or ending in a newline still load.
struct TSVLines {
    /// The fields of one line (the model files have at most three).
    struct Fields {
        static let capacity = 3
        private(set) var count = 0
        private var first = 0..<0
        private var second = 0..<0
        private var third = 0..<0

        subscript(index: Int) -> Range<Int> {
            switch index {
            case 0: first
            case 1: second
            default: third
            }
        }

        mutating func append(_ field: Range<Int>) {
            switch count {
            case 0: first = field
            case 1: second = field
            case 2: third = field
            default: break
            }
            count += 1
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    private(set) var lineNumber = 0
    /// Offset of the current line's first byte.
    private(set) var lineStart = 0
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The fields of the next non-blank line, or nil at the end of the buffer. Throws when the
    /// line does not have exactly `fieldCount` (at most 3) fields.
    mutating func next(fieldCount: Int) throws(TaggerModelError) -> Fields? {
        while position < bytes.count {
            lineNumber += 1
            let start = position
            lineStart = start
            var fields = Fields()
            var fieldStart = start
            var end = start
            while end < bytes.count {
                let byte = bytes[end]
                if byte == UInt8(ascii: "\n") { break }
                if byte == UInt8(ascii: "\t") {
                    fields.append(fieldStart..<end)
                    fieldStart = end + 1
                }
                end += 1
            }
            position = end + 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            if lineEnd == start { continue }  // blank line
            fields.append(fieldStart..<max(fieldStart, lineEnd))
            if fields.count != fieldCount {
                throw error(
                    in: start..<start,
                    "expected \(fieldCount) tab-separated fields, found \(fields.count); "
                        + "restore the file from the Slant sources")
            }
            return fields
        }
        return nil
    }

    /// An error about `field` of the current line (the column is where the field starts).
    func error(in field: Range<Int>, _ message: String) -> TaggerModelError {
        TaggerModelError(file: file, line: lineNumber, column: field.lowerBound - lineStart + 1, message: message)
    }

    /// The text of a field, for error messages.
    func text(_ field: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    }
}

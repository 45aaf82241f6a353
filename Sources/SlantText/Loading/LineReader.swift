/// Splits a ``ByteSource`` into lines as raw bytes, without decoding or copying them.
///
/// Each line is handed to the caller as a buffer that is valid only during the call. A trailing
/// `\r` (Windows line ends) is dropped. The buffer grows to fit the longest line.
final class LineReader {
    private let source: ByteSource
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var start = 0
    private var end = 0
    private var atEnd = false

    init(source: ByteSource, chunkSize: Int = 1 << 20) {
        self.source = source
        buffer = .allocate(capacity: chunkSize)
    }

    deinit { buffer.deallocate() }

    /// Calls `body` with each line (without its line end) and its 1-based line number.
    /// `body` returns false to stop early.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws(CorpusError) -> Bool) throws(CorpusError) {
        var lineNumber = 0
        while true {
            // Look for the next line end in what is buffered.
            if let newline = findNewline() {
                lineNumber += 1
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
                start = newline + 1
                if try !body(line, lineNumber) { return }
                continue
            }
            if atEnd {
                if start < end {
                    lineNumber += 1
                    var lineEnd = end
                    if buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                    let line = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
                    start = end
                    _ = try body(line, lineNumber)
                }
                return
            }
            try refill()
        }
    }

    private func findNewline() -> Int? {
        guard start < end, let base = buffer.baseAddress else { return nil }
        guard let found = memchrNewline(base + start, end - start) else { return nil }
        return start + found
    }

    /// Moves the partial line to the front, grows the buffer when one line fills it, reads more.
    private func refill() throws(CorpusError) {
        if start > 0 {
            let pending = end - start
            if pending > 0, let base = buffer.baseAddress {
                (base).update(from: base + start, count: pending)
            }
            start = 0
            end = pending
        }
        if end == buffer.count {
            let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
            if let to = bigger.baseAddress, let from = buffer.baseAddress {
                to.initialize(from: from, count: end)
            }
            buffer.deallocate()
            buffer = bigger
        }
        let n = try source.read(into: UnsafeMutableBufferPointer(rebasing: buffer[end...]))
        if n == 0 { atEnd = true } else { end += n }
    }
}

/// The offset of the first `\n` in `count` bytes from `pointer`, or nil.
@inline(__always)
private func memchrNewline(_ pointer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int? {
    let buffer = UnsafeBufferPointer(start: pointer, count: count)
    return buffer.firstIndex(of: UInt8(ascii: "\n"))
}

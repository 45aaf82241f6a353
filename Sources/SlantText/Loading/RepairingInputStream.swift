import Foundation

/// An `InputStream` over a ``ByteSource`` that replaces invalid UTF-8 with U+FFFD on the way.
///
/// The CSV package decodes its input strictly and stops at the first bad byte; feeding it through
/// this stream lets a CSV file with a stray Latin-1 byte load like any other source, with a
/// warning naming the byte offset (``firstInvalidOffset``) instead of losing the rest of the file.
final class RepairingInputStream: InputStream {
    private let source: ByteSource
    private var raw: [UInt8] = []          // bytes read but not yet handed out (may end mid-sequence)
    private var pending: [UInt8] = []      // repaired bytes ready to hand out
    private var pendingStart = 0
    private var rawOffset = 0              // file offset of raw[0]
    private var sourceEnded = false
    private var status: Stream.Status = .notOpen
    private var failure: Error?
    /// File offset of the first invalid UTF-8 sequence, once one has been seen.
    private(set) var firstInvalidOffset: Int?
    /// The first error of the underlying source (e.g. a truncated gzip file).
    private(set) var sourceError: CorpusError?
    /// Bytes of the underlying file consumed so far.
    var bytesConsumed: Int { source.bytesConsumed }

    init(source: ByteSource) {
        self.source = source
        super.init(data: Data())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { failure }
    /// CSV.swift stops at the first false, so this must be exact: it reads ahead when needed.
    override var hasBytesAvailable: Bool {
        if pendingStart >= pending.count && !sourceEnded { fill() }
        return pendingStart < pending.count
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if pendingStart >= pending.count {
            if sourceEnded { status = .atEnd; return 0 }
            fill()
            if pendingStart >= pending.count {
                if failure != nil { status = .error; return -1 }
                status = .atEnd
                return 0
            }
        }
        let count = min(maxLength, pending.count - pendingStart)
        pending.withUnsafeBufferPointer { from in
            if let base = from.baseAddress { buffer.update(from: base + pendingStart, count: count) }
        }
        pendingStart += count
        return count
    }

    /// Reads the next chunk and repairs it, keeping an incomplete final sequence for later.
    private func fill() {
        pending.removeAll(keepingCapacity: true)
        pendingStart = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while pending.isEmpty && !sourceEnded {
            let n: Int
            do {
                n = try chunk.withUnsafeMutableBufferPointer { (b) throws(CorpusError) -> Int in try source.read(into: b) }
            } catch {
                sourceError = error
                failure = error
                sourceEnded = true
                n = 0
            }
            if n == 0 { sourceEnded = true } else { raw.append(contentsOf: chunk[0..<n]) }
            repair(isFinal: sourceEnded)
        }
    }

    private func repair(isFinal: Bool) {
        var consumed = 0
        raw.withUnsafeBufferPointer { all in
            while consumed < all.count {
                let rest = UnsafeBufferPointer(rebasing: all[consumed...])
                let (invalid, tail) = UTF8Validation.validPrefix(of: rest, isFinal: isFinal)
                if let invalid {
                    pending.append(contentsOf: rest[0..<invalid])
                    pending.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    if firstInvalidOffset == nil { firstInvalidOffset = rawOffset + consumed + invalid }
                    consumed += invalid + 1
                } else {
                    pending.append(contentsOf: rest[0..<(rest.count - tail)])
                    consumed += rest.count - tail
                    break
                }
            }
        }
        raw.removeFirst(consumed)
        rawOffset += consumed
    }
}

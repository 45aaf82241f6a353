import CZlib

/// Inflates a gzip file chunk by chunk with zlib, so a 250 MB corpus is never held decompressed.
///
/// Accepts concatenated gzip members (as `cat a.gz b.gz` makes) and zlib streams.
final class GzipByteSource: ByteSource {
    private let file: FileByteSource
    private let path: String
    private var stream = z_stream()
    private var input: UnsafeMutableBufferPointer<UInt8>
    private var inputEnded = false
    private var finished = false
    private var initialised = false

    var bytesConsumed: Int { file.bytesConsumed }
    var totalBytes: Int? { file.totalBytes }

    init(path: String) throws(CorpusError) {
        file = try FileByteSource(path: path)
        self.path = path
        input = .allocate(capacity: 1 << 18)
        // 15 + 32: any window size, detect gzip or zlib header automatically.
        let status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            input.deallocate()
            throw .corruptGzip(Origin(file: path), detail: "zlib could not start (status \(status))")
        }
        initialised = true
    }

    deinit {
        if initialised { inflateEnd(&stream) }
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CorpusError) -> Int {
        guard let out = buffer.baseAddress, buffer.count > 0, !finished else { return 0 }
        stream.next_out = out
        stream.avail_out = UInt32(clamping: buffer.count)
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !inputEnded {
                let n = try file.read(into: input)
                if n == 0 {
                    inputEnded = true
                } else {
                    stream.next_in = input.baseAddress
                    stream.avail_in = UInt32(n)
                }
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_STREAM_END:
                // Another gzip member may follow; anything else after the end is ignored by gzip too.
                if stream.avail_in == 0 && !inputEnded {
                    let n = try file.read(into: input)
                    if n == 0 { inputEnded = true } else {
                        stream.next_in = input.baseAddress
                        stream.avail_in = UInt32(n)
                    }
                }
                if stream.avail_in > 0 {
                    inflateReset(&stream)
                } else {
                    finished = true
                    return buffer.count - Int(stream.avail_out)
                }
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                // No progress possible: either the output is full (handled by the loop) or input ran out.
                if inputEnded && stream.avail_in == 0 {
                    throw .corruptGzip(Origin(file: path),
                                       detail: "file ends in the middle of compressed data (truncated?)")
                }
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw .corruptGzip(Origin(file: path), detail: "\(reason) near compressed byte \(file.bytesConsumed - Int(stream.avail_in))")
            }
        }
        return buffer.count - Int(stream.avail_out)
    }
}

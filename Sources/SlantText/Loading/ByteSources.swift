#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Something that hands out a file's bytes in chunks, so large corpora are never read whole.
protocol ByteSource: AnyObject {
    /// Fills `buffer` with up to `buffer.count` bytes; returns 0 at the end.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CorpusError) -> Int
    /// Bytes consumed from the underlying file so far (for progress).
    var bytesConsumed: Int { get }
    /// The file's size, when known.
    var totalBytes: Int? { get }
}

/// `read(2)` under a name that the `read(into:)` method does not shadow.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// Reads a file with POSIX `read(2)`.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let path: String
    private(set) var bytesConsumed = 0
    let totalBytes: Int?

    /// Opens `path` for reading, or throws `.pathNotFound` / `.unreadable`.
    init(path: String) throws(CorpusError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .pathNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                throw .unreadable(path: path, reason: "is a folder, not a file")
            }
            totalBytes = Int(info.st_size)
        } else {
            totalBytes = nil
        }
        descriptor = fd
        self.path = path
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CorpusError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = posixRead(descriptor, base, buffer.count)
            if n >= 0 {
                bytesConsumed += n
                return n
            }
            if errno == EINTR { continue }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// The whole file, for small files (a single article); large corpora stream instead.
    static func readAll(path: String) throws(CorpusError) -> [UInt8] {
        let source = try FileByteSource(path: path)
        var result: [UInt8] = []
        result.reserveCapacity(source.totalBytes ?? 0)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBufferPointer { (buffer) throws(CorpusError) -> Int in
                try source.read(into: buffer)
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
    }
}

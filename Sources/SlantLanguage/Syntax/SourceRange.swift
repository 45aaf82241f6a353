/// A span of source text as UTF-8 byte offsets: `start` inclusive, `end` exclusive.
///
/// Tokens and syntax nodes carry only offsets (two integers) so that a 10 MB script does not
/// pay for line/column bookkeeping on every token; ``SourceMap`` turns offsets into lines and
/// columns when a diagnostic or an AST dump needs them.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// Byte offset of the first byte.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// A zero-length range at `offset` (used for "expected X here" at end of input).
    public static func empty(at offset: Int) -> SourceRange {
        SourceRange(start: offset, end: offset)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    public var description: String { "\(start)..<\(end)" }
}

/// A resolved position: 1-based line and column, plus the 0-based UTF-8 byte offset.
///
/// Columns count Unicode scalars from the start of the line (a tab counts as one), which is
/// what editors that report "characters" show for ordinary text.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }
}

/// Line starts of one source text, for turning byte offsets into ``SourceLocation``s.
public struct SourceMap: Sendable {
    /// The source as UTF-8 bytes.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(_ source: String) {
        self.init(bytes: Array(source.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The 0-based index of the line holding `offset` (offsets past the end map to the last line).
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line and column of a byte offset, clamped to the text.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let index = lineIndex(of: clamped)
        let start = lineStarts[index]
        var column = 1
        var cursor = start
        while cursor < clamped {
            // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return SourceLocation(line: index + 1, column: column, offset: clamped)
    }

    /// The byte range of the line (without its newline) at 0-based `index`.
    public func lineRange(at index: Int) -> Range<Int> {
        guard index >= 0, index < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// `line:col-line:col` for a range, as AST dumps print it.
    public func describe(_ range: SourceRange) -> String {
        "\(location(of: range.start))-\(location(of: range.end))"
    }
}

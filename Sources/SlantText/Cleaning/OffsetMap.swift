/// Maps byte offsets in a cleaned (analysis) text back to UTF-8 byte offsets in the original.
///
/// The cleaned text is built from pieces of the original: verbatim runs (copied byte for byte)
/// and replacements (a curly quote `’` becoming `'`, `…` becoming `...`). Each piece is stored
/// once; a lookup is a binary search, so the map stays small even for large documents.
public struct OffsetMap: Sendable, Hashable {
    /// Piece starts and lengths, in cleaned and original bytes; pieces are in order in both texts.
    private var cleanedStarts: [Int] = []
    private var cleanedLengths: [Int] = []
    private var originalStarts: [Int] = []
    private var originalLengths: [Int] = []

    public init() {}

    /// Bytes of cleaned text covered so far.
    public private(set) var cleanedCount = 0

    /// Number of pieces (verbatim runs and replacements) in the map.
    public var pieceCount: Int { cleanedStarts.count }

    /// Records that the next `original.count` cleaned bytes are a verbatim copy of `original`.
    mutating func appendVerbatim(_ original: Range<Int>) {
        guard !original.isEmpty else { return }
        if let last = cleanedStarts.indices.last, cleanedLengths[last] == originalLengths[last],
           originalStarts[last] + originalLengths[last] == original.lowerBound {
            cleanedLengths[last] += original.count
            originalLengths[last] += original.count
        } else {
            push(cleanedLength: original.count, original: original)
        }
        cleanedCount += original.count
    }

    /// Records that the next `length` cleaned bytes replace the bytes of `original`.
    mutating func appendReplacement(length: Int, for original: Range<Int>) {
        guard length > 0 else { return }
        push(cleanedLength: length, original: original)
        cleanedCount += length
    }

    /// Forgets everything mapped at or after cleaned offset `count` (to undo a paragraph that
    /// turned out to be removed).
    mutating func truncate(toCleanedCount count: Int) {
        while let last = cleanedStarts.indices.last, cleanedStarts[last] >= count {
            cleanedStarts.removeLast()
            cleanedLengths.removeLast()
            originalStarts.removeLast()
            originalLengths.removeLast()
        }
        if let last = cleanedStarts.indices.last, cleanedStarts[last] + cleanedLengths[last] > count {
            // Only a verbatim run can straddle the cut: paragraphs start after a whole piece.
            let keep = count - cleanedStarts[last]
            cleanedLengths[last] = keep
            originalLengths[last] = keep
        }
        cleanedCount = min(cleanedCount, count)
    }

    private mutating func push(cleanedLength: Int, original: Range<Int>) {
        cleanedStarts.append(cleanedCount)
        cleanedLengths.append(cleanedLength)
        originalStarts.append(original.lowerBound)
        originalLengths.append(original.count)
    }

    /// The original offset where the cleaned byte at `offset` comes from (for a range's start).
    /// `offset == cleanedCount` maps to the end of the last piece.
    public func originalStart(ofCleaned offset: Int) -> Int {
        guard !cleanedStarts.isEmpty else { return 0 }
        if offset >= cleanedCount {
            let last = cleanedStarts.count - 1
            return originalStarts[last] + originalLengths[last]
        }
        let piece = lastPiece(startingAtOrBefore: max(offset, 0))
        let within = offset - cleanedStarts[piece]
        return cleanedLengths[piece] == originalLengths[piece]
            ? originalStarts[piece] + within
            : originalStarts[piece]
    }

    /// The original offset just after the cleaned byte before `offset` (for a range's end).
    public func originalEnd(ofCleaned offset: Int) -> Int {
        guard !cleanedStarts.isEmpty else { return 0 }
        if offset <= 0 { return originalStarts[0] }
        let piece = lastPiece(startingAtOrBefore: min(offset, cleanedCount) - 1)
        let within = min(offset, cleanedCount) - cleanedStarts[piece]
        return cleanedLengths[piece] == originalLengths[piece]
            ? originalStarts[piece] + within
            : originalStarts[piece] + originalLengths[piece]
    }

    /// The original byte range a cleaned byte range comes from. A range that covers part of a
    /// replacement widens to the whole original character.
    public func originalRange(ofCleaned range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let start = originalStart(ofCleaned: range.lowerBound)
            return start..<start
        }
        let start = originalStart(ofCleaned: range.lowerBound)
        return start..<max(start, originalEnd(ofCleaned: range.upperBound))
    }

    /// Maps increasing offsets in one forward pass (tokens arrive in order), instead of a binary
    /// search per lookup. Falls back to searching when asked to go backwards.
    struct Cursor {
        let map: OffsetMap
        private var piece = 0

        init(_ map: OffsetMap) { self.map = map }

        mutating func originalRange(ofCleaned range: Range<Int>) -> Range<Int> {
            guard !map.cleanedStarts.isEmpty, !range.isEmpty, range.upperBound <= map.cleanedCount else {
                return map.originalRange(ofCleaned: range)
            }
            let count = map.cleanedStarts.count
            if map.cleanedStarts[piece] > range.lowerBound { piece = map.lastPiece(startingAtOrBefore: range.lowerBound) }
            while piece + 1 < count && map.cleanedStarts[piece + 1] <= range.lowerBound { piece += 1 }
            let startPiece = piece
            var endPiece = piece
            while endPiece + 1 < count && map.cleanedStarts[endPiece + 1] < range.upperBound { endPiece += 1 }
            let start = map.cleanedLengths[startPiece] == map.originalLengths[startPiece]
                ? map.originalStarts[startPiece] + (range.lowerBound - map.cleanedStarts[startPiece])
                : map.originalStarts[startPiece]
            let end = map.cleanedLengths[endPiece] == map.originalLengths[endPiece]
                ? map.originalStarts[endPiece] + (range.upperBound - map.cleanedStarts[endPiece])
                : map.originalStarts[endPiece] + map.originalLengths[endPiece]
            return start..<max(start, end)
        }
    }

    /// Index of the last piece whose cleaned start is ≤ `offset`.
    fileprivate func lastPiece(startingAtOrBefore offset: Int) -> Int {
        var low = 0
        var high = cleanedStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if cleanedStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

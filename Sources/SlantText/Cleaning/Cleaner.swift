/// Turns an article's original text into analysis text, showing its work.
///
/// Each line is a paragraph. A paragraph is removed when it repeats an earlier one (captions
/// and leads pasted twice) or when a ``BoilerplateRule`` matches it; the rest is normalised by
/// ``TextNormalizer``. The result maps every offset back to the original and lists every removal.
public struct Cleaner: Sendable {
    /// The boilerplate rules, checked in order.
    public let rules: [BoilerplateRule]
    /// Paragraphs shorter than this many words are never treated as repeats: short lines
    /// ("Right.", a heading, a rhetorical refrain) legitimately recur; pasted captions and
    /// leads are long.
    public let minimumRepeatWords: Int

    private let compiled: [CompiledRule]
    private let longestRule: Int

    public init(rules: [BoilerplateRule] = BoilerplateRule.standard, minimumRepeatWords: Int = 10) {
        self.rules = rules
        self.minimumRepeatWords = minimumRepeatWords
        compiled = rules.map(CompiledRule.init)
        longestRule = rules.map(\.maxBytes).max() ?? 0
    }

    /// Cleans `text`.
    public func clean(_ text: String) -> CleanedText {
        var copy = text
        return copy.withUTF8 { clean(bytes: $0) }
    }

    /// Cleans original UTF-8 bytes.
    public func clean(bytes original: UnsafeBufferPointer<UInt8>) -> CleanedText {
        var output: [UInt8] = []
        output.reserveCapacity(original.count)
        var map = OffsetMap()
        var paragraphs: [CleanedParagraph] = []
        var removed: [RemovedSpan] = []
        var seen = ParagraphSet()
        var previousEnd = 0   // original offset just after the last kept paragraph

        var lineStart = 0
        while lineStart < original.count {
            var lineEnd = lineStart
            while lineEnd < original.count && original[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }

            let mark = output.count
            if mark > 0 {
                output.append(0x0A)
                map.appendReplacement(length: 1, for: previousEnd..<lineStart)
            }
            let textStart = output.count
            guard TextNormalizer.append(original, range: lineStart..<lineEnd, to: &output, map: &map) else {
                output.removeSubrange(mark...)
                map.truncate(toCleanedCount: mark)
                continue
            }
            let span = map.originalRange(ofCleaned: textStart..<output.count)
            let paragraph = output[textStart...]

            if let reason = removal(of: paragraph, span: span, seen: &seen) {
                output.removeSubrange(mark...)
                map.truncate(toCleanedCount: mark)
                if case .boilerplate(let id, _) = reason,
                   rules.first(where: { $0.id == id })?.scope == .paragraphAndRest {
                    removed.append(RemovedSpan(range: span.lowerBound..<lastContentEnd(original), reason: reason))
                    break
                }
                removed.append(RemovedSpan(range: span, reason: reason))
                continue
            }
            paragraphs.append(CleanedParagraph(cleaned: textStart..<output.count, original: span))
            previousEnd = span.upperBound
        }
        return CleanedText(bytes: output, map: map, paragraphs: paragraphs, removed: removed)
    }

    /// Why a paragraph goes, or nil when it stays. Registers it for the repeat check.
    private func removal(of paragraph: ArraySlice<UInt8>, span: Range<Int>, seen: inout ParagraphSet) -> RemovalReason? {
        if wordCount(paragraph) >= minimumRepeatWords {
            if let first = seen.insert(paragraph, span: span) { return .repeatedParagraph(firstOccurrence: first) }
        }
        guard paragraph.count <= longestRule else { return nil }
        return paragraph.withUnsafeBufferPointer { text in
            for rule in compiled where rule.matches(text) {
                return .boilerplate(ruleID: rule.rule.id, reason: rule.rule.reason)
            }
            return nil
        }
    }

    private func wordCount(_ paragraph: ArraySlice<UInt8>) -> Int {
        var words = 1
        for byte in paragraph where byte == 0x20 {
            words += 1
            if words >= minimumRepeatWords { break }
        }
        return words
    }

    /// The end of the last non-white-space byte of the text.
    private func lastContentEnd(_ original: UnsafeBufferPointer<UInt8>) -> Int {
        var end = original.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(original[end - 1]) { end -= 1 }
        return end
    }
}

/// The paragraphs seen so far in one document, for the repeat check.
///
/// Keyed by a fast 64-bit hash of the bytes (the standard `Hasher` costs as much as the rest of
/// cleaning together); equal hashes are confirmed by comparing bytes.
struct ParagraphSet {
    private var entries: [UInt64: [(bytes: [UInt8], span: Range<Int>)]] = [:]

    /// Adds `paragraph`; returns the span of an earlier identical paragraph instead, if any.
    mutating func insert(_ paragraph: ArraySlice<UInt8>, span: Range<Int>) -> Range<Int>? {
        let key = Self.hash(paragraph)
        if let bucket = entries[key], let match = bucket.first(where: { $0.bytes.elementsEqual(paragraph) }) {
            return match.span
        }
        entries[key, default: []].append((Array(paragraph), span))
        return nil
    }

    /// FNV-1a style mixing, eight bytes at a time.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
                i += 1
            }
        }
        return h ^ UInt64(bytes.count)
    }
}

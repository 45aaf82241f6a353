/// Why the cleaner left a piece of the original out of the analysis text.
public enum RemovalReason: Sendable, Hashable, CustomStringConvertible {
    /// The same paragraph (after normalisation) appeared earlier, at these original bytes.
    case repeatedParagraph(firstOccurrence: Range<Int>)
    /// A ``BoilerplateRule`` matched.
    case boilerplate(ruleID: String, reason: String)

    public var description: String {
        switch self {
        case .repeatedParagraph(let first):
            return "repeat of the paragraph at bytes \(first.lowerBound)..<\(first.upperBound)"
        case .boilerplate(let ruleID, let reason):
            return "\(reason) [\(ruleID)]"
        }
    }
}

/// A piece of the original text the cleaner removed, and why: nothing is dropped silently.
public struct RemovedSpan: Sendable, Hashable, CustomStringConvertible {
    /// UTF-8 byte range in the original text.
    public var range: Range<Int>
    public var reason: RemovalReason

    public init(range: Range<Int>, reason: RemovalReason) {
        self.range = range
        self.reason = reason
    }

    public var description: String { "bytes \(range.lowerBound)..<\(range.upperBound): \(reason)" }
}

/// One paragraph that survived cleaning: where it is in the analysis text and in the original.
public struct CleanedParagraph: Sendable, Hashable {
    /// Byte range in ``CleanedText/bytes``.
    public var cleaned: Range<Int>
    /// UTF-8 byte range in the original text (first to last non-space character).
    public var original: Range<Int>
}

/// The analysis text of one document, with the way back to the original.
///
/// Kept paragraphs are normalised (see ``TextNormalizer``) and joined with `\n`. Every offset
/// maps back through ``map``; every removal is listed in ``removed``.
public struct CleanedText: Sendable, Hashable {
    /// The analysis text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// Cleaned offset → original offset.
    public let map: OffsetMap
    /// The kept paragraphs, in order.
    public let paragraphs: [CleanedParagraph]
    /// What was removed, in original order.
    public let removed: [RemovedSpan]

    /// The analysis text as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Total original bytes inside removed spans.
    public var removedByteCount: Int { removed.reduce(0) { $0 + $1.range.count } }

    /// The analysis text of a cleaned byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }
}

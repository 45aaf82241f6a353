/// A pattern over one paragraph's normalised text, compared without regard to ASCII case.
public indirect enum TextPattern: Sendable, Hashable {
    case equals(String)
    case prefix(String)
    case suffix(String)
    case contains(String)
    /// Every pattern matches.
    case all([TextPattern])
    /// At least one pattern matches.
    case any([TextPattern])

    /// The pattern with its strings lower-cased to bytes once, for fast repeated matching.
    var compiled: CompiledPattern {
        func lower(_ s: String) -> [UInt8] { s.utf8.map(asciiLower) }
        switch self {
        case .equals(let s): return .equals(lower(s))
        case .prefix(let s): return .prefix(lower(s))
        case .suffix(let s): return .suffix(lower(s))
        case .contains(let s): return .contains(lower(s))
        case .all(let patterns): return .all(patterns.map(\.compiled))
        case .any(let patterns): return .any(patterns.map(\.compiled))
        }
    }
}

/// A ``TextPattern`` ready to run: its strings are lower-cased once, and the text's bytes are
/// folded to lower case as they are compared, so matching needs no lower-cased copy of the
/// paragraph (a rule may look at long paragraphs, such as photo galleries, cheaply).
indirect enum CompiledPattern: Sendable {
    case equals([UInt8])
    case prefix([UInt8])
    case suffix([UInt8])
    case contains([UInt8])
    case all([CompiledPattern])
    case any([CompiledPattern])

    /// `text` is normalised bytes in any case.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .equals(let s): return s.count == text.count && Self.equal(s, text, at: 0)
        case .prefix(let s): return s.count <= text.count && Self.equal(s, text, at: 0)
        case .suffix(let s): return s.count <= text.count && Self.equal(s, text, at: text.count - s.count)
        case .contains(let s): return Self.find(s, in: text)
        case .all(let patterns): return patterns.allSatisfy { $0.matches(text) }
        case .any(let patterns): return patterns.contains { $0.matches(text) }
        }
    }

    /// Whether `text[offset...]` starts with the lower-cased `needle`, ignoring ASCII case.
    private static func equal(_ needle: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var k = 0
        while k < needle.count {
            if asciiLower(text[offset + k]) != needle[k] { return false }
            k += 1
        }
        return true
    }

    private static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= text.count else { return false }
        var i = 0
        let last = text.count - needle.count
        while i <= last {
            if asciiLower(text[i]) == first && equal(needle, text, at: i) { return true }
            i += 1
        }
        return false
    }
}

@inline(__always)
func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}

/// A rule that recognises site furniture — teasers, credits, sign-up prompts — by a paragraph's
/// text. Rules are plain data (see ``BoilerplateRule/standard``), so the list can be read,
/// tested, and extended without touching the cleaner.
public struct BoilerplateRule: Sendable, Hashable, Identifiable {
    /// How much a matching paragraph takes with it.
    public enum Scope: Sendable, Hashable {
        /// Only the paragraph.
        case paragraph
        /// The paragraph and everything after it (a "More from …" teaser block ends an article).
        case paragraphAndRest
    }

    /// A short stable name, e.g. `teaser-more-from`.
    public var id: String
    /// Why it is removed, for listings ("photo credit").
    public var reason: String
    public var pattern: TextPattern
    public var scope: Scope
    /// Paragraphs longer than this (in normalised bytes) never match: boilerplate is short, and
    /// the limit keeps a rule from eating a real paragraph that happens to share a phrase.
    public var maxBytes: Int

    public init(id: String, reason: String, pattern: TextPattern, scope: Scope = .paragraph, maxBytes: Int = 200) {
        self.id = id
        self.reason = reason
        self.pattern = pattern
        self.scope = scope
        self.maxBytes = maxBytes
    }

    /// Whether the rule matches a paragraph's normalised text (see ``TextNormalizer``).
    public func matches(_ paragraph: String) -> Bool {
        let bytes = Array(paragraph.utf8)
        return bytes.withUnsafeBufferPointer { CompiledRule(self).matches($0) }
    }
}

/// A rule with its pattern compiled, as the cleaner runs it.
struct CompiledRule: Sendable {
    let rule: BoilerplateRule
    let pattern: CompiledPattern

    init(_ rule: BoilerplateRule) {
        self.rule = rule
        pattern = rule.pattern.compiled
    }

    /// `text` is the paragraph's normalised bytes.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.count <= rule.maxBytes && pattern.matches(text)
    }
}

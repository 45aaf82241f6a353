/// The text VADER actually scores: emojis replaced by their descriptions (and, in news mode,
/// curly quotes made straight), exactly as `polarity_scores` builds `text_no_emoji`.
struct VaderPreprocessor {
    let lexicon: VaderLexicon
    let straightensQuotes: Bool

    /// Where each byte of a rewritten text came from in the original, for evidence.
    struct Origins {
        /// Original UTF-8 offset of the character that produced each output byte.
        var starts: [Int] = []
        /// Original UTF-8 end offset of that character.
        var ends: [Int] = []
    }

    /// The rewritten text, or nil when the original needs no change (the common case, which
    /// then costs one scan and no allocation). `origins` is filled only when non-nil.
    func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, origins: inout Origins?) -> [UInt8]? {
        let count = bytes.count
        var index = 0
        var output: [UInt8] = []
        // Unchanged bytes are copied in runs; `runStart` is where the pending run begins.
        var runStart = 0
        var changed = false
        var lastReplacementEnd = -1
        while index < count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: index)
            guard let replacement = replacement(for: scalar) else {
                index += length
                continue
            }
            if !changed {
                changed = true
                output.reserveCapacity(count + 64)
            }
            // vaderSentiment: `prev_space = chr == ' '` after each character, True at the start,
            // False after an emoji.
            let previousIsSpace: Bool
            if index == 0 {
                previousIsSpace = true
            } else if index == lastReplacementEnd {
                previousIsSpace = false
            } else {
                previousIsSpace = bytes[index - 1] == 0x20
            }
            appendRun(bytes, from: runStart, to: index, into: &output, origins: &origins)
            let before = output.count
            switch replacement {
            case .straightQuote(let quote):
                output.append(quote)
            case .emoji(let description):
                if !previousIsSpace { output.append(0x20) }
                output.append(contentsOf: description)
            }
            if origins != nil {
                let added = output.count - before
                origins?.starts.append(contentsOf: repeatElement(index, count: added))
                origins?.ends.append(contentsOf: repeatElement(index + length, count: added))
            }
            index += length
            runStart = index
            lastReplacementEnd = index
        }
        guard changed else { return nil }
        appendRun(bytes, from: runStart, to: count, into: &output, origins: &origins)
        return output
    }

    /// Copies original bytes `start..<end` unchanged (each maps to itself for evidence).
    @inline(__always)
    private func appendRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
        into output: inout [UInt8], origins: inout Origins?
    ) {
        guard start < end else { return }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        if origins != nil {
            origins?.starts.append(contentsOf: start..<end)
            origins?.ends.append(contentsOf: (start + 1)...end)
        }
    }

    enum Replacement {
        case straightQuote(UInt8)
        case emoji([UInt8])
    }

    @inline(__always)
    private func replacement(for scalar: UInt32) -> Replacement? {
        if straightensQuotes, let quote = Self.straightQuote(for: scalar) {
            return .straightQuote(quote)
        }
        if let description = lexicon.emojiDescription(scalar) {
            return .emoji(description)
        }
        return nil
    }

    /// News mode: typographic quotes and apostrophes become their ASCII forms, so "don’t"
    /// negates like "don't" and “good” loses its quotes to punctuation stripping like "good".
    static func straightQuote(for scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return 0x27  // ‘ ’ ‚ ‛ ′ ʼ → '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return 0x22  // “ ” „ ‟ ″ → "
        default: return nil
        }
    }

    /// Decodes the scalar starting at `index` (the text is valid UTF-8: it came from a String).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0, index + 1 < count {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0, index + 2 < count {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if index + 3 < count {
            return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)  // unreachable for valid UTF-8; never loops forever
    }
}

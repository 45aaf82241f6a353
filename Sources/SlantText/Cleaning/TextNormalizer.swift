/// Rewrites one paragraph of original text into analysis form, recording every change in an
/// ``OffsetMap``:
///
/// - curly and typographic quotes become straight (`“ ” „ « »` → `"`, `‘ ’ ‚ ′` → `'`);
/// - dashes used as punctuation become `--` (em, en, figure and horizontal-bar dashes), the
///   Unicode hyphens and minus sign become `-`; `…` becomes `...`;
/// - every kind of space (no-break, thin, ideographic, tab) becomes a plain space, runs of
///   spaces collapse to one, and the paragraph is trimmed;
/// - invisible characters (zero-width space/joiners, soft hyphen, byte-order mark) are dropped.
///
/// ASCII text is copied in runs, so clean text costs little more than a copy.
struct TextNormalizer {
    /// What a non-ASCII scalar becomes.
    enum Rewrite {
        case keep
        case space
        case drop
        case replace(StaticString)
    }

    static func rewrite(_ scalar: UInt32) -> Rewrite {
        switch scalar {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E: return .replace("\"")
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A: return .replace("'")
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2E3A, 0x2E3B: return .replace("--")
        case 0x2010, 0x2011, 0x2212, 0xFE63, 0xFF0D: return .replace("-")
        case 0x2026: return .replace("...")
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029, 0x0085: return .space
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .drop
        default: return .keep
        }
    }

    /// Appends the normalised form of `original[range]` to `output`, mapping it in `map`.
    /// Returns false (and appends nothing) when the paragraph is only white space.
    static func append(_ original: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                       to output: inout [UInt8], map: inout OffsetMap) -> Bool {
        let startCount = output.count
        var pendingSpace: Range<Int>?   // a run of white space not yet written (dropped if trailing)
        var runStart = range.lowerBound // start of the verbatim run being accumulated
        var i = range.lowerBound

        func flushRun(upTo end: Int) {
            guard runStart < end else { return }
            if let space = pendingSpace {
                if output.count > startCount {
                    output.append(0x20)
                    map.appendReplacement(length: 1, for: space)
                }
                pendingSpace = nil
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: original[runStart..<end]))
            map.appendVerbatim(runStart..<end)
        }

        while i < range.upperBound {
            let byte = original[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D {
                flushRun(upTo: i)
                pendingSpace = (pendingSpace?.lowerBound ?? i)..<(i + 1)
                i += 1
                runStart = i
                continue
            }
            if byte < 0x80 { i += 1; continue }
            let (scalar, length) = decodeScalar(original, at: i, end: range.upperBound)
            switch rewrite(scalar) {
            case .keep:
                i += length
            case .space:
                flushRun(upTo: i)
                pendingSpace = (pendingSpace?.lowerBound ?? i)..<(i + length)
                i += length
                runStart = i
            case .drop:
                flushRun(upTo: i)
                if let space = pendingSpace { pendingSpace = space.lowerBound..<(i + length) }
                i += length
                runStart = i
            case .replace(let replacement):
                flushRun(upTo: i)
                if let space = pendingSpace {
                    if output.count > startCount {
                        output.append(0x20)
                        map.appendReplacement(length: 1, for: space)
                    }
                    pendingSpace = nil
                }
                let bytes = UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
                output.append(contentsOf: bytes)
                map.appendReplacement(length: bytes.count, for: i..<(i + length))
                i += length
                runStart = i
            }
        }
        flushRun(upTo: range.upperBound)
        return output.count > startCount
    }

    /// Decodes the scalar starting at `i` (which holds a byte ≥ 0x80). Invalid or truncated
    /// sequences (impossible after loading, which repairs UTF-8) decode as one byte of U+FFFD.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt32, Int) {
        let lead = bytes[i]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard i + length <= end else { return (0xFFFD, 1) }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (value, length)
    }
}

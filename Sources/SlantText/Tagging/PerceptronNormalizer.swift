/// The reference tagger's `_normalize`, and its code-point slicing (`word[-3:]`, `word[0]`),
/// on UTF-8 bytes.
///
/// Reference (textblob-aptagger 0.2.0, `taggers.py`):
/// ```python
/// if '-' in word and word[0] != '-': return '!HYPHEN'
/// elif word.isdigit() and len(word) == 4: return '!YEAR'
/// elif word[0].isdigit(): return '!DIGITS'
/// else: return word.lower()
/// ```
/// Python strings index by code point, so `len`, `word[0]` and `word[-3:]` count Unicode
/// scalars here, not bytes. `str.isdigit()` is true for scalars whose Numeric_Type is Decimal
/// or Digit (so "²" or "٣" count, "½" does not). ASCII words — nearly all of them — take a
/// byte-only path; others are decoded.
///
/// Known, harmless difference: Python's `str.lower()` applies the context-sensitive Greek
/// final-sigma rule and Swift's `lowercased()` does not. Every feature in the shipped model is
/// ASCII, so a word whose lowercase form keeps a non-ASCII letter matches no feature either way.
enum PerceptronNormalizer {
    static let hyphen = Array("!HYPHEN".utf8)
    static let year = Array("!YEAR".utf8)
    static let digits = Array("!DIGITS".utf8)

    /// Replaces `output` with the normalised form of `word`.
    static func normalize(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        guard let first = word.first else { return }  // Python would raise; we yield "".
        var isASCII = true
        var hasHyphen = false
        var allDigits = true
        for byte in word {
            if byte >= 0x80 { isASCII = false }
            if byte == UInt8(ascii: "-") { hasHyphen = true }
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { allDigits = false }
        }
        if hasHyphen && first != UInt8(ascii: "-") {
            output.append(contentsOf: hyphen)
            return
        }
        if isASCII {
            if allDigits && word.count == 4 {
                output.append(contentsOf: year)
            } else if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
                output.append(contentsOf: digits)
            } else {
                for byte in word {
                    output.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                }
            }
            return
        }
        let scalars = String(decoding: word, as: UTF8.self).unicodeScalars
        if scalars.count == 4 && scalars.allSatisfy(isPythonDigit) {
            output.append(contentsOf: year)
        } else if let firstScalar = scalars.first, isPythonDigit(firstScalar) {
            output.append(contentsOf: digits)
        } else {
            output.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
        }
    }

    /// Python's `str.isdigit()` for one code point.
    static func isPythonDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.numericType {
        case .decimal?, .digit?: true
        default: false
        }
    }

    /// The byte range of the last `count` code points of well-formed UTF-8 (`word[-count:]`).
    @inline(__always)
    static func lastScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> Range<Int> {
        var start = bytes.count
        var found = 0
        while start > 0 && found < count {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { found += 1 }
        }
        return start..<bytes.count
    }

    /// The byte range of the first code point (`word[0]`), empty for an empty word.
    @inline(__always)
    static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard !bytes.isEmpty else { return 0..<0 }
        var end = 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return 0..<end
    }
}

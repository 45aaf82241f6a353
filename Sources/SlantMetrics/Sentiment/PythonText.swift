/// Python 3 `str` semantics that VADER relies on, on UTF-8 bytes.
///
/// VADER tokenises with `str.split()`, strips `string.punctuation`, and tests `str.isupper()`.
/// Each of these is Unicode-aware in Python, so the byte-level fast paths below fall back to
/// scalar properties whenever a byte is not ASCII.
enum PythonText {
    /// Length in bytes of the Python whitespace character starting at `index`, or 0.
    ///
    /// Python's `str.split()` with no argument splits on exactly these code points:
    /// U+0009–U+000D, U+001C–U+001F, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F and U+3000. (U+200B ZERO WIDTH SPACE is *not* whitespace.)
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) ? 1 : 0
        }
        let count = bytes.count
        switch byte {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            let next = bytes[index + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        case 0xE1:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 {
                // U+2000–U+200A, U+2028, U+2029, U+202F
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0  // U+205F
        case 0xE3:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0  // U+3000
        default:
            return 0
        }
    }

    /// Whether `byte` is in Python's `string.punctuation` (ASCII only).
    @inline(__always)
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Python's `str.isupper()` for text that contains non-ASCII scalars: false if any scalar is
    /// lowercase or titlecase, otherwise true when at least one scalar is uppercase.
    static func isUpper(_ text: Substring.UnicodeScalarView) -> Bool {
        var cased = false
        for scalar in text {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                return false
            }
            if !cased && properties.isUppercase { cased = true }
        }
        return cased
    }
}

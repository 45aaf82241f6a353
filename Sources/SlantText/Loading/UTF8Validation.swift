/// UTF-8 checks on raw bytes: where the first invalid sequence or NUL byte is.
///
/// Loaders use these to warn with an exact byte offset before decoding with replacement
/// (`String(decoding:as:)` turns each invalid sequence into U+FFFD).
public enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all
    /// of `bytes` is valid. A sequence cut off by the end of the buffer counts as invalid.
    public static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        validPrefix(of: bytes, isFinal: true).invalidAt
    }

    /// Walks `bytes` and returns the first invalid offset, if any, and how many bytes at the end
    /// form an incomplete (but so far valid) sequence — which a streaming reader keeps for the
    /// next chunk when `isFinal` is false.
    static func validPrefix(of bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> (invalidAt: Int?, incompleteTail: Int) {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return (nil, 0) }
        var i = 0
        while i < count {
            // Fast path: eight ASCII bytes at a time.
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondHigh = 0x9F
            case 0xF0: length = 4; secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondHigh = 0x8F
            default: return (i, 0)
            }
            for k in 1..<length {
                if i + k >= count {
                    return isFinal ? (i, 0) : (nil, count - i)
                }
                let byte = base[i + k]
                let ok = k == 1 ? (byte >= secondLow && byte <= secondHigh) : (byte & 0xC0 == 0x80)
                if !ok { return (i, 0) }
            }
            i += length
        }
        return (nil, 0)
    }

    /// The offset of the first NUL byte, or nil. Text never holds NUL; binary files nearly always do.
    static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.firstIndex(of: 0)
    }
}

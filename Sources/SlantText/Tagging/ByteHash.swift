/// A small, fast, non-cryptographic 64-bit hash of a byte string.
///
/// Used only to place keys in the tagger's lookup tables, never persisted, so it may change
/// freely. Eight bytes are mixed per step (tagger keys are mostly 2–12 bytes long), and a
/// final avalanche spreads every input bit over the high and low halves, because the tables
/// use the low bits for the slot and the high bits as a quick filter.
enum ByteHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let finalMultiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: bytes.count)
        guard let base = bytes.baseAddress else { return avalanche(state) }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            state = (state ^ chunk) &* multiplier
            state ^= state >> 32
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            state = (state ^ tail) &* multiplier
            state ^= state >> 32
        }
        return avalanche(state)
    }

    @inline(__always)
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* finalMultiplier
        x ^= x >> 33
        return x
    }
}

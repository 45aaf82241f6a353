/// Maps a feature — a template plus up to two interned arguments — to its row of weights.
///
/// Arguments are first interned to small integers (``ByteStringTable``), so a feature key is a
/// 40-bit integer: 4 bits of template, two 18-bit argument ids. A slot packs the key and the
/// feature id + 1 into one `UInt64` (0 = empty), so a probe touches a single word of memory and
/// compares integers exactly — no strings are built or compared while tagging.
struct FeatureKeyTable: Sendable {
    static let argumentBits = 18
    /// Argument ids must stay below this (the loader checks).
    static let argumentLimit = 1 << argumentBits
    /// Feature ids must stay below this (the loader checks).
    static let featureLimit = (1 << 24) - 1

    private var slots: [UInt64]
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 64) {
        var capacity = 64
        var bits: UInt64 = 6
        while capacity < minimumCapacity * 2 {
            capacity <<= 1
            bits += 1
        }
        slots = Array(repeating: 0, count: capacity)
        shift = 64 - bits
    }

    /// The packed key of a feature; `second` is 0 for one-argument templates.
    @inline(__always)
    static func key(_ template: FeatureTemplate, _ first: Int32, _ second: Int32 = 0) -> UInt64 {
        UInt64(template.rawValue) << 36 | UInt64(UInt32(bitPattern: first)) << 18 | UInt64(UInt32(bitPattern: second))
    }

    /// The feature id stored for `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let entry = slots[slot]
                if entry == 0 { return -1 }
                if entry >> 24 == key { return Int32(truncatingIfNeeded: entry & 0xFF_FFFF) - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Records `key → feature`; the caller guarantees `key` is new and `feature < featureLimit`.
    mutating func insert(_ key: UInt64, feature: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        place(key << 24 | UInt64(feature + 1))
        count += 1
    }

    private mutating func place(_ entry: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ((entry >> 24) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        for entry in old where entry != 0 { place(entry) }
    }
}

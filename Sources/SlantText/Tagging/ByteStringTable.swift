/// An append-only interning table from byte strings to dense ids `0..<count`.
///
/// Built once when the tagger model loads, then only read. All keys live in one flat byte array,
/// so the table costs a handful of allocations however many keys it holds. Lookups are exact:
/// a hash match is always confirmed by comparing the bytes, so an unknown word can never borrow
/// the weights of a known one.
struct ByteStringTable: Sendable {
    /// Every key's bytes, back to back; key `id` is `keyBytes[keyStarts[id]..<keyStarts[id + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    /// Open-addressing slots (linear probing). A slot holds `(hash high 32 bits) << 32 | (id + 1)`;
    /// 0 marks an empty slot. Keeping part of the hash in the slot lets most mismatches be
    /// rejected without touching the key bytes.
    private var slots: [UInt64]
    private var mask: Int

    init(minimumCapacity: Int = 64) {
        var capacity = 64
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The number of distinct keys.
    var count: Int { keyStarts.count - 1 }

    /// The bytes of key `id`, as an array (for diagnostics and tests, not the hot path).
    func key(_ id: Int32) -> [UInt8] {
        let index = Int(id)
        return Array(keyBytes[Int(keyStarts[index])..<Int(keyStarts[index + 1])])
    }

    /// The id of `key`, or -1 when it is not in the table.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = ByteHash.hash(key)
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { bytes in
                keyStarts.withUnsafeBufferPointer { starts in
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return -1 }
                        if entry >> 32 == tag {
                            let id = Int(entry & 0xFFFF_FFFF) - 1
                            let start = Int(starts[id])
                            let length = Int(starts[id + 1]) - start
                            if length == key.count {
                                guard let stored = bytes.baseAddress, let probe = key.baseAddress else {
                                    return Int32(id)  // both empty
                                }
                                if ByteStringTable.bytesEqual(stored + start, probe, length) { return Int32(id) }
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Inserts `key` if absent; returns its id and whether it was new.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let existing = find(key)
        if existing >= 0 { return (existing, false) }
        if (count + 1) * 2 > slots.count { grow() }
        let id = count
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        place(id: id, hash: ByteHash.hash(key))
        return (Int32(id), true)
    }

    /// Convenience for inserting a Swift string's UTF-8 bytes.
    @discardableResult
    mutating func insert(_ key: String) -> (id: Int32, inserted: Bool) {
        var copy = key
        return copy.withUTF8 { insert($0) }
    }

    /// Convenience lookup of a Swift string's UTF-8 bytes.
    func find(_ key: String) -> Int32 {
        var copy = key
        return copy.withUTF8 { find($0) }
    }

    private mutating func place(id: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(id + 1)
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for id in 0..<count {
            let start = Int(keyStarts[id])
            let end = Int(keyStarts[id + 1])
            let hash = keyBytes.withUnsafeBufferPointer { ByteHash.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            place(id: id, hash: hash)
        }
    }

    /// Byte-wise equality of two non-empty ranges of `length` bytes.
    @inline(__always)
    static func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var index = 0
        while index + 8 <= length {
            let x = UnsafeRawPointer(a + index).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(b + index).loadUnaligned(as: UInt64.self)
            if x != y { return false }
            index += 8
        }
        while index < length {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }
}

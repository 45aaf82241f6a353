/// A read-only map from words to values that ignores ASCII case, looked up straight from a
/// token's UTF-8 bytes: no lowercased copy, no allocation per lookup.
///
/// Built once from a lexicon, then shared. Keys live back to back in one byte array, folded to
/// lower case; slots use open addressing with linear probing. Non-ASCII bytes are compared as
/// they are, so "François" matches only "françois" (the lexicons here are ASCII).
struct FoldedWordTable<Value: Sendable>: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var values: [Value] = []
    /// `id + 1` of the key in each slot; 0 marks an empty slot.
    private var slots: [Int32]
    private var mask: Int

    /// Builds the table; when a key repeats, `merge` combines the old and the new value.
    init(_ entries: [(String, Value)], merge: (Value, Value) -> Value = { _, new in new }) {
        var capacity = 16
        while capacity < entries.count * 2 + 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var folded = Array(key.utf8)
            for index in folded.indices { folded[index] = FoldedWordTable.fold(folded[index]) }
            let existing = folded.withUnsafeBufferPointer { find($0) }
            if existing >= 0 {
                values[existing] = merge(values[existing], value)
                continue
            }
            let id = values.count
            keyBytes.append(contentsOf: folded)
            keyStarts.append(Int32(keyBytes.count))
            values.append(value)
            var slot = Int(truncatingIfNeeded: folded.withUnsafeBufferPointer { FoldedWordTable.hash($0) }) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    var count: Int { values.count }

    /// The value for `word` in any ASCII case, or nil.
    func value(for word: String) -> Value? {
        let id = word.utf8.withContiguousStorageIfAvailable { find($0) } ?? {
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { find($0) }
        }()
        return id >= 0 ? values[id] : nil
    }

    /// The value for a byte string in any ASCII case, or nil.
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let id = find(bytes)
        return id >= 0 ? values[id] : nil
    }

    /// The id of the key equal to `bytes` after folding, or -1.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard !values.isEmpty else { return -1 }
        var slot = Int(truncatingIfNeeded: FoldedWordTable.hash(bytes)) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                keyStarts.withUnsafeBufferPointer { starts in
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return -1 }
                        let id = entry - 1
                        let start = Int(starts[id])
                        let length = Int(starts[id + 1]) - start
                        if length == bytes.count {
                            var index = 0
                            while index < length, keys[start + index] == FoldedWordTable.fold(bytes[index]) { index += 1 }
                            if index == length { return id }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// FNV-1a over the folded bytes: words are short, so a simple byte loop is fast enough.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(fold(byte))) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}

extension FoldedWordTable {
    /// ASCII-case-insensitive equality of two strings.
    static func equalFolded(_ a: String, _ b: String) -> Bool {
        let x = a.utf8
        let y = b.utf8
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { fold($0) == fold($1) }
    }
}

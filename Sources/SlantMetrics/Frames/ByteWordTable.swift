/// A hash table from lowercase ASCII words (as bytes) to small integer lists, for looking up
/// token texts without allocating a `String` per token.
struct ByteWordTable: Sendable {
    private var keys: [[UInt8]?]
    private var values: [[Int32]]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: [], count: size)
        mask = size - 1
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// Appends `value` to the list of `key` (lowercase bytes).
    mutating func append(_ value: Int32, for key: [UInt8]) {
        if (count + 1) * 2 > keys.count { grow() }
        let slot = key.withUnsafeBufferPointer { find($0) }
        if keys[slot] == nil {
            keys[slot] = key
            count += 1
        }
        if !values[slot].contains(value) { values[slot].append(value) }
    }

    /// The list of `key`; empty when absent.
    func values(for key: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let slot = find(key)
        return keys[slot] == nil ? [] : values[slot]
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var slot = Self.hash(key) & mask
        while let stored = keys[slot] {
            if stored.count == key.count, stored.withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: [], count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, list) in zip(oldKeys, oldValues) {
            guard let key else { continue }
            for value in list { append(value, for: key) }
        }
    }
}

/// ASCII-lowercases `text`'s UTF-8 bytes into `buffer` (reused between calls).
@inline(__always)
func lowercaseBytes(_ text: String, into buffer: inout [UInt8]) {
    buffer.removeAll(keepingCapacity: true)
    for byte in text.utf8 {
        buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
}

/// Finds the class index of a tag name (`NN`, `PRP$`, `-LRB-`) from its bytes.
///
/// The weights file names a tag on each of its 375k lines, so this lookup is on the loading
/// path: a name of up to 7 bytes is packed, with its length, into one integer and found in a
/// small open-addressing table, without hashing or comparing bytes.
struct TagNameTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]

    /// `names[i]` gets class index `i`.
    init(_ names: [String]) {
        keys = Array(repeating: 0, count: 256)
        values = Array(repeating: 0, count: 256)
        for (index, name) in names.enumerated() {
            var copy = name
            guard let key = copy.withUTF8({ Self.pack($0) }) else { continue }
            var slot = Self.slot(key)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & 255 }
            keys[slot] = key
            values[slot] = UInt8(truncatingIfNeeded: index)
        }
    }

    /// The class index of `name`, or nil when it is not one of the names.
    func find(_ name: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard let key = Self.pack(name) else { return nil }
        var slot = Self.slot(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & 255
        }
        return nil
    }

    /// Bytes in the low 56 bits, length in the top 8 (never 0 for a non-empty name); nil when
    /// the name is empty or longer than 7 bytes.
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 7 else { return nil }
        var key = UInt64(bytes.count) << 56
        for (offset, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
        return key
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }
}

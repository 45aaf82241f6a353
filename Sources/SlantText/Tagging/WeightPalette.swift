/// The distinct weight values of the model, each stored once.
///
/// The shipped model has 374,698 weights but only 15,646 distinct values, so a weight entry
/// stores a palette index instead of a `Double`: entries shrink from 16 to 4 bytes and the
/// palette (125 KB) stays in cache while tagging. Values are deduplicated by bit pattern, so a
/// palette value is exactly the parsed weight.
struct WeightPalette: Sendable {
    private(set) var values: [Double] = []
    private var slotKeys: [UInt64]
    private var slotIndices: [Int32]

    init() {
        slotKeys = Array(repeating: 0, count: 1 << 15)
        slotIndices = Array(repeating: -1, count: 1 << 15)
    }

    /// The palette index of `value`, adding it if new.
    mutating func index(of value: Double) -> Int {
        let key = value.bitPattern
        var mask = slotKeys.count - 1
        var slot = Self.slot(key, mask)
        while slotIndices[slot] >= 0 {
            if slotKeys[slot] == key { return Int(slotIndices[slot]) }
            slot = (slot + 1) & mask
        }
        let index = values.count
        values.append(value)
        if values.count * 2 > slotKeys.count {
            grow()
            mask = slotKeys.count - 1
            slot = Self.slot(key, mask)
            while slotIndices[slot] >= 0 { slot = (slot + 1) & mask }
        }
        slotKeys[slot] = key
        slotIndices[slot] = Int32(index)
        return index
    }

    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    private mutating func grow() {
        let capacity = slotKeys.count * 2
        slotKeys = Array(repeating: 0, count: capacity)
        slotIndices = Array(repeating: -1, count: capacity)
        let mask = capacity - 1
        for (index, value) in values.enumerated().dropLast() {
            var slot = Self.slot(value.bitPattern, mask)
            while slotIndices[slot] >= 0 { slot = (slot + 1) & mask }
            slotKeys[slot] = value.bitPattern
            slotIndices[slot] = Int32(index)
        }
    }
}

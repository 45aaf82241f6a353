/// Words VADER's code compares by spelling (after `lower()`), rather than through a dictionary.
enum VaderRuleWord: UInt8, Sendable {
    case none, no, but, least, kind, of, or, nor, never, so, this, without, doubt, at, very

    init(spelling: String) {
        switch spelling {
        case "no": self = .no
        case "but": self = .but
        case "least": self = .least
        case "kind": self = .kind
        case "of": self = .of
        case "or": self = .or
        case "nor": self = .nor
        case "never": self = .never
        case "so": self = .so
        case "this": self = .this
        case "without": self = .without
        case "doubt": self = .doubt
        case "at": self = .at
        case "very": self = .very
        default: self = .none
        }
    }

    static let allSpellings = [
        "no", "but", "least", "kind", "of", "or", "nor", "never", "so", "this", "without", "doubt",
        "at", "very",
    ]
}

/// Everything VADER knows about one lowercased spelling, merged from the lexicon, the booster
/// dictionary, the negation list and the rule words, so a token needs a single lookup.
struct VaderWordEntry: Sendable {
    /// `lexicon[word]`, meaningful when `isLexicon`.
    var valence: Double = 0
    /// `BOOSTER_DICT[word]`, meaningful when `isBooster`.
    var booster: Double = 0
    var isLexicon = false
    var isBooster = false
    /// In `NEGATE` (the `"n't"` substring test is made per token, not here).
    var isNegation = false
    var rule: VaderRuleWord = .none
    /// Identifies the word inside multi-word keys (`"kiss of death"`, `"kind of"`); 0 = none.
    var phraseWord: UInt32 = 0

    static let unknown = VaderWordEntry()
}

/// An open-addressing hash table from lowercased UTF-8 spellings to `VaderWordEntry`.
///
/// Lookups hash and compare raw bytes, lowercasing ASCII on the fly, so the hot path never
/// builds a `String` for a token. Each slot holds 32 bits of the key's hash next to the record
/// index, so a miss (most tokens) usually touches one cache line, and a record keeps the entry
/// with its key's location, so a hit touches three.
struct VaderWordTable: Sendable {
    private struct Record: Sendable {
        var entry: VaderWordEntry
        var keyStart: Int32
        var keyLength: Int32
    }

    private var keyBytes: [UInt8] = []
    private var records: [Record] = []
    /// 0 = empty; otherwise high 32 bits of the hash | (record index + 1).
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step; callers fold ASCII case before calling when they look up `lower()`.
    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// FNV-1a over the bytes, with ASCII folded to lowercase when `foldASCII` is set.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldASCII: Bool) -> UInt64 {
        var hash = hashSeed
        for byte in bytes {
            hash = hashStep(hash, foldASCII && byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return hash
    }

    /// FNV-1a's low bits mix poorly; fold the high half in before masking.
    @inline(__always)
    private func firstSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    /// The entry for `bytes` (ASCII-lowercased first when `foldASCII`), or nil.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, foldASCII: Bool) -> VaderWordEntry? {
        lookup(bytes, hash: Self.hash(bytes, foldASCII: foldASCII), foldASCII: foldASCII)
    }

    /// As `lookup(_:foldASCII:)`, with the hash already computed by the caller.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, foldASCII: Bool) -> VaderWordEntry? {
        var slot = firstSlot(hash)
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                keyBytes.withUnsafeBufferPointer { keys in
                    while true {
                        let value = slots[slot]
                        if value == 0 { return nil }
                        if value & 0xFFFF_FFFF_0000_0000 == tag {
                            let record = records[Int(value & 0xFFFF_FFFF) - 1]
                            if Int(record.keyLength) == bytes.count
                                && Self.equal(bytes, keys, from: Int(record.keyStart), foldASCII: foldASCII) {
                                return record.entry
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func equal(
        _ bytes: UnsafeBufferPointer<UInt8>, _ keys: UnsafeBufferPointer<UInt8>, from start: Int, foldASCII: Bool
    ) -> Bool {
        var offset = start
        for byte in bytes {
            let folded = foldASCII && byte &- 0x41 < 26 ? byte | 0x20 : byte
            if keys[offset] != folded { return false }
            offset += 1
        }
        return true
    }

    /// Applies `change` to the entry for `key` (exact bytes), inserting an empty entry first if
    /// the key is new.
    mutating func update(_ key: String, _ change: (inout VaderWordEntry) -> Void) {
        let bytes = Array(key.utf8)
        let hash = bytes.withUnsafeBufferPointer { Self.hash($0, foldASCII: false) }
        var slot = firstSlot(hash)
        while slots[slot] != 0 {
            let value = slots[slot]
            let index = Int(value & 0xFFFF_FFFF) - 1
            let record = records[index]
            if value & 0xFFFF_FFFF_0000_0000 == Self.tag(hash)
                && keyBytes[Int(record.keyStart)..<Int(record.keyStart + record.keyLength)].elementsEqual(bytes) {
                change(&records[index].entry)
                return
            }
            slot = (slot + 1) & mask
        }
        if (records.count + 1) * 2 > slots.count {
            grow()
            update(key, change)
            return
        }
        records.append(Record(
            entry: VaderWordEntry(), keyStart: Int32(keyBytes.count), keyLength: Int32(bytes.count)))
        keyBytes.append(contentsOf: bytes)
        slots[slot] = Self.tag(hash) | UInt64(records.count)
        change(&records[records.count - 1].entry)
    }

    var count: Int { records.count }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (index, record) in records.enumerated() {
            let start = Int(record.keyStart), end = start + Int(record.keyLength)
            let hash = keyBytes[start..<end].withUnsafeBufferPointer { Self.hash($0, foldASCII: false) }
            var slot = firstSlot(hash)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.tag(hash) | UInt64(index + 1)
        }
    }
}

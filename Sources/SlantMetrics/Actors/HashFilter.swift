/// A set of 64-bit hashes that answers "certainly not in the set" with one bit test: bit
/// `hash mod 2¹⁶` is set for every member. False positives are possible (a caller checks
/// further); false negatives are not.
struct HashFilter: Sendable {
    private static let bits = 1 << 16
    private var words = [UInt64](repeating: 0, count: HashFilter.bits / 64)

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes {
            let bit = Int(truncatingIfNeeded: hash) & (Self.bits - 1)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False when `hash` is certainly not a member.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash) & (Self.bits - 1)
        // In range by construction: bit < 2¹⁶, so bit >> 6 < words.count.
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

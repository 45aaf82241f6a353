/// A byte trie of cue prefixes: walking a word's bytes once finds every prefix cue it starts
/// with (instead of one hash lookup per prefix length).
struct PrefixTrie: Sendable {
    /// 256 child slots per node (0 = none); node 0 is the root.
    private var children: [Int32] = Array(repeating: 0, count: 256)
    /// The cue indices that end at each node.
    private var ends: [[Int32]] = [[]]

    mutating func insert(_ bytes: [UInt8], value: Int32) {
        var node = 0
        for byte in bytes {
            let slot = node * 256 + Int(byte)
            if children[slot] == 0 {
                children[slot] = Int32(ends.count)
                children.append(contentsOf: repeatElement(0, count: 256))
                ends.append([])
            }
            node = Int(children[slot])
        }
        ends[node].append(value)
    }

    /// Calls `body` with the cue indices of every prefix of `word`, shortest first.
    func forEachPrefix(of word: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
        var node = 0
        for byte in word {
            let next = Int(children[node * 256 + Int(byte)])
            guard next != 0 else { return }
            node = next
            for value in ends[node] { body(value) }
        }
    }
}

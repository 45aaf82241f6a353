import SlantText

/// Counts the words and word pairs of many documents in one pass, with integer keys: each
/// token's folded text is looked up once, a pair is two word ids packed in one `UInt64`, and
/// the text of a pair is built only once per distinct pair, at the end. (A string per pair per
/// occurrence made keyness on the 5,975-article corpus several times slower.)
struct TermCounter {
    private var wordIDs: [String: UInt32] = [:]
    private var words: [String] = []
    /// Per size (1 and/or 2): term key → index in that size's first-appearance order.
    private var order: [Int: [UInt64]] = [:]
    private var seen: [Int: [UInt64: Int]] = [:]
    /// Per size, per group: term index → count.
    private var counts: [Int: [[Int: Int]]] = [:]
    private let sizes: [Int]
    private let groupCount: Int

    init(sizes: [Int], groupCount: Int) {
        self.sizes = sizes
        self.groupCount = groupCount
        for size in sizes {
            order[size] = []
            seen[size] = [:]
            counts[size] = Array(repeating: [:], count: groupCount)
        }
    }

    mutating func add(_ document: AnalysedDocument, group: Int) {
        let wantWords = sizes.contains(1)
        let wantPairs = sizes.contains(2)
        for sentence in document.sentences {
            var previous: UInt32?
            for tokenIndex in sentence.tokens {
                let token = document.tokens[tokenIndex]
                guard token.isWord else {
                    previous = nil
                    continue
                }
                let id = wordID(TermText.folded(token.text))
                if wantWords { count(UInt64(id), size: 1, group: group) }
                if wantPairs, let previous { count(UInt64(previous) << 32 | UInt64(id), size: 2, group: group) }
                previous = id
            }
        }
    }

    private mutating func wordID(_ word: String) -> UInt32 {
        if let id = wordIDs[word] { return id }
        let id = UInt32(words.count)
        wordIDs[word] = id
        words.append(word)
        return id
    }

    private mutating func count(_ key: UInt64, size: Int, group: Int) {
        let index: Int
        if let existing = seen[size]?[key] {
            index = existing
        } else {
            index = order[size]?.count ?? 0
            seen[size]?[key] = index
            order[size]?.append(key)
        }
        counts[size]?[group][index, default: 0] += 1
    }

    /// The counts of one size as ``TermCounts``.
    func termCounts(size: Int, groups: [String]) -> TermCounts {
        let keys = order[size] ?? []
        let terms = keys.map { key -> String in
            size == 1 ? words[Int(key)] : words[Int(key >> 32)] + " " + words[Int(key & 0xFFFF_FFFF)]
        }
        return TermCounts(groups: groups, size: size, terms: terms, counts: counts[size] ?? [])
    }
}

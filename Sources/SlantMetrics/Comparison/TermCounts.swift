import SlantText

/// How often each term (a word or a run of words) occurs in each group: the input of keyness
/// and of word-use distances.
///
/// Terms are lower-cased word and number tokens; a 2-gram is two such tokens next to each other
/// in one sentence, with nothing (no punctuation, quote or clitic) between them. Counts of
/// different n-gram sizes are kept apart, since their totals differ.
public struct TermCounts: Sendable {
    /// Group names, in the order given.
    public let groups: [String]
    /// The n-gram size of every term here (1 for words, 2 for pairs of words).
    public let size: Int
    /// The vocabulary, in order of first appearance.
    public private(set) var terms: [String] = []
    /// Per group: term index → count (sparse; most terms are absent from most groups).
    public private(set) var counts: [[Int: Int]]
    /// Per term: its count over all groups.
    public private(set) var totals: [Int] = []
    /// Per group: how many terms it has in all (its n).
    public private(set) var groupTotals: [Int]
    private var index: [String: Int] = [:]

    public init(groups: [String], size: Int = 1) {
        self.groups = groups
        self.size = max(1, size)
        counts = Array(repeating: [:], count: groups.count)
        groupTotals = Array(repeating: 0, count: groups.count)
    }

    /// Adds `count` occurrences of `term` to group number `group`.
    public mutating func add(_ term: String, toGroup group: Int, count: Int = 1) {
        guard groups.indices.contains(group), count > 0 else { return }
        let id: Int
        if let existing = index[term] {
            id = existing
        } else {
            id = terms.count
            index[term] = id
            terms.append(term)
            totals.append(0)
        }
        counts[group][id, default: 0] += count
        totals[id] += count
        groupTotals[group] += count
    }

    /// The index of a term, if it occurs.
    public func termIndex(_ term: String) -> Int? { index[term] }

    /// The count of term number `term` in group number `group`.
    public func count(ofTerm term: Int, inGroup group: Int) -> Int { counts[group][term] ?? 0 }

    /// All terms counted.
    public var grandTotal: Int { groupTotals.reduce(0, +) }

    /// Counts the n-grams of `size` in documents, each document in its group (groups in order of
    /// first appearance unless `groups` gives the order).
    public static func count(
        _ documents: [(group: String, document: AnalysedDocument)], size: Int = 1, groups: [String]? = nil
    ) -> TermCounts {
        count(documents, sizes: [size], groups: groups)[0]
    }

    /// Counts several n-gram sizes (1 and 2 are counted fast, in one pass; other sizes term by
    /// term), one ``TermCounts`` per size in the order given.
    public static func count(
        _ documents: [(group: String, document: AnalysedDocument)], sizes: [Int], groups: [String]? = nil
    ) -> [TermCounts] {
        var order = groups ?? []
        var known = Set(order)
        for item in documents where !known.contains(item.group) {
            known.insert(item.group)
            order.append(item.group)
        }
        let position = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let fast = Array(Set(sizes.filter { $0 == 1 || $0 == 2 })).sorted()
        var counter = TermCounter(sizes: fast, groupCount: order.count)
        if !fast.isEmpty {
            for item in documents {
                guard let group = position[item.group] else { continue }
                counter.add(item.document, group: group)
            }
        }
        return sizes.map { requested in
            let size = max(1, requested)
            if fast.contains(size) { return counter.termCounts(size: size, groups: order) }
            var result = TermCounts(groups: order, size: size)
            for item in documents {
                guard let group = position[item.group] else { continue }
                Self.forEachTerm(in: item.document, size: size) { term, _, _ in result.add(term, toGroup: group) }
            }
            return result
        }
    }

    /// Counts already made: `counts[group]` maps an index into `terms` to its count.
    init(groups: [String], size: Int, terms: [String], counts: [[Int: Int]]) {
        self.groups = groups
        self.size = max(1, size)
        self.terms = terms
        self.counts = groups.indices.map { $0 < counts.count ? counts[$0] : [:] }
        var totals = Array(repeating: 0, count: terms.count)
        var groupTotals = Array(repeating: 0, count: groups.count)
        for (group, map) in self.counts.enumerated() {
            for (term, count) in map where term < totals.count {
                totals[term] += count
                groupTotals[group] += count
            }
        }
        self.totals = totals
        self.groupTotals = groupTotals
        self.index = Dictionary(terms.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// Calls `body` with each n-gram of `size` in `document`: the lower-cased term, the sentence
    /// index and the token range it spans.
    public static func forEachTerm(in document: AnalysedDocument, size: Int, _ body: (String, Int, Range<Int>) -> Void) {
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            var run: [String] = []
            var runStart = sentence.tokens.lowerBound
            for tokenIndex in sentence.tokens {
                let token = document.tokens[tokenIndex]
                guard token.isWord else {
                    run.removeAll(keepingCapacity: true)
                    runStart = tokenIndex + 1
                    continue
                }
                run.append(TermText.folded(token.text))
                if run.count > size {
                    run.removeFirst()
                    runStart += 1
                }
                if run.count == size {
                    body(size == 1 ? run[0] : run.joined(separator: " "), sentenceIndex, runStart..<(tokenIndex + 1))
                }
            }
        }
    }
}

/// The form terms are compared in.
public enum TermText {
    /// Lower case; ASCII without going through Unicode tables (most news text is ASCII).
    public static func folded(_ text: String) -> String {
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard isASCII else { return text.lowercased() }
        guard hasUpper else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}

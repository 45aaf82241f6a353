/// What coverage looks at.
public enum CoverageKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case actor, speaker, number, date, name

    /// The order kinds are listed in.
    public static func < (a: CoverageKind, b: CoverageKind) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// One thing an outlet can include or leave out: an actor, a quoted speaker, a figure, a date,
/// a named event or entity.
public struct CoverageItem: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: CoverageKind
    /// As shown to readers ("Russia", "130", "November 13", "Islamic State").
    public var name: String

    public init(kind: CoverageKind, name: String) {
        self.kind = kind
        self.name = name
    }

    public static func < (a: CoverageItem, b: CoverageItem) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        let foldedA = TermText.folded(a.name)
        let foldedB = TermText.folded(b.name)
        return foldedA != foldedB ? foldedA < foldedB : a.name < b.name
    }

    public var description: String { "\(kind.rawValue) \(name)" }
}

/// Where an item was found.
public struct CoverageSighting: Sendable, Hashable {
    public var group: String
    public var item: CoverageItem
    public var sentence: SentenceKey

    public init(group: String, item: CoverageItem, sentence: SentenceKey) {
        self.group = group
        self.item = item
        self.sentence = sentence
    }
}

/// Which items each group includes: a presence matrix, with the items only one group has and
/// the items a group leaves out though most others have them.
public struct Coverage: Sendable {
    /// Groups, in the order given (then in order of first sighting).
    public let groups: [String]
    /// Items, sorted by kind then name.
    public let items: [CoverageItem]
    /// `counts[item][group]`: sentences of the group that include the item.
    public let counts: [[Int]]
    /// Per item and group, the sentences it was found in (in sighting order).
    public let sentences: [[[SentenceKey]]]
    /// An item is "missing from" a group that lacks it when more than this share of the other
    /// groups have it (0.5: more than half of them).
    public let missingShare: Double

    public init(_ sightings: [CoverageSighting], groups: [String] = [], missingShare: Double = 0.5) {
        var order = groups
        var known = Set(order)
        for sighting in sightings where !known.contains(sighting.group) {
            known.insert(sighting.group)
            order.append(sighting.group)
        }
        let items = Array(Set(sightings.map(\.item))).sorted()
        let itemIndex = Dictionary(items.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let groupIndex = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var sentences = Array(repeating: Array(repeating: [SentenceKey](), count: order.count), count: items.count)
        var seen = Set<CoverageSighting>()
        for sighting in sightings where seen.insert(sighting).inserted {
            guard let item = itemIndex[sighting.item], let group = groupIndex[sighting.group] else { continue }
            sentences[item][group].append(sighting.sentence)
        }
        self.groups = order
        self.items = items
        self.sentences = sentences
        self.counts = sentences.map { $0.map(\.count) }
        self.missingShare = missingShare
    }

    /// Whether a group includes an item.
    public func includes(_ item: Int, group: Int) -> Bool { counts[item][group] > 0 }

    /// Items only this group includes (none when it is the only group).
    public func onlyIn(_ group: String) -> [CoverageItem] {
        guard groups.count > 1, let column = groups.firstIndex(of: group) else { return [] }
        return items.indices.filter { row in
            includes(row, group: column) && !groups.indices.contains { $0 != column && includes(row, group: $0) }
        }.map { items[$0] }
    }

    /// Items this group leaves out that more than ``missingShare`` of the other groups include.
    public func missingFrom(_ group: String) -> [CoverageItem] {
        guard groups.count > 1, let column = groups.firstIndex(of: group) else { return [] }
        let others = Double(groups.count - 1)
        return items.indices.filter { row in
            guard !includes(row, group: column) else { return false }
            let having = groups.indices.filter { $0 != column && includes(row, group: $0) }.count
            return having > 0 && Double(having) / others > missingShare
        }.map { items[$0] }
    }
}

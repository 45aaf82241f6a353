import Foundation

/// Jensen–Shannon distances between groups' profiles: how differently two outlets spread their
/// words (or labels, frames, roles) over the same categories.
///
/// The divergence uses base-2 logarithms, so it lies in [0, 1]; the distance is its square root
/// (a metric: it obeys the triangle inequality). 0 means the same proportions, 1 means no
/// category in common.
public struct JensenShannon: Sendable {
    /// One group's counts (or weights) per category.
    public struct Profile: Sendable, Hashable {
        public var group: String
        public var weights: [String: Double]

        public init(group: String, weights: [String: Double]) {
            self.group = group
            self.weights = weights
        }

        /// Total weight; a profile with no weight has no distribution.
        public var total: Double { JensenShannon.total(of: weights) }
    }

    public struct Pair: Sendable, Hashable {
        public var first: String
        public var second: String
        /// √JSD, in [0, 1]; nil when either profile is empty.
        public var distance: Double?
    }

    public let profiles: [Profile]
    /// Every unordered pair, in group order.
    public let pairs: [Pair]

    public init(_ profiles: [Profile]) {
        self.profiles = profiles
        let distributions = Self.distributions(profiles.map(\.weights))
        var pairs: [Pair] = []
        for first in profiles.indices {
            for second in profiles.indices where second > first {
                var distance: Double?
                if let p = distributions[first], let q = distributions[second] {
                    distance = Self.divergence(sortedP: p, sortedQ: q).squareRoot()
                }
                pairs.append(Pair(first: profiles[first].group, second: profiles[second].group, distance: distance))
            }
        }
        self.pairs = pairs
    }

    /// Profiles from term counts: each group's counts over the vocabulary.
    public init(_ counts: TermCounts) {
        self.init(counts.groups.indices.map { group in
            Profile(group: counts.groups[group], weights: Dictionary(
                counts.counts[group].map { (counts.terms[$0.key], Double($0.value)) }, uniquingKeysWith: +))
        })
    }

    /// The distance between two groups, in either order.
    public func distance(_ a: String, _ b: String) -> Double? {
        if a == b { return profiles.contains { $0.group == a && $0.total > 0 } ? 0 : nil }
        return pairs.first { ($0.first == a && $0.second == b) || ($0.first == b && $0.second == a) }?.distance
    }

    /// The closest pair (smallest distance; the first in group order on ties).
    public var nearest: Pair? {
        pairs.filter { $0.distance != nil }.min { ($0.distance ?? 0) < ($1.distance ?? 0) }
    }

    /// The most distant pair (the first in group order on ties).
    public var farthest: Pair? {
        pairs.filter { $0.distance != nil }.reduce(nil) { best, pair in
            guard let best, let bestDistance = best.distance else { return pair }
            return (pair.distance ?? 0) > bestDistance ? pair : best
        }
    }

    /// For a group, the nearest other group.
    public func nearest(to group: String) -> Pair? {
        pairs.filter { ($0.first == group || $0.second == group) && $0.distance != nil }
            .min { ($0.distance ?? 0) < ($1.distance ?? 0) }
    }

    /// √JSD (base 2) of two weight maps, normalised to proportions; nil when either is empty.
    public static func distance(_ p: [String: Double], _ q: [String: Double]) -> Double? {
        divergence(p, q).map { max(0, $0).squareRoot() }
    }

    /// JSD (base 2) of two weight maps, normalised to proportions; nil when either is empty.
    public static func divergence(_ p: [String: Double], _ q: [String: Double]) -> Double? {
        let both = distributions([p, q])
        guard let a = both[0], let b = both[1] else { return nil }
        return divergence(sortedP: a, sortedQ: b)
    }

    /// Each weight map as a list of (category id, proportion), ascending by id, or nil when it
    /// has no weight. Categories get ids in sorted order over all the maps, so a pair is then
    /// one merge walk, summed in a fixed order.
    private static func distributions(_ weights: [[String: Double]]) -> [[(Int, Double)]?] {
        let categories = Set(weights.flatMap(\.keys)).sorted()
        let ids = Dictionary(categories.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return weights.map { map in
            let total = Self.total(of: map)
            guard total > 0 else { return nil }
            return map.compactMap { key, weight in
                guard weight > 0, let id = ids[key] else { return nil }
                return (id, weight / total)
            }.sorted { $0.0 < $1.0 }
        }
    }

    /// The sum of the positive weights.
    private static func total(of weights: [String: Double]) -> Double {
        weights.values.reduce(0) { $0 + max(0, $1) }
    }

    /// JSD of two distributions given as (category id, proportion), ascending by id.
    private static func divergence(sortedP p: [(Int, Double)], sortedQ q: [(Int, Double)]) -> Double {
        // Σ ½ a·log2(a/m) + ½ b·log2(b/m) with m = (a+b)/2; a category in only one side adds
        // ½ a·log2(2) = a/2, and 0 · log 0 is 0.
        var sum = 0.0
        var i = 0
        var j = 0
        while i < p.count || j < q.count {
            if j == q.count || (i < p.count && p[i].0 < q[j].0) {
                sum += 0.5 * p[i].1
                i += 1
            } else if i == p.count || q[j].0 < p[i].0 {
                sum += 0.5 * q[j].1
                j += 1
            } else {
                let a = p[i].1
                let b = q[j].1
                let m = (a + b) / 2
                sum += 0.5 * a * log2(a / m) + 0.5 * b * log2(b / m)
                i += 1
                j += 1
            }
        }
        return min(1, max(0, sum))
    }
}

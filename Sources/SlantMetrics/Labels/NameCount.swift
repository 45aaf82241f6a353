/// How often one outlet calls an actor by one of its names: which variant it prefers
/// (ISIS, ISIL, IS, Islamic State, Daesh…).
///
/// Counts mentions by name and by demonym (pronouns name nobody). The name is the alias as the
/// actor declares it, so "ISLAMIC STATE" in a shouted headline counts as "Islamic State".
public struct NameCount: Sendable, Hashable {
    public var outlet: String
    public var name: String
    public var count: Int
    /// This name's share of the outlet's mentions by name.
    public var share: Double
    public var evidence: [Evidence]

    /// Sorted by outlet, then count (largest first), then name.
    public static func count(_ documents: [DocumentMentions]) -> [NameCount] {
        var counts: [Key: NameCount] = [:]
        var totals: [String: Int] = [:]
        for document in documents {
            let outlet = document.analysis.document.outlet
            let evidence = document.evidence(contribution: { _ in 1 })
            for (mention, piece) in zip(document.mentions, evidence) where mention.kind != .pronoun {
                let key = Key(outlet: outlet, name: mention.alias)
                counts[key, default: NameCount(outlet: outlet, name: mention.alias, count: 0, share: 0, evidence: [])].count += 1
                counts[key]?.evidence.append(piece)
                totals[outlet, default: 0] += 1
            }
        }
        // The order is total (outlet and name are the key), so the dictionary's order does not show.
        return counts.values.compactMap { entry -> NameCount? in
            guard let total = totals[entry.outlet], total > 0 else { return nil }
            var entry = entry
            entry.share = Double(entry.count) / Double(total)
            return entry
        }.sorted { a, b in
            if a.outlet != b.outlet { return a.outlet < b.outlet }
            if a.count != b.count { return a.count > b.count }
            return a.name < b.name
        }
    }

    private struct Key: Hashable {
        var outlet: String
        var name: String
    }
}

/// "Did you mean …?": the closest known name by edit distance.
enum Suggestions {
    /// The candidate nearest to `name`, if it is near enough to be a likely typo
    /// (distance at most 1 for short names, 2 for names of 5+ letters, 3 for 9+).
    /// Ties go to the alphabetically first candidate so suggestions are deterministic.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let limit = target.count >= 9 ? 3 : (target.count >= 5 ? 2 : 1)
        var best: (distance: Int, name: String)?
        for candidate in Set(candidates) where candidate != name {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            guard abs(scalars.count - target.count) <= limit else { continue }
            let distance = editDistance(target, scalars)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name < candidate) {
                continue
            }
            best = (distance, candidate)
        }
        return best?.name
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of neighbours ("cuont" → "count" is one edit).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

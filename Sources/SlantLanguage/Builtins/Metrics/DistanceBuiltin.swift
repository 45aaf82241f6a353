import SlantMetrics
import SlantText

/// `distance`: how differently groups spread their words (or labels, roles, frames).
enum DistanceBuiltin {
    static let builtin = Builtin(
        name: "distance", category: "Comparison",
        signature: "distance(input?, of: metric?, by: key, matrix: false) -> table",
        summary: "Jensen–Shannon distances between groups' profiles (word use by default), with the nearest and farthest pairs.",
        details: """
            A group's profile is how it spreads its counts over categories: by default its words (every \
            word token, lower-cased); with `of:` any metric evaluated per group — `of: labels(Assad)` uses \
            the labels' counts (the first text column of the metric's table that is not `outlet`, \
            `document` or a grouping key is the category, its `n` or `count` column the weight), a metric \
            giving a record uses its number fields. The distance is the \
            square root of the Jensen–Shannon divergence with base-2 logarithms: 0 for the same \
            proportions, 1 for nothing in common. Returns one row per pair (`first`, `second`, `distance`, \
            `note`), nearest first; `note` marks the nearest and the farthest pair. With `matrix: true`, \
            a square table instead: the key column, then one column per group, the diagonal left empty (for \
            a heatmap). A group with nothing to count has no distances (nil).
            """,
        examples: [
            BuiltinExample(
                "distance(by: outlet) | top 2",
                "first           second                   distance  note\n--------------  -----------------------  --------  -------\nBreitbart       The Wall Street Journal    0.6011  nearest\nForeign Policy  The Wall Street Journal    0.6488"),
        ],
        parameters: [
            .value("input", .table, .grouped, optional: true), .perRow("of", optional: true), .perRow("by", optional: true),
            .value("matrix", .bool, optional: true),
        ]
    ) { call throws(RuntimeError) in
        let groups = try ComparisonGroups.resolve(call)
        var profiles: [JensenShannon.Profile] = []
        if call.has("of") {
            guard case .expression(let metric)? = call.bound["of"] else {
                throw call.error("'of' must be a metric, such as labels(Assad)", at: "of")
            }
            for group in groups.groups {
                try call.checkCancellation()
                let value = try call.evaluateStage(metric, input: .table(group.table))
                profiles.append(JensenShannon.Profile(group: group.label, weights: try weights(value, skipping: groups.keyColumns, call: call)))
            }
        } else {
            let counts = TermCounts.count(
                groups.groups.flatMap { group in group.documents.map { (group: group.label, document: $0) } },
                size: 1, groups: groups.groups.map(\.label))
            profiles = JensenShannon(counts).profiles
        }
        let result = JensenShannon(profiles)
        let matrix = call.has("matrix") ? try KeynessBuiltin.flag(call, "matrix") : false
        if matrix {
            let labels = profiles.map(\.group)
            let rows = labels.map { first in
                // The diagonal (a group against itself, always 0) is left empty, so a heatmap's
                // colours spread over the distances that say something.
                Table.Row(values: [.string(first)] + labels.map { second in first == second ? .nil : MetricBridge.number(result.distance(first, second)) })
            }
            return .table(try TableBuiltins.make(call, [groups.keyColumns.first ?? "group"] + uniqueNames(labels, avoiding: groups.keyColumns), rows))
        }
        let nearest = result.nearest
        let farthest = result.farthest
        let ordered = result.pairs.enumerated().sorted { a, b in
            switch (a.element.distance, b.element.distance) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (nil, nil): return a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            }
        }.map(\.element)
        let rows = ordered.map { pair -> Table.Row in
            var note: Value = .nil
            if pair == nearest { note = .string("nearest") } else if pair == farthest { note = .string("farthest") }
            return Table.Row(values: [.string(pair.first), .string(pair.second), MetricBridge.number(pair.distance), note])
        }
        return .table(try TableBuiltins.make(call, ["first", "second", "distance", "note"], rows))
    }

    /// A profile from a metric's value: a table's category column (the first text column that is
    /// not a grouping key, `outlet` or `document`) weighted by its `n` or `count` column (else its
    /// first number column, else 1 per row); a record's number fields.
    static func weights(_ value: Value, skipping keys: [String], call: BuiltinCall) throws(RuntimeError) -> [String: Double] {
        switch value {
        case .record(let record):
            var weights: [String: Double] = [:]
            for (key, field) in record.fields { if case .number(let number) = field, number.isFinite { weights[key] = number } }
            return weights
        case .table(let table):
            guard table.rowCount > 0 else { return [:] }
            let skipped = Set(keys + ["outlet", "document"])
            guard let category = table.columns.firstIndex(where: { $0.type == .string && !skipped.contains($0.name) }) else {
                throw call.error("'of' gave a table without a text column to use as categories", at: "of",
                                 suggestion: "use a metric whose rows name categories, such as labels(Assad)")
            }
            let weight = table.columnIndex("n") ?? table.columnIndex("count")
                ?? table.columns.firstIndex(where: { $0.type == .number })
            var weights: [String: Double] = [:]
            for row in table.rows {
                guard case .string(let name) = row.values[category] else { continue }
                var amount = 1.0
                if let weight {
                    guard case .number(let number) = row.values[weight], number.isFinite else { continue }
                    amount = number
                }
                weights[name, default: 0] += amount
            }
            return weights
        case .nil:
            return [:]
        default:
            throw call.error("'of' must give a table or a record per group, not \(value.type.withArticle)", at: "of",
                             suggestion: "use a metric such as labels(Assad) or names(IslamicState)")
        }
    }

    /// Column names for groups, made distinct from the key columns and each other.
    static func uniqueNames(_ labels: [String], avoiding taken: [String]) -> [String] {
        var used = Set(taken)
        return labels.map { label in
            var name = label.isEmpty ? "(none)" : label
            var suffix = 2
            while used.contains(name) {
                name = "\(label) (\(suffix))"
                suffix += 1
            }
            used.insert(name)
            return name
        }
    }
}

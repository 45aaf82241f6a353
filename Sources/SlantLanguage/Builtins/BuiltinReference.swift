/// The builtin reference in Markdown, generated from the registry (it is the part of
/// `docs/LANGUAGE.md` between the `BEGIN BUILTINS` and `END BUILTINS` markers; a test keeps
/// the two identical).
public enum BuiltinReference {
    public static func markdown(_ registry: BuiltinRegistry = .standard) -> String {
        var lines: [String] = []
        var categories: [String] = []
        for builtin in ordered(registry) where !categories.contains(builtin.category) {
            categories.append(builtin.category)
        }
        lines.append("| category | builtins |")
        lines.append("| --- | --- |")
        for category in categories {
            let names = ordered(registry).filter { $0.category == category }.map { "[`\($0.name)`](#\(anchor($0)))" }
            lines.append("| \(category) | \(names.joined(separator: ", ")) |")
        }
        for category in categories {
            lines.append("")
            lines.append("### \(category)")
            for builtin in ordered(registry) where builtin.category == category {
                lines.append("")
                lines.append(contentsOf: entry(builtin))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One builtin as Markdown: heading, signature, summary, details, examples with output.
    public static func entry(_ builtin: Builtin) -> [String] {
        var lines = ["#### \(builtin.name)", "", "`\(builtin.signature)`", "", builtin.summary]
        if !builtin.details.isEmpty {
            lines.append("")
            lines.append(builtin.details)
        }
        for example in builtin.examples {
            lines.append("")
            lines.append("```slant")
            lines.append(example.source)
            lines.append("```")
            lines.append("```output")
            lines.append(example.output)
            lines.append("```")
        }
        return lines
    }

    /// Categories in the order of ``StandardLibrary/modules``, names sorted within each.
    private static func ordered(_ registry: BuiltinRegistry) -> [Builtin] {
        var rank: [String: Int] = [:]
        for builtin in registry.all where rank[builtin.category] == nil {
            rank[builtin.category] = StandardLibrary.categoryOrder.firstIndex(of: builtin.category) ?? Int.max
        }
        return registry.all.sorted {
            (rank[$0.category] ?? Int.max, $0.category, $0.name) < (rank[$1.category] ?? Int.max, $1.category, $1.name)
        }
    }

    private static func anchor(_ builtin: Builtin) -> String {
        builtin.name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }
}

import SlantLanguage

/// The text of `:help` and `:help NAME`.
enum HelpText {
    /// The overview: meta-commands, keys, and the builtins by category.
    static func overview(registry: BuiltinRegistry, palette: Palette) -> String {
        var lines: [String] = []
        lines.append(palette.bold("Slant statements") + " are typed at slant> and run when complete; an open bracket,")
        lines.append("string or trailing | continues on the next line (...>). Values print as tables.")
        lines.append("")
        lines.append(palette.bold("Meta-commands"))
        let usages = MetaCommand.catalogue.map { entry in
            entry.arguments.isEmpty ? ":\(entry.name)" : ":\(entry.name) \(entry.arguments)"
        }
        let usageWidth = usages.map(\.count).max() ?? 0
        for (usage, entry) in zip(usages, MetaCommand.catalogue) {
            lines.append("  " + usage.padding(toLength: usageWidth) + "  " + entry.summary)
        }
        lines.append("")
        lines.append(palette.bold("Keys") + "  Tab completes · Up/Down recall history · Ctrl-R searches it ·")
        lines.append("      Ctrl-C abandons the line or stops a running statement · Ctrl-D leaves")
        lines.append("")
        lines.append(palette.bold("Builtins") + " (:help NAME for one of them)")
        var byCategory: [(String, [String])] = []
        for builtin in registry.all {
            if let last = byCategory.indices.last, byCategory[last].0 == builtin.category {
                byCategory[last].1.append(builtin.name)
            } else {
                byCategory.append((builtin.category, [builtin.name]))
            }
        }
        let categoryWidth = byCategory.map(\.0.count).max() ?? 0
        for (category, names) in byCategory {
            lines.append("  " + (category + ":").padding(toLength: categoryWidth + 1) + "  " + names.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// A builtin's (or verb's) documentation: signature, summary, details and examples.
    static func entry(_ builtin: Builtin, palette: Palette, width: Int = 100) -> String {
        var lines: [String] = []
        lines.append(palette.bold(builtin.signature) + palette.dim("   [\(builtin.category)]"))
        lines.append("  " + builtin.summary)
        if !builtin.details.isEmpty {
            lines.append("")
            for paragraph in builtin.details.split(separator: "\n", omittingEmptySubsequences: false) {
                if paragraph.isEmpty { lines.append(""); continue }
                lines += wrap(String(paragraph), width: max(20, width - 2)).map { "  " + $0 }
            }
        }
        if !builtin.examples.isEmpty {
            lines.append("")
            lines.append(palette.bold("Examples"))
            for example in builtin.examples {
                lines.append("  " + palette.green("slant>") + " " + example.source)
                for line in example.output.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines.append("  " + line)
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Breaks `text` into lines of at most `width` characters at spaces (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The help for one meta-command (`:help :mode`), or nil if there is no such command.
    static func metaCommand(_ name: String) -> String? {
        guard let entry = MetaCommand.catalogue.first(where: { $0.name == name }) else { return nil }
        let usage = entry.arguments.isEmpty ? ":\(entry.name)" : ":\(entry.name) \(entry.arguments)"
        return "\(usage)\n  \(entry.summary)"
    }
}

extension String {
    /// The text padded with spaces on the right to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}

/// The report as GitHub-flavoured Markdown: headings, prose, pipe tables (a measure as
/// "value [low, high] n=N" with the value linking to its evidence), charts as tables of their
/// data, term lists as tables, and an evidence appendix with an anchor per group.
public struct MarkdownReportRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let anchors = Set(report.evidence.map(\.id))
        var out: [String] = ["# \(inline(report.title))", ""]
        for field in report.metadata.displayFields { out.append("- **\(inline(field.label)):** \(inline(field.value))") }
        if !report.metadata.displayFields.isEmpty { out.append("") }
        for section in report.sections {
            out.append("## \(inline(section.heading))")
            out.append("")
            for block in section.blocks {
                out += render(block, report: report, anchors: anchors)
                out.append("")
            }
        }
        let appendix = report.evidence.filter { $0.placement == .appendix }
        if !appendix.isEmpty {
            out.append("## Evidence")
            out.append("")
            for group in appendix {
                out += evidence(group)
                out.append("")
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ block: ReportBlock, report: Report, anchors: Set<String>) -> [String] {
        switch block {
        case .prose(let text):
            return TextWrap.paragraphs(text).enumerated().flatMap { index, paragraph in (index > 0 ? [""] : []) + [inline(paragraph)] }
        case .table(let table):
            return self.table(table, anchors: anchors)
        case .barChart(let chart):
            return self.table(chart.dataTable, anchors: anchors)
        case .heatmap(let map):
            return self.table(map.dataTable, anchors: anchors)
        case .termLists(let lists):
            var lines: [String] = []
            if !lists.title.isEmpty { lines += ["**\(inline(lists.title))**", ""] }
            let scores = lists.lists.flatMap { $0.terms.map(\.score) }
            let decimals = min(2, ReportNumberFormat.decimals(for: scores))
            lines.append("| \("group") | term | \(inline(lists.scoreName)) | count | \(inline(lists.baseline)) count |")
            lines.append("|---|---|---:|---:|---:|")
            for list in lists.lists {
                for term in list.terms {
                    let score = ReportNumberFormat.format(term.score, decimals: decimals)
                    let linked = term.evidence.flatMap { anchors.contains($0) ? "[\(score)](#\(ReportSlug.anchor($0)))" : nil } ?? score
                    lines.append("| \(cell(list.group)) | \(cell(term.term)) | \(linked) | \(ReportNumberFormat.count(term.count)) | \(ReportNumberFormat.count(term.baselineCount)) |")
                }
            }
            for note in lists.notes { lines += ["", "_\(inline(note))_"] }
            return lines
        case .evidence(let id):
            guard let group = report.evidenceGroup(id) else { return ["_No evidence recorded for “\(inline(id))”._"] }
            return evidence(group, anchor: group.placement == .inline)
        case .warnings(let warnings):
            return warnings.map { "> **Warning:** \(inline($0))" }
        }
    }

    func table(_ table: ReportTable, anchors: Set<String>) -> [String] {
        var lines: [String] = []
        if !table.title.isEmpty { lines += ["**\(inline(table.title))**", ""] }
        let header = table.columns.map { column in
            column.unit.isEmpty ? cell(column.name) : "\(cell(column.name)) (\(cell(column.unit)))"
        }
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.isNumeric ? "---:" : "---" }.joined(separator: "|") + "|")
        let decimals = table.columns.indices.map { ReportNumberFormat.decimals(forColumn: $0, of: table) }
        for row in table.rows {
            let cells = row.enumerated().map { column, value in text(value, decimals: decimals[column], anchors: anchors) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        for note in table.notes { lines += ["", "_\(inline(note))_"] }
        return lines
    }

    private func text(_ value: ReportCell, decimals: Int, anchors: Set<String>) -> String {
        switch value {
        case .empty: return ""
        case .text(let text): return cell(text)
        case .number(let number): return ReportNumberFormat.format(number, decimals: decimals)
        case .bool(let flag): return flag ? "yes" : "no"
        case .measure(let measure):
            let parts = MeasureText(measure, decimals: decimals)
            var result = parts.value
            if let id = measure.evidence, anchors.contains(id) { result = "[\(result)](#\(ReportSlug.anchor(id)))" }
            if !parts.interval.isEmpty { result += " \(parts.interval)" }
            if !parts.n.isEmpty { result += " \(parts.n)" }
            if let caution = measure.caution { result += " ⚠ \(cell(caution))" }
            return result
        }
    }

    private func evidence(_ group: EvidenceGroup, anchor: Bool = true) -> [String] {
        var lines: [String] = []
        let count = "\(ReportNumberFormat.count(group.total)) sentence\(group.total == 1 ? "" : "s")"
        lines.append((anchor ? "<a id=\"\(ReportSlug.anchor(group.id))\"></a>\n" : "") + "### \(inline(group.title)) (\(count))")
        lines.append("")
        for (index, item) in group.items.enumerated() {
            let text = item.pieces.map { $0.highlighted ? "**\(inline($0.text))**" : inline($0.text) }.joined()
            var source = "\(inline(item.outlet.isEmpty ? item.documentID : item.outlet)), `\(item.documentID)`"
            if let sentence = item.sentence { source += ", sentence \(sentence + 1)" }
            if !item.note.isEmpty { source += "; \(inline(item.note))" }
            lines.append("\(index + 1). \(text.replacingControlCharacters) — _\(source)_")
        }
        if group.total > group.items.count {
            lines.append("")
            lines.append("_… and \(ReportNumberFormat.count(group.total - group.items.count)) more._")
        }
        return lines
    }

    /// Text in running Markdown: characters that would start markup are escaped.
    func inline(_ text: String) -> String {
        var result = ""
        for character in text.replacingControlCharacters {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": result.append("\\"); result.append(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// Text in a table cell.
    private func cell(_ text: String) -> String { inline(text) }
}

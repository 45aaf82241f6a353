/// The report as terminal text: headings, wrapped prose, aligned tables (each measure as value,
/// interval and n in aligned sub-columns), bar charts drawn with block characters, term lists,
/// evidence with highlighted words, and warnings. ANSI colour only when asked for (the front
/// end decides: a terminal, no `NO_COLOR`, not `TERM=dumb`).
public struct TerminalReportRenderer: Sendable {
    public var colour: Bool
    /// Line width for prose and bars.
    public var width: Int
    /// Whether to end with the linked evidence (long; the HTML report is the place for it).
    public var includeEvidenceAppendix: Bool

    public init(colour: Bool = false, width: Int = 100, includeEvidenceAppendix: Bool = false) {
        self.colour = colour
        self.width = max(40, width)
        self.includeEvidenceAppendix = includeEvidenceAppendix
    }

    public func render(_ report: Report) -> String {
        var out: [String] = []
        out.append(style(report.title, .bold))
        out.append(String(repeating: "=", count: min(width, max(3, report.title.count))))
        for field in report.metadata.displayFields { out.append(style("\(field.label): ", .dim) + field.value) }
        for (number, section) in report.sections.enumerated() {
            out.append("")
            let heading = "\(number + 1). \(section.heading)"
            out.append(style(heading, .bold))
            out.append(String(repeating: "-", count: min(width, heading.count)))
            for block in section.blocks {
                out.append("")
                out += render(block, in: report)
            }
        }
        let appendix = report.evidence.filter { $0.placement == .appendix }
        if includeEvidenceAppendix, !appendix.isEmpty {
            out.append("")
            out.append(style("Evidence", .bold))
            out.append("--------")
            for group in appendix {
                out.append("")
                out += evidence(group)
            }
        }
        return out.joined(separator: "\n")
    }

    private func render(_ block: ReportBlock, in report: Report) -> [String] {
        switch block {
        case .prose(let text):
            return TextWrap.paragraphs(text).enumerated().flatMap { index, paragraph in
                (index > 0 ? [""] : []) + TextWrap.wrap(paragraph, width: width)
            }
        case .table(let table): return self.table(table)
        case .barChart(let chart): return bars(chart)
        case .heatmap(let map):
            // The unit once, in the title, rather than in every column header.
            var grid = map.dataTable
            grid.title = map.unit.isEmpty ? map.title : "\(map.title) (\(map.unit))"
            for index in grid.columns.indices { grid.columns[index].unit = "" }
            return self.table(grid)
        case .termLists(let lists): return terms(lists)
        case .evidence(let id):
            guard let group = report.evidenceGroup(id) else { return ["(no evidence recorded for '\(id)')"] }
            return evidence(group)
        case .warnings(let warnings):
            return warnings.flatMap { TextWrap.wrap("warning: " + $0, width: width) }.map { style($0, .yellow) }
        }
    }

    // MARK: Tables

    func table(_ table: ReportTable) -> [String] {
        var header: [String] = []
        var right: [Bool] = []
        var cells = Array(repeating: [String](), count: table.rows.count)
        for (column, spec) in table.columns.enumerated() {
            let decimals = ReportNumberFormat.decimals(forColumn: column, of: table)
            let name = spec.unit.isEmpty || spec.kind != .number ? spec.name : "\(spec.name) (\(spec.unit))"
            switch spec.kind {
            case .measure:
                let parts = table.rows.map { row -> MeasureText? in
                    if case .measure(let measure) = row[column] { return MeasureText(measure, decimals: decimals) }
                    return nil
                }
                let hasInterval = parts.contains { !($0?.interval.isEmpty ?? true) }
                let hasCaution = table.rows.contains { $0[column].caution != nil }
                let showN = table.rows.contains { if case .measure(let m) = $0[column] { return m.n != nil } else { return false } }
                header.append(spec.unit.isEmpty ? spec.name : "\(spec.name) (\(spec.unit))")
                right.append(true)
                if hasInterval { header.append("95% CI"); right.append(true) }
                if showN { header.append("n"); right.append(true) }
                if hasCaution { header.append(""); right.append(false) }
                for (row, part) in parts.enumerated() {
                    cells[row].append(part?.value ?? "")
                    if hasInterval { cells[row].append(part?.interval ?? "") }
                    if showN { cells[row].append(part.map { String($0.n.dropFirst(2)) } ?? "") }
                    if hasCaution { cells[row].append(table.rows[row][column].caution != nil ? "!" : "") }
                }
            case .number, .text, .bool:
                header.append(name)
                right.append(spec.isNumeric)
                for (row, values) in table.rows.enumerated() { cells[row].append(plain(values[column], decimals: decimals)) }
            }
        }
        var lines: [String] = []
        if !table.title.isEmpty { lines.append(style(table.title, .bold)) }
        lines += TextGrid(header: header, rightAligned: right, rows: cells).render()
        if table.rows.isEmpty { lines.append("(no rows)") }
        for row in table.rows {
            let cautions = row.compactMap(\.caution)
            guard !cautions.isEmpty else { continue }
            let label = row.lazy.compactMap { cell -> String? in if case .text(let text) = cell { return text } else { return nil } }.first
            let text = "! " + (label.map { "\($0): " } ?? "") + Array(Set(cautions)).sorted().joined(separator: "; ")
            lines += TextWrap.wrap(text, width: width).map { style($0, .yellow) }
        }
        for note in table.notes { lines += TextWrap.wrap(note, width: width).map { style($0, .dim) } }
        return lines
    }

    private func plain(_ cell: ReportCell, decimals: Int) -> String {
        cell.plainText(decimals: decimals) { $0.replacingControlCharacters }
    }

    // MARK: Bars

    private func bars(_ chart: BarChart) -> [String] {
        let values = chart.bars.flatMap { bar in [bar.value, bar.interval?.lowerBound, bar.interval?.upperBound].compactMap { $0 } }
        let decimals = ReportNumberFormat.decimals(for: values)
        let labelWidth = min(24, chart.bars.map(\.label.count).max() ?? 0)
        let low = min(0, values.min() ?? 0)
        let high = max(0, values.max() ?? 0)
        let span = high - low
        let barWidth = max(10, min(40, width - labelWidth - 36))
        var lines = [style(chart.title, .bold) + style(" (\(chart.unit.isEmpty ? "value" : chart.unit))", .dim)]
        for bar in chart.bars {
            let label = bar.label.count > labelWidth ? String(bar.label.prefix(labelWidth - 1)) + "…" : bar.label
            var track = Array(repeating: " ", count: barWidth)
            if let value = bar.value, span > 0 {
                let zero = (0 - low) / span * Double(barWidth)
                let end = (value - low) / span * Double(barWidth)
                let from = min(zero, end)
                let to = max(zero, end)
                for cell in 0..<barWidth {
                    let covered = min(Double(cell + 1), to) - max(Double(cell), from)
                    if covered >= 0.999 {
                        track[cell] = "█"
                    } else if covered > 0 {
                        // A partial cell is filled from whichever edge the bar reaches.
                        track[cell] = Self.partial(covered, fromLeft: from <= Double(cell))
                    }
                }
                if low < 0, Int(zero) < barWidth, track[Int(zero)] == " " { track[Int(zero)] = "│" }
            }
            var text = label + String(repeating: " ", count: max(0, labelWidth - label.count)) + "  " + track.joined() + "  "
            if let value = bar.value {
                text += ReportNumberFormat.format(value, decimals: decimals)
                if let interval = bar.interval { text += " " + ReportNumberFormat.interval(interval, decimals: decimals) }
            } else {
                text += "no data"
            }
            if let n = bar.n { text += " n=\(ReportNumberFormat.count(n))" }
            if bar.caution != nil { text += style(" !", .yellow) }
            lines.append(text)
        }
        for bar in chart.bars {
            guard let caution = bar.caution else { continue }
            lines += TextWrap.wrap("! \(bar.label): \(caution)", width: width).map { style($0, .yellow) }
        }
        for note in chart.notes { lines += TextWrap.wrap(note, width: width).map { style($0, .dim) } }
        return lines
    }

    /// A partly filled cell: eighth blocks when filled from its left edge; from the right edge
    /// only a half block exists, so a cell less than half filled from the right stays empty.
    private static func partial(_ fraction: Double, fromLeft: Bool) -> String {
        guard fromLeft else { return fraction >= 0.5 ? "▐" : " " }
        let eighths = Int((fraction * 8).rounded(.down))
        let blocks = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return eighths < 1 ? " " : blocks[min(blocks.count - 1, eighths - 1)]
    }

    // MARK: Terms and evidence

    private func terms(_ lists: TermLists) -> [String] {
        var lines = [style(lists.title, .bold)]
        let scores = lists.lists.flatMap { $0.terms.map(\.score) }
        let decimals = min(2, ReportNumberFormat.decimals(for: scores))
        for list in lists.lists {
            lines.append("")
            let rows = list.terms.map { term in
                [term.term, ReportNumberFormat.format(term.score, decimals: decimals), ReportNumberFormat.count(term.count), ReportNumberFormat.count(term.baselineCount)]
            }
            lines += TextGrid(header: [list.group, lists.scoreName, "count", "\(lists.baseline) count"], rightAligned: [false, true, true, true], rows: rows).render()
            if list.terms.isEmpty { lines.append("(no distinctive terms)") }
        }
        for note in lists.notes { lines += TextWrap.wrap(note, width: width).map { style($0, .dim) } }
        return lines
    }

    private func evidence(_ group: EvidenceGroup) -> [String] {
        var lines = [style(group.title, .bold) + style(" (\(ReportNumberFormat.count(group.total)) sentence\(group.total == 1 ? "" : "s"))", .dim)]
        for (index, item) in group.items.enumerated() {
            let text = item.pieces.map { $0.highlighted ? (colour ? style($0.text, .highlight) : "«\($0.text)»") : $0.text }.joined()
            let source = "— \(item.outlet.isEmpty ? item.documentID : item.outlet), \(item.documentID)" + (item.sentence.map { ", sentence \($0 + 1)" } ?? "")
                + (item.note.isEmpty ? "" : "; \(item.note)")
            lines += TextWrap.wrap("\(index + 1). \(text.replacingControlCharacters)", width: width)
            lines += TextWrap.wrap(source, width: width, indent: "   ").map { style($0, .dim) }
        }
        if group.total > group.items.count {
            lines.append(style("… and \(ReportNumberFormat.count(group.total - group.items.count)) more", .dim))
        }
        return lines
    }

    // MARK: Colour

    enum Style { case bold, dim, yellow, highlight }

    private func style(_ text: String, _ style: Style) -> String {
        guard colour, !text.isEmpty else { return text }
        let code: String
        switch style {
        case .bold: code = "1"
        case .dim: code = "2"
        case .yellow: code = "33"
        case .highlight: code = "1;4"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

extension ReportCell {
    /// The caution of a measure cell.
    var caution: String? {
        if case .measure(let measure) = self { return measure.caution }
        return nil
    }
}

extension String {
    /// Line breaks, tabs and other control characters as spaces (cells and list items are one line).
    var replacingControlCharacters: String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { result.unicodeScalars.append(" ") } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

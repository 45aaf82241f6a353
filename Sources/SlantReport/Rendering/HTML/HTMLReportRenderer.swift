/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, no network.
/// Every number with evidence links to it in the page (`#ev-…`); every table carries CSV and
/// JSON downloads as `data:` links.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let anchors = Set(report.evidence.map(\.id))
        var sectionIDs = ReportSlug.Uniquer()
        let ids = report.sections.map { "s-" + sectionIDs.unique($0.heading) }
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Slant">
            <title>\(HTMLText.escape(report.title))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <main id="top">
            <header>
            <h1>\(HTMLText.escape(report.title))</h1>

            """
        let fields = report.metadata.displayFields
        if !fields.isEmpty {
            html += "<dl class=\"meta\">\n"
            for field in fields { html += "<dt>\(HTMLText.escape(field.label))</dt><dd>\(HTMLText.escape(field.value))</dd>\n" }
            html += "</dl>\n"
        }
        html += "</header>\n"
        let appendix = report.evidence.filter { $0.placement == .appendix }
        if report.sections.count > 1 || !appendix.isEmpty {
            html += "<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong><ol>\n"
            for (section, id) in zip(report.sections, ids) { html += "<li><a href=\"#\(id)\">\(HTMLText.escape(section.heading))</a></li>\n" }
            if !appendix.isEmpty { html += "<li><a href=\"#evidence\">Evidence</a></li>\n" }
            html += "</ol></nav>\n"
        }
        var tableNames = ReportSlug.Uniquer()
        for (section, id) in zip(report.sections, ids) {
            html += "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(section.heading))</h2>\n"
            for block in section.blocks {
                html += render(block, section: section, report: report, anchors: anchors, tableNames: &tableNames)
            }
            html += "</section>\n"
        }
        if !appendix.isEmpty {
            html += "<section id=\"evidence\">\n<h2>Evidence</h2>\n<p>The sentences behind each number, with the words that counted highlighted. Each number in this report links here.</p>\n"
            for group in appendix { html += evidence(group, anchor: true) }
            html += "</section>\n"
        }
        html += """
            <footer>Made with Slant. This page is self-contained: it loads nothing from the network and runs no scripts.</footer>
            </main>
            </body>
            </html>

            """
        return html
    }

    private func render(_ block: ReportBlock, section: ReportSection, report: Report, anchors: Set<String>, tableNames: inout ReportSlug.Uniquer) -> String {
        switch block {
        case .prose(let text):
            return TextWrap.paragraphs(text).map { "<p>\(HTMLText.escape($0))</p>\n" }.joined()
        case .table(let table):
            return figure(title: table.title, body: self.table(table, anchors: anchors), notes: cautions(table) + table.notes,
                          downloads: downloads(table, name: tableNames.unique(section.heading + " " + table.title)))
        case .barChart(let chart):
            return figure(title: chart.title, body: SVGBarChart(chart: chart, anchors: anchors).render(),
                          notes: chart.bars.compactMap { bar in bar.caution.map { "⚠ \(bar.label): \($0)" } } + chart.notes + whiskerNote(chart),
                          downloads: downloads(chart.dataTable, name: tableNames.unique(section.heading + " " + chart.title)), className: "chart")
        case .heatmap(let map):
            return figure(title: map.title, body: SVGHeatmap(map: map, anchors: anchors).render(), notes: map.notes,
                          downloads: downloads(map.dataTable, name: tableNames.unique(section.heading + " " + map.title)), className: "chart")
        case .termLists(let lists):
            return figure(title: lists.title, body: terms(lists, anchors: anchors), notes: lists.notes,
                          downloads: downloads(lists.dataTable, name: tableNames.unique(section.heading + " " + lists.title)))
        case .evidence(let id):
            guard let group = report.evidenceGroup(id) else { return "<p class=\"note\">No evidence recorded for “\(HTMLText.escape(id))”.</p>\n" }
            return evidence(group, anchor: group.placement == .inline)
        case .warnings(let warnings):
            guard !warnings.isEmpty else { return "" }
            return "<aside class=\"warnings\"><strong>Handle with care.</strong><ul>\n" + warnings.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul></aside>\n"
        }
    }

    /// A visible line per fragile row ("⚠ Breitbart: rests on 2 sentences"), labelled by the
    /// row's first text cell: a tooltip alone would be lost on paper and on touch screens.
    private func cautions(_ table: ReportTable) -> [String] {
        table.rows.compactMap { row in
            let texts = row.compactMap { cell -> String? in if case .measure(let m) = cell { return m.caution } else { return nil } }
            guard !texts.isEmpty else { return nil }
            let label = row.lazy.compactMap { cell -> String? in if case .text(let text) = cell { return text } else { return nil } }.first
            return "⚠ " + (label.map { "\($0): " } ?? "") + Array(Set(texts)).sorted().joined(separator: "; ")
        }
    }

    private func whiskerNote(_ chart: BarChart) -> [String] {
        chart.bars.contains { $0.interval != nil } ? ["Bars show the value; whiskers its 95% bootstrap interval; n is what the value rests on."] : []
    }

    private func figure(title: String, body: String, notes: [String], downloads: String, className: String = "table") -> String {
        var html = "<figure class=\"\(className)\">\n"
        if !title.isEmpty { html += "<figcaption>\(HTMLText.escape(title))</figcaption>\n" }
        html += "<div class=\"scroll\">\n\(body)\n</div>\n"
        for note in notes { html += "<p class=\"note\">\(HTMLText.escape(note))</p>\n" }
        html += downloads
        html += "</figure>\n"
        return html
    }

    private func downloads(_ table: ReportTable, name: String) -> String {
        let csv = CSVReportRenderer().render(table)
        let json = JSONReportRenderer().records(table)
        return "<p class=\"downloads\">Data: <a download=\"\(name).csv\" href=\"data:text/csv;charset=utf-8,\(HTMLText.percentEncoded(csv))\">CSV</a> · <a download=\"\(name).json\" href=\"data:application/json;charset=utf-8,\(HTMLText.percentEncoded(json))\">JSON</a></p>\n"
    }

    // MARK: Tables

    func table(_ table: ReportTable, anchors: Set<String>) -> String {
        var head = "<tr>"
        let decimals = table.columns.indices.map { ReportNumberFormat.decimals(forColumn: $0, of: table) }
        let hasInterval = table.columns.indices.map { column in
            table.rows.contains { if case .measure(let m) = $0[column] { return m.interval != nil } else { return false } }
        }
        let hasN = table.columns.indices.map { column in
            table.rows.contains { if case .measure(let m) = $0[column] { return m.n != nil } else { return false } }
        }
        for (index, column) in table.columns.enumerated() {
            let unit = column.unit.isEmpty ? "" : "<span class=\"unit\">\(HTMLText.escape(column.unit))</span>"
            head += "<th scope=\"col\"\(column.isNumeric ? " class=\"num\"" : "")>\(HTMLText.escape(column.name))\(unit)</th>"
            if column.kind == .measure {
                if hasInterval[index] { head += "<th scope=\"col\" class=\"num\">95% CI</th>" }
                if hasN[index] { head += "<th scope=\"col\" class=\"num\">n</th>" }
            }
        }
        head += "</tr>"
        var body = ""
        for row in table.rows {
            body += "<tr>"
            for (index, column) in table.columns.enumerated() {
                let cell = row[index]
                switch cell {
                case .measure(let measure):
                    let parts = MeasureText(measure, decimals: decimals[index])
                    let value: String
                    if let id = measure.evidence, anchors.contains(id), measure.value != nil {
                        value = "<a href=\"#\(ReportSlug.anchor(id))\">\(parts.value)</a>"
                    } else {
                        value = "<span class=\"v\">\(parts.value)</span>"
                    }
                    let caution = measure.caution.map { " <span title=\"\(HTMLText.escape($0))\">⚠</span>" } ?? ""
                    body += "<td class=\"num\(measure.caution == nil ? "" : " fragile")\"\(measure.caution.map { " title=\"\(HTMLText.escape($0))\"" } ?? "")>\(value)\(caution)</td>"
                    if hasInterval[index] { body += "<td class=\"num ci\">\(parts.interval)</td>" }
                    if hasN[index] { body += "<td class=\"num n\">\(measure.n.map(ReportNumberFormat.count) ?? "")</td>" }
                default:
                    let blank = column.kind == .measure ? String(repeating: "<td></td>", count: (hasInterval[index] ? 1 : 0) + (hasN[index] ? 1 : 0)) : ""
                    body += "<td\(column.isNumeric ? " class=\"num\"" : "")>\(plain(cell, decimals: decimals[index]))</td>" + blank
                }
            }
            body += "</tr>\n"
        }
        if table.rows.isEmpty { body = "<tr><td colspan=\"\(max(1, table.columns.count))\">No rows.</td></tr>\n" }
        return "<table>\n<thead>\(head)</thead>\n<tbody>\n\(body)</tbody>\n</table>"
    }

    private func plain(_ cell: ReportCell, decimals: Int) -> String {
        cell.plainText(decimals: decimals, escape: HTMLText.escape)
    }

    // MARK: Terms and evidence

    private func terms(_ lists: TermLists, anchors: Set<String>) -> String {
        let scores = lists.lists.flatMap { $0.terms.map(\.score) }
        let decimals = min(2, ReportNumberFormat.decimals(for: scores))
        var html = "<div class=\"terms\">\n"
        for list in lists.lists {
            html += "<section><h4>\(HTMLText.escape(list.group))</h4>\n<ol>"
            if !list.terms.isEmpty { html += "\n" }
            for term in list.terms {
                let score = ReportNumberFormat.format(term.score, decimals: decimals)
                let linked = term.evidence.flatMap { anchors.contains($0) ? "<a href=\"#\(ReportSlug.anchor($0))\">\(score)</a>" : nil } ?? score
                html += "<li><strong>\(HTMLText.escape(term.term))</strong> \(HTMLText.escape(lists.scoreName)) \(linked) <span class=\"counts\">(\(ReportNumberFormat.count(term.count)) vs \(ReportNumberFormat.count(term.baselineCount)) in \(HTMLText.escape(lists.baseline)))</span></li>\n"
            }
            html += "</ol>"
            if list.terms.isEmpty { html += "<p class=\"more\">No distinctive terms.</p>" }
            html += "</section>\n"
        }
        return html + "</div>"
    }

    private func evidence(_ group: EvidenceGroup, anchor: Bool) -> String {
        let count = "\(ReportNumberFormat.count(group.total)) sentence\(group.total == 1 ? "" : "s")"
        var html = "<div class=\"evidence-group\"\(anchor ? " id=\"\(ReportSlug.anchor(group.id))\"" : "")>\n<h3>\(HTMLText.escape(group.title)) <small>(\(count))</small></h3>\n<ol>\n"
        for item in group.items {
            let text = item.pieces.map { $0.highlighted ? "<mark>\(HTMLText.escape($0.text))</mark>" : HTMLText.escape($0.text) }.joined()
            var source = HTMLText.escape(item.outlet.isEmpty ? item.documentID : item.outlet) + " · " + HTMLText.escape(item.documentID)
            if let sentence = item.sentence { source += " · sentence \(sentence + 1)" }
            if !item.note.isEmpty { source += " · " + HTMLText.escape(item.note) }
            html += "<li><blockquote>\(text)</blockquote><span class=\"source\">\(source)</span></li>\n"
        }
        html += "</ol>\n"
        if group.total > group.items.count {
            html += "<p class=\"more\">… and \(ReportNumberFormat.count(group.total - group.items.count)) more not shown (run <code>explain</code> in Slant for all).</p>\n"
        }
        if anchor, group.placement == .appendix { html += "<p class=\"back\"><a href=\"#top\">Back to top</a></p>\n" }
        return html + "</div>\n"
    }
}

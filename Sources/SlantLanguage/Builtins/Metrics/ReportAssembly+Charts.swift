import SlantReport

/// Charts, keyness lists and inline evidence in reports.
extension ReportAssembly {
    // MARK: Charts

    struct ChartSpec {
        var label: Int?
        var value: Int?
        var low: Int?
        var high: Int?
        var n: Int?
        var warning: Int?
        var columns: [Int]
        var unit: String

        init(record: Record, table: Table) {
            func column(_ key: String) -> Int? { ReportAssembly.string(record[key]).flatMap { table.columnIndex($0) } }
            let names = table.columnNames
            let numeric = table.columns.indices.filter { table.columns[$0].type == .number }
            label = column("label") ?? table.columns.indices.first { table.columns[$0].type == .string }
            value = column("value") ?? numeric.first { names[$0] != "n" }
            let valueName = value.map { names[$0] } ?? ""
            low = column("low") ?? table.columnIndex(valueName + "_lo") ?? table.columnIndex("lo")
            high = column("high") ?? table.columnIndex(valueName + "_hi") ?? table.columnIndex("hi")
            n = column("n") ?? table.columnIndex("n")
            warning = table.columnIndex("warning")
            let skipped: Set<String> = ["n", "lo", "hi", "low", "high", "documents", "sentences", "words", "inferred"]
            if case .list(let listed)? = record["columns"] {
                columns = listed.compactMap { ReportAssembly.string($0).flatMap { table.columnIndex($0) } }
            } else {
                columns = numeric.filter { !skipped.contains(names[$0]) && !names[$0].hasSuffix("_lo") && !names[$0].hasSuffix("_hi") }
            }
            unit = ReportAssembly.string(record["unit"]) ?? ""
        }
    }

    mutating func barChart(_ data: Table, spec: ChartSpec, title: String, evidence rows: [EvidenceRow]) -> BarChart {
        let valueName = spec.value.map { data.columnNames[$0] }
        let cautions = Self.splitCautions(data.rows.map { row in spec.warning.flatMap { Self.string(row.values[$0]) } })
        let rowsByIndex = Dictionary(grouping: rows, by: \.row)
        let bars = data.rows.enumerated().map { rowIndex, row -> BarChart.Bar in
            let label = spec.label.map { ValueText.cell(row.values[$0]) } ?? "row \(rowIndex + 1)"
            let pieces = (rowsByIndex[rowIndex] ?? []).filter { $0.column == valueName || $0.column == nil }
            let interval = spec.low.flatMap { low in spec.high.flatMap { Self.interval(row, low: low, high: $0) } }
            return BarChart.Bar(
                label: label.isEmpty ? "(none)" : label, value: spec.value.flatMap { Self.number(row.values[$0]) }, interval: interval,
                n: spec.n.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? (pieces.isEmpty ? nil : Self.sentenceCount(pieces)),
                evidence: evidenceGroup(pieces, title: "\(title.isEmpty ? valueName ?? "value" : title) — \(label)"),
                caution: cautions.perRow[rowIndex])
        }
        return BarChart(title: title, unit: spec.unit, bars: bars, notes: cautions.common.map { "⚠ Every bar: \($0)." })
    }

    mutating func heatmap(_ data: Table, spec: ChartSpec, title: String, evidence rows: [EvidenceRow]) -> Heatmap {
        let names = data.columnNames
        let labels = data.rows.enumerated().map { index, row in
            spec.label.map { ValueText.cell(row.values[$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? "row \(index + 1)"
        }
        let rowsByIndex = Dictionary(grouping: rows, by: \.row)
        var cells: [[Heatmap.Cell]] = []
        for (rowIndex, row) in data.rows.enumerated() {
            let rowPieces = rowsByIndex[rowIndex] ?? []
            cells.append(spec.columns.map { column in
                let pieces = rowPieces.filter { $0.column == names[column] || $0.column == nil }
                return Heatmap.Cell(
                    value: Self.number(row.values[column]), n: spec.n.flatMap { Self.number(row.values[$0]) }.map { Int($0) },
                    evidence: evidenceGroup(pieces, title: "\(title.isEmpty ? names[column] : title): \(names[column]) — \(labels[rowIndex])"))
            })
        }
        return Heatmap(title: title, unit: spec.unit, rowLabels: labels, columnLabels: spec.columns.map { names[$0] }, cells: cells)
    }

    // MARK: Terms and evidence

    mutating func termLists(_ data: Table, title: String, evidence rows: [EvidenceRow]) -> TermLists {
        guard let term = data.columnIndex("term"), let z = data.columnIndex("z") else { return TermLists(title: title, lists: []) }
        let count = data.columnIndex("count")
        let baseline = data.columnIndex("baseline")
        var order: [String] = []
        var lists: [String: [TermLists.Term]] = [:]
        let rowsByIndex = Dictionary(grouping: rows, by: \.row)
        for (rowIndex, row) in data.rows.enumerated() {
            let group = (0..<term).map { ValueText.cell(row.values[$0]) }.joined(separator: " / ")
            guard let text = Self.string(row.values[term]), let score = Self.number(row.values[z]) else { continue }
            if lists[group] == nil { order.append(group) }
            let pieces = rowsByIndex[rowIndex] ?? []
            lists[group, default: []].append(TermLists.Term(
                term: text, score: score, count: count.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? 0,
                baselineCount: baseline.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? 0,
                evidence: evidenceGroup(pieces, title: "“\(text)” — \(group.isEmpty ? "all" : group)")))
        }
        return TermLists(
            title: title, scoreName: "z", baseline: "the rest", lists: order.map { TermLists.TermList(group: $0, terms: lists[$0] ?? []) },
            notes: ["z: how far above the rest each group's log-odds of the term lie (weighted log-odds with an informative Dirichlet prior, Monroe et al. 2008), with the raw counts in the group and in the rest."])
    }

    mutating func inlineEvidence(_ data: Table, title: String, limit: Int) -> String {
        let text = data.columnIndex("text")
        let left = data.columnIndex("left")
        let match = data.columnIndex("match")
        let right = data.columnIndex("right")
        let document = data.columnIndex("document")
        let outlet = data.columnIndex("outlet")
        let sentence = data.columnIndex("sentence")
        let rule = data.columnIndex("rule")
        var items: [EvidenceItem] = []
        for row in data.rows.prefix(limit) {
            var item: EvidenceItem
            if let text, let marked = Self.string(row.values[text]) {
                let (plain, highlights) = Self.unmark(marked)
                item = EvidenceItem(text: plain, highlights: highlights, documentID: "", outlet: "")
            } else if let match, let matched = Self.string(row.values[match]) {
                let before = left.flatMap { Self.string(row.values[$0]) }.map { $0.trimmingWhitespace } ?? ""
                let after = right.flatMap { Self.string(row.values[$0]) } ?? ""
                let lead = before.isEmpty ? "" : "… " + before + (Self.opensQuote(before) ? "" : " ")
                let start = lead.utf8.count
                let gap = after.isEmpty || Self.attachesLeft(after) ? "" : " "
                let tail = after.isEmpty || Self.endsSentence(after) ? "" : " …"
                item = EvidenceItem(text: lead + matched + gap + after + tail, highlights: [start..<(start + matched.utf8.count)], documentID: "", outlet: "")
            } else {
                continue
            }
            item.documentID = document.flatMap { Self.string(row.values[$0]) } ?? ""
            item.outlet = outlet.flatMap { Self.string(row.values[$0]) } ?? ""
            item.sentence = sentence.flatMap { Self.number(row.values[$0]) }.map { Int($0) - 1 }
            item.note = rule.flatMap { Self.string(row.values[$0]) } ?? ""
            items.append(item)
        }
        let id = "ev\(evidence.count + 1)"
        evidence.append(EvidenceGroup(id: id, title: title, items: items, total: data.rowCount, placement: .inline))
        return id
    }

    // Concordance lines lose the original spacing between context and match; these put it
    // back the way English text has it.

    /// Text that joins the word before it without a space: punctuation, closing quotes, `’s`.
    static func attachesLeft(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ".,;:!?)]}’'”\"…".unicodeScalars.contains(first)
    }

    /// Text ending in an opening quote or bracket, which joins the next word without a space.
    static func opensQuote(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return "([{“‘".unicodeScalars.contains(last)
    }

    /// Text that ends a sentence (no "…" needed after it).
    static func endsSentence(_ text: String) -> Bool {
        var trimmed = text.unicodeScalars[...]
        while let last = trimmed.last, "”’\")]".unicodeScalars.contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?…".unicodeScalars.contains(last)
    }
}

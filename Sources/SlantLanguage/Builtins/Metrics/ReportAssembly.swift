import SlantReport

/// Turns the section and block records of the language into a ``SlantReport/Report``: tables
/// with their intervals and n folded into measures, charts, term lists and evidence groups
/// (each number's sentences, with an id its link points to).
struct ReportAssembly {
    /// Sentences kept per evidence group (the group still says how many there are).
    let evidenceLimit: Int
    private(set) var evidence: [EvidenceGroup] = []
    private var groupIDs: [String: String] = [:]

    init(evidenceLimit: Int) {
        self.evidenceLimit = evidenceLimit
    }

    /// Sections from `sections` values (section records, or blocks, which go to an untitled section).
    mutating func sections(_ values: [Value], at range: SourceRange) throws(RuntimeError) -> [ReportSection] {
        var sections: [ReportSection] = []
        for value in values {
            guard case .record(let record) = value else {
                throw RuntimeError("a report's sections must be section(…) values, not \(value.type.withArticle)", at: range,
                                   suggestion: "write sections: [section(\"Heading\", …), …]")
            }
            if case .string(let heading)? = record["section"], case .list(let blocks)? = record["blocks"] {
                var section = ReportSection(heading: heading)
                for block in blocks { section.blocks += try self.blocks(block, at: range) }
                sections.append(section)
            } else if record["block"] != nil {
                let blocks = try self.blocks(value, at: range)
                if let last = sections.indices.last, sections[last].heading.isEmpty {
                    sections[last].blocks += blocks
                } else {
                    sections.append(ReportSection(heading: "", blocks: blocks))
                }
            } else {
                throw RuntimeError("this record is not a section", at: range, suggestion: "make sections with section(\"Heading\", …)")
            }
        }
        return sections
    }

    private mutating func blocks(_ value: Value, at range: SourceRange) throws(RuntimeError) -> [ReportBlock] {
        guard case .record(let record) = value, case .string(let kind)? = record["block"] else {
            throw RuntimeError("a section holds blocks, not \(value.type.withArticle)", at: range)
        }
        let title = Self.string(record["title"]) ?? ""
        switch kind {
        case "prose":
            return [.prose(Self.string(record["text"]) ?? "")]
        case "warnings":
            guard case .list(let items)? = record["items"] else { return [] }
            let texts = items.compactMap { Self.string($0) }
            return texts.isEmpty ? [] : [.warnings(texts)]
        case "table":
            guard case .table(let data)? = record["data"] else { return [] }
            return [.table(table(data, title: title, evidence: Self.evidenceRows(record)))]
        case "chart":
            guard case .table(let data)? = record["data"] else { return [] }
            let spec = ChartSpec(record: record, table: data)
            let rows = Self.evidenceRows(record)
            if Self.string(record["kind"]) == "heatmap" { return [.heatmap(heatmap(data, spec: spec, title: title, evidence: rows))] }
            return [.barChart(barChart(data, spec: spec, title: title, evidence: rows))]
        case "terms":
            guard case .table(let data)? = record["data"] else { return [] }
            return [.termLists(termLists(data, title: title.isEmpty ? "Distinctive words and phrases" : title, evidence: Self.evidenceRows(record)))]
        case "evidence":
            guard case .table(let data)? = record["data"] else { return [] }
            let limit = Self.number(record["limit"]).map { Int($0) } ?? 20
            return [.evidence(inlineEvidence(data, title: title.isEmpty ? "Evidence" : title, limit: limit))]
        default:
            throw RuntimeError("unknown block kind '\(kind)'", at: range)
        }
    }

    // MARK: Tables

    /// Which columns of a data table become measures, and where their intervals and n are.
    private struct Folding {
        var intervals: [Int: (low: Int, high: Int)] = [:]
        var folded = Set<Int>()
        var n: Int?
        var warning: Int?

        init(_ table: Table) {
            let names = table.columnNames
            let numeric = table.columns.indices.filter { table.columns[$0].type == .number }
            let bookkeeping: Set<String> = ["n", "lo", "hi", "low", "high"]
            for (index, name) in names.enumerated() {
                for (lowSuffix, highSuffix) in [("_lo", "_hi"), ("_low", "_high")] where name.hasSuffix(lowSuffix) {
                    let base = String(name.dropLast(lowSuffix.count))
                    if let value = table.columnIndex(base), let high = table.columnIndex(base + highSuffix) {
                        intervals[value] = (index, high)
                        folded.formUnion([index, high])
                    }
                }
            }
            for (lowName, highName) in [("lo", "hi"), ("low", "high")] {
                guard let low = table.columnIndex(lowName), let high = table.columnIndex(highName) else { continue }
                // Plain lo/hi belong to the nearest number column before them.
                if let value = numeric.last(where: { $0 < low && !bookkeeping.contains(names[$0]) && intervals[$0] == nil }) {
                    intervals[value] = (low, high)
                    folded.formUnion([low, high])
                }
            }
            n = table.columnIndex("n").flatMap { table.columns[$0].type == .number || table.columns[$0].type == .nil ? $0 : nil }
            warning = table.columnIndex("warning")
        }
    }

    mutating func table(_ data: Table, title: String, evidence rows: [EvidenceRow]) -> ReportTable {
        let folding = Folding(data)
        let names = data.columnNames
        let bookkeeping: Set<String> = ["n", "lo", "hi", "low", "high", "documents", "sentences", "words", "inferred"]
        let measureColumns = Set(data.columns.indices.filter { index in
            guard data.columns[index].type == .number, !folding.folded.contains(index), index != folding.n else { return false }
            if folding.intervals[index] != nil { return true }
            guard !bookkeeping.contains(names[index]) else { return false }
            return rows.contains { $0.column == names[index] || $0.column == nil }
        })
        var hidden = folding.folded
        if !measureColumns.isEmpty {
            if let n = folding.n { hidden.insert(n) }
            if let warning = folding.warning { hidden.insert(warning) }
        }
        let shown = data.columns.indices.filter { !hidden.contains($0) }
        let columns = shown.map { index -> ReportColumn in
            let kind: ReportColumn.Kind
            if measureColumns.contains(index) { kind = .measure } else {
                switch data.columns[index].type {
                case .number: kind = .number
                case .bool: kind = .bool
                default: kind = .text
                }
            }
            return ReportColumn(names[index], kind)
        }
        var cells: [[ReportCell]] = []
        for (rowIndex, row) in data.rows.enumerated() {
            let label = Self.rowLabel(row, table: data, fallback: "row \(rowIndex + 1)")
            let caution = folding.warning.flatMap { Self.string(row.values[$0]) }
            cells.append(shown.map { index in
                let value = row.values[index]
                guard measureColumns.contains(index) else { return Self.cell(value) }
                let pieces = rows.filter { $0.row == rowIndex && ($0.column == names[index] || $0.column == nil) }
                let id = evidenceGroup(pieces, title: title.isEmpty ? "\(names[index]) — \(label)" : "\(title): \(names[index]) — \(label)")
                let interval = folding.intervals[index].flatMap { pair -> ClosedRange<Double>? in
                    guard let low = Self.number(row.values[pair.low]), let high = Self.number(row.values[pair.high]), low <= high else { return nil }
                    return low...high
                }
                let n = folding.n.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? (pieces.isEmpty ? nil : Self.sentenceCount(pieces))
                return .measure(ReportMeasure(value: Self.number(value), n: n, interval: interval, evidence: id, caution: caution))
            })
        }
        var notes: [String] = []
        if !measureColumns.isEmpty, folding.intervals.isEmpty == false {
            notes.append("Intervals are 95% bootstrap intervals; n is what each number rests on.")
        }
        return ReportTable(title: title, columns: columns, rows: cells, notes: notes)
    }

    // MARK: Charts

    private struct ChartSpec {
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

    private mutating func barChart(_ data: Table, spec: ChartSpec, title: String, evidence rows: [EvidenceRow]) -> BarChart {
        let valueName = spec.value.map { data.columnNames[$0] }
        let bars = data.rows.enumerated().map { rowIndex, row -> BarChart.Bar in
            let label = spec.label.map { ValueText.cell(row.values[$0]) } ?? "row \(rowIndex + 1)"
            let pieces = rows.filter { $0.row == rowIndex && ($0.column == valueName || $0.column == nil) }
            let interval: ClosedRange<Double>? = {
                guard let lowColumn = spec.low, let highColumn = spec.high,
                      let low = Self.number(row.values[lowColumn]), let high = Self.number(row.values[highColumn]), low <= high else { return nil }
                return low...high
            }()
            return BarChart.Bar(
                label: label.isEmpty ? "(none)" : label, value: spec.value.flatMap { Self.number(row.values[$0]) }, interval: interval,
                n: spec.n.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? (pieces.isEmpty ? nil : Self.sentenceCount(pieces)),
                evidence: evidenceGroup(pieces, title: "\(title.isEmpty ? valueName ?? "value" : title) — \(label)"),
                caution: spec.warning.flatMap { Self.string(row.values[$0]) })
        }
        return BarChart(title: title, unit: spec.unit, bars: bars)
    }

    private mutating func heatmap(_ data: Table, spec: ChartSpec, title: String, evidence rows: [EvidenceRow]) -> Heatmap {
        let names = data.columnNames
        let labels = data.rows.enumerated().map { index, row in
            spec.label.map { ValueText.cell(row.values[$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? "row \(index + 1)"
        }
        var cells: [[Heatmap.Cell]] = []
        for (rowIndex, row) in data.rows.enumerated() {
            cells.append(spec.columns.map { column in
                let pieces = rows.filter { $0.row == rowIndex && ($0.column == names[column] || $0.column == nil) }
                return Heatmap.Cell(
                    value: Self.number(row.values[column]), n: spec.n.flatMap { Self.number(row.values[$0]) }.map { Int($0) },
                    evidence: evidenceGroup(pieces, title: "\(title.isEmpty ? names[column] : title): \(names[column]) — \(labels[rowIndex])"))
            })
        }
        return Heatmap(title: title, unit: spec.unit, rowLabels: labels, columnLabels: spec.columns.map { names[$0] }, cells: cells)
    }

    // MARK: Terms and evidence

    private mutating func termLists(_ data: Table, title: String, evidence rows: [EvidenceRow]) -> TermLists {
        guard let term = data.columnIndex("term"), let z = data.columnIndex("z") else { return TermLists(title: title, lists: []) }
        let count = data.columnIndex("count")
        let baseline = data.columnIndex("baseline")
        var order: [String] = []
        var lists: [String: [TermLists.Term]] = [:]
        for (rowIndex, row) in data.rows.enumerated() {
            let group = (0..<term).map { ValueText.cell(row.values[$0]) }.joined(separator: " / ")
            guard let text = Self.string(row.values[term]), let score = Self.number(row.values[z]) else { continue }
            if lists[group] == nil { order.append(group) }
            let pieces = rows.filter { $0.row == rowIndex }
            lists[group, default: []].append(TermLists.Term(
                term: text, score: score, count: count.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? 0,
                baselineCount: baseline.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? 0,
                evidence: evidenceGroup(pieces, title: "“\(text)” — \(group.isEmpty ? "all" : group)")))
        }
        return TermLists(
            title: title, scoreName: "z", baseline: "the rest", lists: order.map { TermLists.TermList(group: $0, terms: lists[$0] ?? []) },
            notes: ["z: how far above the rest each group's log-odds of the term lie (weighted log-odds with an informative Dirichlet prior, Monroe et al. 2008), with the raw counts in the group and in the rest."])
    }

    private mutating func inlineEvidence(_ data: Table, title: String, limit: Int) -> String {
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
                let lead = before.isEmpty ? "" : "… " + before + " "
                let start = lead.utf8.count
                item = EvidenceItem(text: lead + matched + (after.isEmpty ? "" : " ") + after + " …", highlights: [start..<(start + matched.utf8.count)], documentID: "", outlet: "")
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

    /// An evidence group for these pieces (nil for none): one item per sentence, with the words
    /// of every piece in it highlighted and their rules joined; identical groups share one id.
    private mutating func evidenceGroup(_ pieces: [EvidenceRow], title: String) -> String? {
        guard !pieces.isEmpty else { return nil }
        var order: [String] = []
        var merged: [String: (row: EvidenceRow, highlights: [Range<Int>], plain: String, rules: [String])] = [:]
        for piece in pieces {
            let key = "\(piece.document)#\(piece.sentence)"
            let (plain, highlights) = Self.unmark(piece.text)
            if var existing = merged[key] {
                existing.highlights += highlights
                if !piece.rule.isEmpty, !existing.rules.contains(piece.rule) { existing.rules.append(piece.rule) }
                merged[key] = existing
            } else {
                order.append(key)
                merged[key] = (piece, highlights, plain, piece.rule.isEmpty ? [] : [piece.rule])
            }
        }
        let identity = order.map { key in
            let entry = merged[key]
            return "\(key)|\(entry?.rules.joined(separator: "|") ?? "")|\(entry?.highlights.map { "\($0)" }.joined() ?? "")"
        }.joined(separator: "\n")
        if let existing = groupIDs[identity] { return existing }
        let id = "ev\(evidence.count + 1)"
        groupIDs[identity] = id
        let items = order.prefix(evidenceLimit).compactMap { key -> EvidenceItem? in
            guard let entry = merged[key] else { return nil }
            let highlights = Self.mergedRanges(entry.highlights)
            return EvidenceItem(
                text: entry.plain, highlights: highlights, documentID: entry.row.document, outlet: entry.row.outlet,
                sentence: entry.row.sentence - 1, note: entry.rules.joined(separator: "; "))
        }
        evidence.append(EvidenceGroup(id: id, title: title, items: items, total: order.count))
        return id
    }

    /// Ranges sorted with overlaps joined.
    private static func mergedRanges(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    // MARK: Values

    /// One row of a block's evidence table.
    struct EvidenceRow {
        var row: Int
        var column: String?
        var document: String
        var outlet: String
        var sentence: Int
        var text: String
        var rule: String
    }

    static func evidenceRows(_ record: Record) -> [EvidenceRow] {
        guard case .table(let table)? = record["evidence"],
              let row = table.columnIndex("row"), let column = table.columnIndex("column"), let document = table.columnIndex("document"),
              let outlet = table.columnIndex("outlet"), let sentence = table.columnIndex("sentence"), let text = table.columnIndex("text"),
              let rule = table.columnIndex("rule")
        else { return [] }
        return table.rows.compactMap { values in
            guard let rowNumber = number(values.values[row]), let sentenceNumber = number(values.values[sentence]) else { return nil }
            return EvidenceRow(
                row: Int(rowNumber) - 1, column: string(values.values[column]), document: string(values.values[document]) ?? "",
                outlet: string(values.values[outlet]) ?? "", sentence: Int(sentenceNumber), text: string(values.values[text]) ?? "",
                rule: string(values.values[rule]) ?? "")
        }
    }

    /// Text with `[[`…`]]` marks as plain text and the byte ranges that were marked.
    static func unmark(_ marked: String) -> (String, [Range<Int>]) {
        let bytes = Array(marked.utf8)
        var plain: [UInt8] = []
        plain.reserveCapacity(bytes.count)
        var highlights: [Range<Int>] = []
        var open: Int?
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "["), open == nil {
                open = plain.count
                index += 2
            } else if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "]"), let start = open {
                if start < plain.count { highlights.append(start..<plain.count) }
                open = nil
                index += 2
            } else {
                plain.append(bytes[index])
                index += 1
            }
        }
        return (String(decoding: plain, as: UTF8.self), highlights)
    }

    private static func sentenceCount(_ pieces: [EvidenceRow]) -> Int {
        Set(pieces.map { "\($0.document)#\($0.sentence)" }).count
    }

    /// A row's label: its first text cell.
    private static func rowLabel(_ row: Table.Row, table: Table, fallback: String) -> String {
        for value in row.values { if case .string(let text) = value { return text } }
        return fallback
    }

    private static func cell(_ value: Value) -> ReportCell {
        switch value {
        case .nil: return .empty
        case .number(let number): return number.isFinite ? .number(number) : .empty
        case .string(let text): return .text(text)
        case .bool(let flag): return .bool(flag)
        default: return .text(ValueText.cell(value))
        }
    }

    static func string(_ value: Value?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    static func number(_ value: Value?) -> Double? {
        if case .number(let number)? = value, number.isFinite { return number }
        return nil
    }
}

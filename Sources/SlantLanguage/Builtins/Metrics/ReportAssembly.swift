import SlantReport

/// Turns the section and block records of the language into a ``SlantReport/Report``: tables
/// with their intervals and n folded into measures, charts, term lists and evidence groups
/// (each number's sentences, with an id its link points to).
struct ReportAssembly {
    /// Sentences kept per evidence group (the group still says how many there are).
    let evidenceLimit: Int
    var evidence: [EvidenceGroup] = []
    /// Evidence groups by their content, so identical lists share one id.
    var groupIDs: [String: String] = [:]

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

    /// An evidence group for these pieces (nil for none): one item per sentence, with the words
    /// of every piece in it highlighted and their rules joined; identical groups share one id.
    mutating func evidenceGroup(_ pieces: [EvidenceRow], title: String) -> String? {
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

    static func sentenceCount(_ pieces: [EvidenceRow]) -> Int {
        Set(pieces.map { "\($0.document)#\($0.sentence)" }).count
    }

    /// A row's label: its first text cell.
    static func rowLabel(_ row: Table.Row, fallback: String) -> String {
        for value in row.values { if case .string(let text) = value { return text } }
        return fallback
    }

    /// The interval a row's `low` and `high` columns hold; nil when either is not a finite
    /// number or they are out of order.
    static func interval(_ row: Table.Row, low: Int, high: Int) -> ClosedRange<Double>? {
        guard let lower = number(row.values[low]), let upper = number(row.values[high]), lower <= upper else { return nil }
        return lower...upper
    }

    static func cell(_ value: Value) -> ReportCell {
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

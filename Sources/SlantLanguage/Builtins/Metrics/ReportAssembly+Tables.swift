import Foundation
import SlantReport

/// Tables in reports: intervals, n and warnings folded into measures linked to evidence.
extension ReportAssembly {
    // MARK: Tables

    /// Which columns of a data table become measures, and where their intervals and n are.
    struct Folding {
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
        let bookkeeping: Set<String> = ["n", "lo", "hi", "low", "high", "documents", "words", "inferred"]
        var measureColumns = Set(data.columns.indices.filter { index in
            guard data.columns[index].type == .number, !folding.folded.contains(index), index != folding.n else { return false }
            if folding.intervals[index] != nil { return true }
            guard !bookkeeping.contains(names[index]) else { return false }
            return rows.contains { $0.column == names[index] || $0.column == nil }
        })
        // A row's n goes with its primary measure (the first with an interval: value, interval
        // and n read together); without an interval the n column stays where the table has it.
        // A column with evidence of its own gets its own count.
        let primary = data.columns.indices.first { measureColumns.contains($0) && folding.intervals[$0] != nil }
        var hidden = folding.folded
        if primary != nil, let n = folding.n { hidden.insert(n) }
        // A visible n column is a number like the others: it links to the sentences it counts.
        if primary == nil, let n = folding.n, !measureColumns.isEmpty { measureColumns.insert(n) }
        if !measureColumns.isEmpty, let warning = folding.warning { hidden.insert(warning) }
        let shown = data.columns.indices.filter { !hidden.contains($0) }
        let ownEvidence = Set(rows.compactMap(\.column))
        let cautions = Self.splitCautions(data.rows.map { row in folding.warning.flatMap { Self.string(row.values[$0]) } })
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
        let rowsByIndex = Dictionary(grouping: rows, by: \.row)
        var cells: [[ReportCell]] = []
        for (rowIndex, row) in data.rows.enumerated() {
            let label = Self.rowLabel(row, fallback: "row \(rowIndex + 1)")
            let rowPieces = rowsByIndex[rowIndex] ?? []
            let caution = cautions.perRow[rowIndex]
            cells.append(shown.map { index in
                let value = row.values[index]
                guard measureColumns.contains(index) else { return Self.cell(value) }
                let pieces = rowPieces.filter { $0.column == names[index] || $0.column == nil }
                let id = evidenceGroup(pieces, title: title.isEmpty ? "\(names[index]) — \(label)" : "\(title): \(names[index]) — \(label)")
                let interval = folding.intervals[index].flatMap { Self.interval(row, low: $0.low, high: $0.high) }
                var n: Int?
                if index == folding.n {
                    n = nil
                } else if index == primary {
                    n = folding.n.flatMap { Self.number(row.values[$0]) }.map { Int($0) } ?? (pieces.isEmpty ? nil : Self.sentenceCount(pieces))
                } else if ownEvidence.contains(names[index]) || (primary == nil && folding.n == nil && index == measureColumns.min()), !pieces.isEmpty {
                    n = Self.sentenceCount(pieces)
                }
                return .measure(ReportMeasure(value: Self.number(value), n: n, interval: interval, evidence: id, caution: caution))
            })
        }
        var notes = cautions.common.map { "⚠ Every row: \($0)." }
        if !measureColumns.isEmpty, folding.intervals.isEmpty == false {
            notes.append("Intervals are 95% bootstrap intervals; n is what each number rests on.")
        }
        return ReportTable(title: title, columns: columns, rows: cells, notes: notes)
    }

    /// Cautions ("rests on 2 sentences; one document") split into those every row shares, said
    /// once under the table or chart, and each row's own.
    static func splitCautions(_ texts: [String?]) -> (common: [String], perRow: [String?]) {
        let parts = texts.map { text in text.map { $0.components(separatedBy: "; ").filter { !$0.isEmpty } } ?? [] }
        guard parts.count > 1, let first = parts.first else {
            return ([], parts.map { $0.isEmpty ? nil : $0.joined(separator: "; ") })
        }
        let common = first.filter { part in parts.allSatisfy { $0.contains(part) } }
        let perRow = parts.map { row -> String? in
            let own = row.filter { !common.contains($0) }
            return own.isEmpty ? nil : own.joined(separator: "; ")
        }
        return (common, perRow)
    }
}

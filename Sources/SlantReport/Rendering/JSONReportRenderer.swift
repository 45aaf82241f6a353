/// The report as JSON: metadata, sections with typed blocks (every table with its columns and
/// typed cells; measures as objects with value, n, low, high, evidence), and the evidence.
/// Also each table alone, as an array of row objects in the CSV shape.
public struct JSONReportRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let metadata: [(String, JSONText.Node)] = [
            ("corpus", .string(report.metadata.corpus)),
            ("date", .string(report.metadata.date)),
            ("generatedBy", .string(report.metadata.generatedBy)),
            ("fields", .array(report.metadata.fields.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })),
        ]
        let root: JSONText.Node = .object([
            ("title", .string(report.title)),
            ("metadata", .object(metadata)),
            ("sections", .array(report.sections.map { section in
                .object([("heading", .string(section.heading)), ("blocks", .array(section.blocks.map(block)))])
            })),
            ("evidence", .array(report.evidence.map(evidence))),
        ])
        return JSONText.render(root) + "\n"
    }

    /// One table as an array of objects, one per row, keyed by the flattened column names.
    public func records(_ table: ReportTable) -> String {
        let flat = FlatTable(table)
        let rows: [JSONText.Node] = flat.rows.map { row in
            .object(zip(flat.columns, row).map { name, value in (name, Self.node(value)) })
        }
        return JSONText.render(.array(rows)) + "\n"
    }

    private func block(_ block: ReportBlock) -> JSONText.Node {
        switch block {
        case .prose(let text): return .object([("type", .string("prose")), ("text", .string(text))])
        case .table(let table): return .object([("type", .string("table"))] + fields(of: table))
        case .barChart(let chart):
            return .object([
                ("type", .string("barChart")), ("title", .string(chart.title)), ("unit", .string(chart.unit)),
                ("bars", .array(chart.bars.map { bar in
                    .object([("label", .string(bar.label))] + measureFields(value: bar.value, n: bar.n, interval: bar.interval, evidence: bar.evidence, caution: bar.caution))
                })),
                ("notes", .array(chart.notes.map { .string($0) })),
            ])
        case .heatmap(let map):
            return .object([
                ("type", .string("heatmap")), ("title", .string(map.title)), ("unit", .string(map.unit)),
                ("rows", .array(map.rowLabels.map { .string($0) })), ("columns", .array(map.columnLabels.map { .string($0) })),
                ("cells", .array(map.cells.map { row in
                    .array(row.map { cell in .object(measureFields(value: cell.value, n: cell.n, interval: nil, evidence: cell.evidence, caution: nil)) })
                })),
                ("notes", .array(map.notes.map { .string($0) })),
            ])
        case .termLists(let lists):
            return .object([
                ("type", .string("termLists")), ("title", .string(lists.title)), ("score", .string(lists.scoreName)),
                ("baseline", .string(lists.baseline)),
                ("lists", .array(lists.lists.map { list in
                    .object([("group", .string(list.group)), ("terms", .array(list.terms.map { term in
                        .object([
                            ("term", .string(term.term)), ("score", .number(term.score)), ("count", .number(Double(term.count))),
                            ("baselineCount", .number(Double(term.baselineCount))), ("evidence", term.evidence.map { .string($0) } ?? .null),
                        ])
                    }))])
                })),
                ("notes", .array(lists.notes.map { .string($0) })),
            ])
        case .evidence(let id): return .object([("type", .string("evidence")), ("id", .string(id))])
        case .warnings(let warnings): return .object([("type", .string("warnings")), ("warnings", .array(warnings.map { .string($0) }))])
        }
    }

    private func fields(of table: ReportTable) -> [(String, JSONText.Node)] {
        [
            ("title", .string(table.title)),
            ("columns", .array(table.columns.map { column in
                .object([("name", .string(column.name)), ("kind", .string(column.kind.rawValue)), ("unit", .string(column.unit))])
            })),
            ("rows", .array(table.rows.map { row in .array(row.map(cell)) })),
            ("notes", .array(table.notes.map { .string($0) })),
        ]
    }

    private func cell(_ cell: ReportCell) -> JSONText.Node {
        switch cell {
        case .empty: return .null
        case .text(let text): return .string(text)
        case .number(let value): return .number(value)
        case .bool(let flag): return .bool(flag)
        case .measure(let measure):
            return .object(measureFields(value: measure.value, n: measure.n, interval: measure.interval, evidence: measure.evidence, caution: measure.caution))
        }
    }

    private func measureFields(value: Double?, n: Int?, interval: ClosedRange<Double>?, evidence: String?, caution: String?) -> [(String, JSONText.Node)] {
        [
            ("value", value.map { .number($0) } ?? .null),
            ("n", n.map { .number(Double($0)) } ?? .null),
            ("low", interval.map { .number($0.lowerBound) } ?? .null),
            ("high", interval.map { .number($0.upperBound) } ?? .null),
            ("evidence", evidence.map { .string($0) } ?? .null),
            ("caution", caution.map { .string($0) } ?? .null),
        ]
    }

    private func evidence(_ group: EvidenceGroup) -> JSONText.Node {
        .object([
            ("id", .string(group.id)), ("anchor", .string(ReportSlug.anchor(group.id))), ("title", .string(group.title)),
            ("total", .number(Double(group.total))), ("placement", .string(group.placement.rawValue)),
            ("items", .array(group.items.map { item in
                .object([
                    ("text", .string(item.text)),
                    ("highlights", .array(item.highlights.map { .array([.number(Double($0.lowerBound)), .number(Double($0.upperBound))]) })),
                    ("document", .string(item.documentID)), ("outlet", .string(item.outlet)),
                    ("sentence", item.sentence.map { .number(Double($0)) } ?? .null), ("note", .string(item.note)),
                ])
            })),
        ])
    }

    private static func node(_ value: FlatTable.Value) -> JSONText.Node {
        switch value {
        case .null: return .null
        case .text(let text): return .string(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        }
    }
}

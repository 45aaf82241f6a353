import SlantText

/// Documents as table rows: `id`, `outlet`, `date`, `title`, `words`, `sentences`, then every
/// metadata field (sorted by name). Empty outlet, date or title, and absent metadata, are nil.
/// `words` and `sentences` come from ``TextAnalyzer`` (after cleaning), and each row keeps its
/// ``AnalysedDocument`` for the metrics.
enum DocumentTable {
    static let fixedColumns = ["id", "outlet", "date", "title", "words", "sentences"]

    static func make(from corpus: Corpus) -> Table {
        let analysed = TextAnalyzer.analyse(corpus.documents)
        var metadataKeys = Set<String>()
        for document in corpus.documents { metadataKeys.formUnion(document.metadata.keys) }
        let extra = metadataKeys.subtracting(fixedColumns).sorted()
        let names = fixedColumns + extra
        let rows = analysed.map { analysis in
            let document = analysis.document
            var values: [Value] = [
                .string(document.id), optional(document.outlet), optional(document.date), optional(document.title),
                .number(Double(analysis.wordCount)), .number(Double(analysis.sentences.count)),
            ]
            for key in extra { values.append(document.metadata[key].map { .string($0) } ?? .nil) }
            return Table.Row(values: values, analysis: analysis)
        }
        // Each column holds one type (or nil) by construction, so building cannot fail.
        return (try? Table(columnNames: names, rows: rows)) ?? Table(columns: [])
    }

    private static func optional(_ text: String) -> Value {
        text.isEmpty ? .nil : .string(text)
    }
}

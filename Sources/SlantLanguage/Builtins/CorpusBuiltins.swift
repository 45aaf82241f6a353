/// Loading corpora as tables of documents.
enum CorpusBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [corpus] }

    static let corpus = Builtin(
        name: "corpus", category: "Corpus", signature: "corpus(path?) -> table",
        summary: "The documents of a corpus as a table, one row per document.",
        details: """
            `corpus()` is the session's corpus: the five bundled seed articles, or the corpus given with \
            `slant run --corpus PATH`. `corpus("PATH")` loads a folder of `.txt` files (with an optional \
            `manifest.csv`), a JSON Lines file (`.jsonl`, `.jsonl.gz`) or a CSV file; relative paths start \
            at the current directory. Columns: `id`, `outlet`, `date`, `title`, then every metadata field in \
            name order. Each row carries its document, so metrics can read the text. A corpus is loaded \
            once per session.
            """,
        examples: [
            BuiltinExample("corpus() | count", "5"),
            BuiltinExample("corpus() | where outlet == \"Breitbart\" | select date", "date\n----------\n2015-11-18"),
        ],
        parameters: [.value("path", .string, optional: true)]
    ) { call throws(RuntimeError) in
        let path = call.has("path") ? try call.string("path") : nil
        return .table(try call.corpusTable(path: path))
    }
}

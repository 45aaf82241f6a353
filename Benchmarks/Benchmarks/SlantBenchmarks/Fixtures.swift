import Foundation
import SlantText

/// Inputs shared by the benchmarks: the real corpus from ../shared when present, the seeds always.
enum Fixtures {
    /// `../shared/corpora/allsides-russia.jsonl.gz` beside the project, if it is there.
    static let largeCorpusPath: String? = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.deletingLastPathComponent()
            .appendingPathComponent("shared/corpora/allsides-russia.jsonl.gz").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Every sentence of the five seeds, as text.
    static let seedSentences: [String] = {
        guard let corpus = try? Corpus.seeds() else { return [] }
        return corpus.documents.flatMap { document in
            let analysed = TextAnalyzer.analyse(document)
            return analysed.sentences.map { analysed.text(of: $0) }
        }
    }()

    /// A 1,000-line script exercising every construct of the language.
    static let thousandLineScript: String = {
        let block = """
            # a comment line
            let docs = corpus()
            let f = fn(x) x * 2 + 1
            let r = {name: "Russia", n: f(20), tags: [1, 2, 3]}
            docs | where outlet == "Breitbart" and words > 100 | select id, outlet, words | sort words desc | top 3
            docs | by outlet | table(n = count, w = mean(words))
            actor Kremlin = "Kremlin", "Moscow"
            let s = "a string with \\"escapes\\" and \\n newlines"
            [1, 2, 3] | sum
            if r.n > 10 then "big" else "small"

            """
        return String(repeating: block, count: 100)
    }()
}

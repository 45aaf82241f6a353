import Benchmark
import Foundation
import SlantLanguage
import SlantMetrics
import SlantText

// Figures and the commands that produced them are recorded in docs/PERFORMANCE.md.
// Run from Benchmarks/: `swift package --disable-sandbox benchmark`
// (add `--filter 'Parse.*'` to run one group).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 5)

    if let path = Fixtures.largeCorpusPath {
        // One core: documents are analysed one after another, not with the parallel overload.
        Benchmark("Corpus: load+clean+segment, 43.6 MB of text, 1 core") { benchmark in
            for _ in benchmark.scaledIterations {
                let corpus = try Corpus.load(path: path)
                var words = 0
                for document in corpus.documents {
                    words += TextAnalyzer.analyse(document).wordCount
                }
                blackHole(words)
            }
        }
        Benchmark("Corpus: load+clean+segment+tag, 43.6 MB of text, 1 core") { benchmark in
            let tagger = try PerceptronTagger.shared()
            for _ in benchmark.scaledIterations {
                let corpus = try Corpus.load(path: path)
                var tags = 0
                for document in corpus.documents {
                    let analysed = TextAnalyzer.analyse(document)
                    for index in analysed.sentences.indices {
                        tags += analysed.tags(forSentence: index, using: tagger).count
                    }
                }
                blackHole(tags)
            }
        }
    }

    Benchmark("Parse: 1,000-line script", configuration: .init(maxIterations: 50)) { benchmark in
        let source = Fixtures.thousandLineScript
        for _ in benchmark.scaledIterations {
            blackHole(try Parser.parse(source: source))
        }
    }

    Benchmark("VADER: seed sentences x20", configuration: .init(maxIterations: 20)) { benchmark in
        let vader = try VaderAnalyzer()
        let sentences = Fixtures.seedSentences
        for _ in benchmark.scaledIterations {
            for _ in 0..<20 {
                for sentence in sentences { blackHole(vader.polarityScores(sentence)) }
            }
        }
    }
}

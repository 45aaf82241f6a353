import Foundation
import SlantText
import Testing
@testable import SlantLanguage

/// Thousands of random and mutated scripts go through the parser and the evaluator: none may
/// crash or hang. Deterministic (a fixed seed), with a step budget so runaway recursion ends.
@Suite("Fuzzing")
struct FuzzTests {
    /// SplitMix64: small, fast and reproducible.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    }

    static let vocabulary = [
        "let", "x", "y", "f", "=", "fn", "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "|", "\n", "+", "-", "*",
        "/", "%", "==", "!=", "<", ">=", "and", "or", "not", "if", "then", "else", "where", "select", "sort", "desc",
        "top", "by", "actor", "true", "false", "nil", "0", "1", "2.5", "1e3", "\"s\"", "\"\\n\"", "count", "sum",
        "mean", "corpus()", "table", "range", "map", "it", "words", "outlet", "#", "#[", "]#", "\"", "\\", "é",
        "derive", "distinct", "rows", "ungroup", "round", "split", "join", "median", "sd", "min", "max",
    ]

    static let seeds = [
        "corpus() | by outlet | table(n = count, w = mean(words))",
        "let f = fn(x) if x <= 1 then 1 else x * f(x - 1); f(6)",
        "actor Russia = \"Russia\", \"Moscow\"\nRussia.aliases | map(upper)",
        "corpus() | where words > 500 and outlet != \"Hot Air\" | sort words desc | top 2 | select outlet, w = words / 2",
        "table(a = [1, 2, 3], b = [\"x\", \"y\", \"x\"]) | by b | sum(a)",
        "{ let xs = range(10); xs | where it % 2 == 0 | sum }",
        "[{a: 1}, {a: 2}] | table | derive(b = a * 2) | rows",
        "\"a,b,c\" | split(\",\") | join(\"-\")",
        "let g = fn(t) t | count\ncorpus() | by outlet | table(n = g(it))",
    ]

    /// A tiny in-memory corpus so fuzzed `corpus("…")` calls never touch the file system.
    static let options: SessionOptions = {
        let documents = [
            Document(id: "a", outlet: "One", date: "2015-01-02", title: "A", text: "Russia said no. Moscow agreed."),
            Document(id: "b", outlet: "Two", date: "2014-05-06", title: "B", text: "Assad spoke. Nobody listened at all."),
        ]
        let corpus = Corpus(name: "fuzz", documents: documents)
        return SessionOptions(
            corpusLoader: CorpusLoader { _ in corpus },
            evaluationLimits: EvaluationLimits(maximumSteps: 100_000, maximumCollectionSize: 50_000))
    }()

    private func exercise(_ source: String) {
        _ = Session.parseStatus(source)
        let session = Session(options: Self.options)
        for output in session.run(source, origin: "fuzz") {
            if case .value(let value) = output {
                for format in OutputFormat.allCases { _ = ValueRenderer(format: format).render(value) }
            }
        }
        _ = dumpAST(source)
    }

    @Test func randomTokenSoup() {
        var random = Generator(state: 0x5EED)
        for _ in 0..<2_500 {
            let length = 1 + random.below(25)
            var parts: [String] = []
            for _ in 0..<length { parts.append(Self.vocabulary[random.below(Self.vocabulary.count)]) }
            exercise(parts.joined(separator: random.below(3) == 0 ? "" : " "))
        }
    }

    @Test func mutatedValidScripts() {
        var random = Generator(state: 0xC0FFEE)
        for _ in 0..<2_500 {
            var bytes = Array(Self.seeds[random.below(Self.seeds.count)].utf8)
            for _ in 0..<(1 + random.below(4)) {
                guard !bytes.isEmpty else { break }
                let position = random.below(bytes.count)
                switch random.below(5) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(UInt8(32 + random.below(95)), at: position)
                case 2: bytes.insert(contentsOf: Array(Self.vocabulary[random.below(Self.vocabulary.count)].utf8), at: position)
                case 3:
                    let end = min(bytes.count, position + 1 + random.below(8))
                    bytes.insert(contentsOf: bytes[position..<end], at: position)
                default:
                    let other = random.below(bytes.count)
                    bytes.swapAt(position, other)
                }
            }
            exercise(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func outputIsDeterministic() {
        for seed in Self.seeds {
            let first = run(seed, format: .json, session: Session(options: Self.options))
            let second = run(seed, format: .json, session: Session(options: Self.options))
            #expect(first == second)
            #expect(!first.hasPrefix("error"), "\(seed) → \(first)")
        }
    }
}

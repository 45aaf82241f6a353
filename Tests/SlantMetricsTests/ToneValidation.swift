import Foundation
import SlantMetrics
import SlantText

/// The NewsMTSC development set (`../shared/data/newsmtsc/train.jsonl`) and the measurements
/// reported in docs/VALIDATION.md: macro-F1, confusion matrix, thresholds chosen on one half.
enum ToneValidation {
    struct Row: Decodable {
        var sentence: String
        var target: String
        var from: Int
        var to: Int
        var label: String
    }

    /// One NewsMTSC row, analysed once and ready to score under any options.
    struct Case {
        var gold: ToneLabel
        /// 0 = tuning half, 1 = held-out half (FNV-1a of the sentence, so all targets of one
        /// sentence fall in the same half).
        var half: Int
        var sentence: ToneSentence
        var target: Range<Int>
    }

    /// `../shared/data/newsmtsc/train.jsonl`, found from this file's path; nil when absent.
    static let dataFile: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/newsmtsc/train.jsonl")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }()

    /// NewsMTSC's `from`/`to` count Unicode code points (Python string indices); Slant's ranges
    /// are UTF-8 bytes.
    static func byteOffset(ofScalar index: Int, in text: String) -> Int {
        var bytes = 0
        for (position, scalar) in text.unicodeScalars.enumerated() {
            if position == index { return bytes }
            bytes += UTF8.width(scalar)
        }
        return bytes
    }

    /// FNV-1a 64 of the UTF-8 bytes.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Loads and analyses every row: tokens and tags of the sentence holding the target (no
    /// boilerplate cleaning: the rows are single sentences, some starting with BBC captions).
    static func load(_ url: URL) throws -> [Case] {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        let tagger = try PerceptronTagger.shared()
        let cleaner = Cleaner(rules: [])
        var cases: [Case] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let row = try decoder.decode(Row.self, from: Data(line))
            guard let gold = ToneLabel(rawValue: row.label) else { continue }
            let start = byteOffset(ofScalar: row.from, in: row.sentence)
            let end = byteOffset(ofScalar: row.to, in: row.sentence)
            let analysis = TextAnalyzer.analyse(Document(id: "newsmtsc", text: row.sentence), cleaner: cleaner)
            let touched = analysis.tokens.indices.filter {
                analysis.tokens[$0].range.lowerBound < end && analysis.tokens[$0].range.upperBound > start
            }
            guard let first = touched.first, let last = touched.last,
                  let sentenceIndex = analysis.sentences.firstIndex(where: { $0.tokens.contains(first) }) else { continue }
            let quoted = QuoteMask.quotedTokens(in: analysis)
            let tags = analysis.tags(forSentence: sentenceIndex, using: tagger)
            let sentence = ToneSentence(document: analysis, sentence: sentenceIndex, tags: tags, quoted: quoted)
            let lastInSentence = min(last + 1, analysis.sentences[sentenceIndex].tokens.upperBound)
            cases.append(Case(
                gold: gold, half: Int(fnv1a(row.sentence) % 2), sentence: sentence,
                target: (first - sentence.firstToken)..<(lastInSentence - sentence.firstToken)))
        }
        return cases
    }

    /// Scores every case under `scorer`.
    static func scores(_ cases: [Case], scorer: ToneScorer) -> [Double] {
        cases.map { scorer.score($0.sentence, target: $0.target).score }
    }

    /// Confusion counts: `matrix[gold][predicted]`, labels in ``ToneLabel/allCases`` order.
    struct Confusion {
        var matrix = [[Int]](repeating: [0, 0, 0], count: 3)

        init(gold: [ToneLabel], predicted: [ToneLabel]) {
            for (g, p) in zip(gold, predicted) { matrix[Self.index(g)][Self.index(p)] += 1 }
        }

        static func index(_ label: ToneLabel) -> Int { ToneLabel.allCases.firstIndex(of: label) ?? 0 }

        /// Unweighted mean of the three classes' F1.
        var macroF1: Double {
            var total = 0.0
            for k in 0..<3 {
                let truePositives = Double(matrix[k][k])
                let predicted = Double(matrix.reduce(0) { $0 + $1[k] })
                let actual = Double(matrix[k].reduce(0, +))
                total += predicted + actual > 0 ? 2 * truePositives / (predicted + actual) : 0
            }
            return total / 3
        }
    }

    static func confusion(_ cases: [Case], _ scores: [Double], options: ToneOptions, half: Int? = nil) -> Confusion {
        var gold: [ToneLabel] = []
        var predicted: [ToneLabel] = []
        for (item, score) in zip(cases, scores) where half == nil || item.half == half {
            gold.append(item.gold)
            predicted.append(options.label(for: score))
        }
        return Confusion(gold: gold, predicted: predicted)
    }

    /// The thresholds on the grid -0.60, -0.59 … 0.60 (negative ≤ positive) that maximise
    /// macro-F1 on half `half`; ties go to the first pair found (lowest negative, then lowest
    /// positive threshold).
    static func tuneThresholds(_ cases: [Case], _ scores: [Double], half: Int) -> (negative: Double, positive: Double, macroF1: Double) {
        let grid = (-60...60).map { Double($0) / 100 }
        // below[k][i]: rows of gold class k scoring under grid[i]; above[k][i]: over grid[i].
        var below = [[Double]](repeating: [Double](repeating: 0, count: grid.count), count: 3)
        var above = below
        var actual = [0.0, 0.0, 0.0]
        for (item, score) in zip(cases, scores) where item.half == half {
            let k = Confusion.index(item.gold)
            actual[k] += 1
            for (i, threshold) in grid.enumerated() {
                if score < threshold { below[k][i] += 1 }
                if score > threshold { above[k][i] += 1 }
            }
        }
        let total = actual.reduce(0, +)
        var best = (negative: 0.0, positive: 0.0, macroF1: -1.0)
        for i in grid.indices {
            for j in i..<grid.count {
                let negatives = below[0][i] + below[1][i] + below[2][i]
                let positives = above[0][j] + above[1][j] + above[2][j]
                let neutrals = total - negatives - positives
                let hits = [below[0][i], actual[1] - below[1][i] - above[1][j], above[2][j]]
                let predicted = [negatives, neutrals, positives]
                var f1 = 0.0
                for k in 0..<3 where predicted[k] + actual[k] > 0 { f1 += 2 * hits[k] / (predicted[k] + actual[k]) }
                f1 /= 3
                if f1 > best.macroF1 { best = (grid[i], grid[j], f1) }
            }
        }
        return best
    }
}

import Foundation
import SlantMetrics
import SlantText
import Testing

/// `tone` against NewsMTSC (`../shared/data/newsmtsc/train.jsonl`): the figures of
/// docs/VALIDATION.md. Skips with a message when the data set is absent.
///
/// `TONE_VALIDATION_REPORT=/path/report.md swift test --filter ToneValidation` also writes the
/// tables of VALIDATION.md (figures, confusion matrices, ablation) to that file.
@Suite("Tone validation on NewsMTSC", .serialized)
struct ToneValidationTests {
    /// A configuration of the ablation: a name and its options (thresholds are re-chosen).
    struct Variant {
        var name: String
        var options: ToneOptions
    }

    static let variants: [Variant] = {
        func with(_ change: (inout ToneOptions) -> Void) -> ToneOptions {
            var options = ToneOptions.standard
            change(&options)
            return options
        }
        return [
            Variant(name: "shipped configuration", options: .standard),
            Variant(name: "no distance weighting (decay 0)", options: with { $0.decay = 0 }),
            Variant(name: "stronger decay (0.1)", options: with { $0.decay = 0.1 }),
            Variant(name: "clause scoping on (other clauses × 0.5)", options: with { $0.otherClauseWeight = 0.5 }),
            Variant(name: "VADER's sentence-wide \"but\" rule instead of the mention's side", options: with { $0.otherSideOfButWeight = nil }),
            Variant(name: "speaker's own words kept", options: with { $0.excludesOwnWords = false }),
            Variant(name: "proper nouns kept", options: with { $0.skipsProperNouns = false }),
            Variant(name: "negative words × 1 (not 1.5)", options: with { $0.negativeWeight = 1 }),
            Variant(name: "no base forms", options: with { $0.usesBaseForms = false }),
            Variant(name: "no news lexicon", options: with { $0.usesNewsLexicon = false }),
            Variant(name: "no pattern_en", options: with { $0.usesPattern = false }),
            Variant(name: "VADER words only, distance-weighted", options: with {
                $0.usesBaseForms = false
                $0.usesNewsLexicon = false
                $0.usesPattern = false
                $0.excludesOwnWords = false
                $0.skipsProperNouns = false
                $0.negativeWeight = 1
                $0.otherSideOfButWeight = nil
            }),
        ]
    }()

    @Test("macro-F1 ≥ 0.60 on the held-out half, thresholds as shipped")
    func validation() throws {
        guard let url = ToneValidation.dataFile else {
            print("ToneValidationTests: ../shared/data/newsmtsc/train.jsonl is absent; skipping the NewsMTSC validation")
            return
        }
        let cases = try ToneValidation.load(url)
        #expect(cases.count == 8_739, "every NewsMTSC row has a target that maps onto tokens")
        let lexicon = try ToneLexicon.bundled()
        let vader = try VaderAnalyzer(mode: .news)

        var report = "## Figures\n\n"
        var ablation = "| configuration | tuning half | held-out half | all | thresholds (neg / pos) |\n|---|---|---|---|---|\n"

        // Baseline: VADER's compound of the whole sentence.
        let compounds = cases.map { vader.polarityScores($0.sentence.text).compound }
        let conventional = ToneOptions(negativeThreshold: -0.05, positiveThreshold: 0.05)
        ablation += row("sentence VADER compound, VADER's ±0.05 thresholds", cases, compounds, conventional, tuned: false)
        let baseline = ToneValidation.tuneThresholds(cases, compounds, half: 0)
        ablation += row(
            "sentence VADER compound, tuned thresholds", cases, compounds,
            ToneOptions(negativeThreshold: baseline.negative, positiveThreshold: baseline.positive), tuned: true)

        // The sentiment words depend only on the lexicon switches: find them once per combination.
        var wordCache: [LexiconChoice: [[ToneWord]]] = [:]
        for variant in Self.variants {
            let scorer = ToneScorer(vader: vader, lexicon: lexicon, options: variant.options)
            let choice = LexiconChoice(variant.options)
            let words = wordCache[choice] ?? cases.map { scorer.words(in: $0.sentence) }
            wordCache[choice] = words
            let tones = zip(cases, words).map { scorer.score($0.sentence, target: $0.target, words: $1) }
            let scores = tones.map(\.score)
            let tuned = ToneValidation.tuneThresholds(cases, scores, half: 0)
            var options = variant.options
            options.negativeThreshold = tuned.negative
            options.positiveThreshold = tuned.positive
            ablation += row(variant.name, cases, scores, options, tuned: true)

            guard variant.options == .standard else { continue }
            // The shipped thresholds are the ones chosen on the tuning half.
            #expect(tuned.negative == ToneOptions.standardNegativeThreshold)
            #expect(tuned.positive == ToneOptions.standardPositiveThreshold)
            let heldOut = ToneValidation.confusion(cases, scores, options: .standard, half: 1)
            let all = ToneValidation.confusion(cases, scores, options: .standard)
            #expect(heldOut.macroF1 >= 0.60)
            #expect(all.macroF1 >= 0.60)
            report += "Shipped thresholds: negative below \(options.negativeThreshold), positive above "
                + "\(options.positiveThreshold) (chosen on the tuning half, \(cases.filter { $0.half == 0 }.count) rows).\n\n"
            report += "| half | rows | macro-F1 |\n|---|---|---|\n"
            for (name, half) in [("tuning", 0 as Int?), ("held-out", 1), ("all", nil)] {
                let confusion = ToneValidation.confusion(cases, scores, options: .standard, half: half)
                let rows = confusion.matrix.reduce(0) { $0 + $1.reduce(0, +) }
                report += "| \(name) | \(rows) | \(format(confusion.macroF1)) |\n"
            }
            report += "\n### Confusion matrix, held-out half (rows: gold, columns: predicted)\n\n" + table(heldOut)
            report += "\n### Confusion matrix, all rows\n\n" + table(all)
            report += "\n### By voice and speaker (all rows)\n\n| subset | rows | macro-F1 |\n|---|---|---|\n"
            let subsets: [(String, (ToneValidation.Case, ToneScore) -> Bool)] = [
                ("mention in the reporter's voice", { $1.voice == .reporter }),
                ("mention inside a quotation", { $1.voice == .quoted }),
                ("mention is the speaker", { $1.isSpeaker }),
            ]
            for (name, keep) in subsets {
                let picked = zip(cases, tones).filter { keep($0, $1) }
                let confusion = ToneValidation.Confusion(gold: picked.map(\.0.gold), predicted: picked.map(\.1.label))
                report += "| \(name) | \(picked.count) | \(format(confusion.macroF1)) |\n"
            }
        }
        report += "\n## Ablation (thresholds re-chosen on the tuning half for each line)\n\n" + ablation
        if let path = ProcessInfo.processInfo.environment["TONE_VALIDATION_REPORT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// The options that change which words carry sentiment.
    struct LexiconChoice: Hashable {
        var baseForms: Bool
        var news: Bool
        var pattern: Bool
        var patternScale: Double

        init(_ options: ToneOptions) {
            baseForms = options.usesBaseForms
            news = options.usesNewsLexicon
            pattern = options.usesPattern
            patternScale = options.patternScale
        }
    }

    private func row(_ name: String, _ cases: [ToneValidation.Case], _ scores: [Double], _ options: ToneOptions, tuned: Bool) -> String {
        let figures = [0, 1, nil].map { ToneValidation.confusion(cases, scores, options: options, half: $0).macroF1 }
        return "| \(name) | \(format(figures[0])) | \(format(figures[1])) | \(format(figures[2])) | "
            + "\(options.negativeThreshold) / \(options.positiveThreshold)\(tuned ? "" : " (fixed)") |\n"
    }

    private func table(_ confusion: ToneValidation.Confusion) -> String {
        var text = "| gold \\ predicted | negative | neutral | positive |\n|---|---|---|---|\n"
        for (index, label) in ToneLabel.allCases.enumerated() {
            text += "| \(label.rawValue) | " + confusion.matrix[index].map(String.init).joined(separator: " | ") + " |\n"
        }
        return text
    }

    private func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}

import Foundation
import SlantMetrics
import SlantText
import Testing

/// Precision of pronoun carry-over on the hand-judged AllSides sample (docs/VALIDATION.md,
/// "Pronoun carry-over"). Skips when `../shared/corpora` is absent.
@Suite("Actors: pronoun precision")
struct PronounPrecisionTests {
    @Test func theSampleIsComplete() throws {
        let sample = try PronounSample()
        #expect(sample.items.count == 120)
        let judgedCorrect = sample.items.filter(\.correct).count
        // Before the blocking rules, every item was a mention: 87 of 120 were right.
        #expect(judgedCorrect == 87)
        #expect(Set(sample.items.map(\.actor)) == ["Putin", "Trump", "Obama", "Assad"])
    }

    @Test func precisionOnTheJudgedSample() throws {
        guard let path = PronounSample.corpusPath() else {
            print("skipped: ../shared/corpora/allsides-russia.jsonl.gz not present")
            return
        }
        let outcomes = try PronounSample().outcomes(corpusPath: path)
        // Every judged pronoun is still found where it was judged (the tokeniser did not move it).
        #expect(outcomes.allSatisfy { $0.kept != nil })
        let kept = outcomes.filter { $0.kept == true }
        let precision = Precision(correct: kept.filter(\.item.correct).count, total: kept.count)
        var report = "pronoun carry-over on the judged sample: kept \(kept.count) of \(outcomes.count); precision \(precision)\n"
        for actor in ["Putin", "Trump", "Obama", "Assad"] {
            let mine = kept.filter { $0.item.actor == actor }
            report += "  \(actor): \(Precision(correct: mine.filter(\.item.correct).count, total: mine.count)), kept \(mine.count) of \(outcomes.filter { $0.item.actor == actor }.count)\n"
        }
        let dropped = outcomes.filter { $0.kept == false }
        report += "dropped: \(dropped.filter { !$0.item.correct }.count) wrong, \(dropped.filter(\.item.correct).count) right\n"
        for outcome in outcomes where outcome.kept != true {
            report += "  - \(outcome.item.correct ? "right" : "wrong") \(outcome.item.document) s\(outcome.item.sentence) \(outcome.item.pronoun) \(outcome.item.actor): \(outcome.item.why)\n"
        }
        for outcome in kept where !outcome.item.correct {
            report += "  + still wrong \(outcome.item.document) s\(outcome.item.sentence) \(outcome.item.pronoun) \(outcome.item.actor): \(outcome.item.why)\n"
        }
        print(report)
        if let file = ProcessInfo.processInfo.environment["PRONOUN_REPORT"] {
            try report.write(toFile: file, atomically: true, encoding: .utf8)
        }
        // Measured: 78 of 87 kept mentions right (0.897, Wilson 95% [0.815, 0.945]); before the
        // blocking cues all 120 were kept and 87 right (0.725). A small margin for later changes,
        // and a floor on what is kept, so that precision is not bought by keeping nothing.
        #expect(precision.value >= 0.86)
        #expect(kept.count >= 80)
    }
}

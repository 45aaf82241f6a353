import Foundation
import SlantMetrics
import Testing

/// vaderSentiment 3.3.2 parity: every reference input must score identically.
@Suite("VADER parity with vaderSentiment 3.3.2")
struct VaderParityTests {
    let analyzer: VaderAnalyzer

    init() throws {
        analyzer = try VaderAnalyzer()
    }

    @Test("the 91 bundled edge cases match exactly")
    func bundledEdgeCases() throws {
        let cases = try VaderReference.bundledEdgeCases()
        #expect(cases.count == 91)
        for reference in cases {
            let scores = analyzer.polarityScores(reference.input)
            #expect(VaderReference.identical(scores, reference.expected), "\(reference.input)")
        }
    }

    @Test(
        "all 6,353 shared reference inputs match exactly",
        .enabled(if: VaderReference.sharedFolder != nil, "../shared/data/vader-reference is absent"))
    func allSharedReferenceInputs() throws {
        guard let folder = VaderReference.sharedFolder else {
            print("skipping VADER full parity: ../shared/data/vader-reference is absent")
            return
        }
        var total = 0
        var matching = 0
        for file in VaderReference.sharedFiles {
            for reference in try VaderReference.load(folder.appendingPathComponent(file)) {
                total += 1
                let scores = analyzer.polarityScores(reference.input)
                if VaderReference.identical(scores, reference.expected) {
                    matching += 1
                } else {
                    Issue.record("\(file): \(reference.input) → \(scores), expected \(reference.expected)")
                }
            }
        }
        print("VADER parity: \(matching) of \(total) reference inputs identical")
        #expect(total == 6_353)
        #expect(matching == total)
    }

    @Test("news mode leaves text without curly quotes unchanged")
    func newsModeAgreesWithoutQuotes() throws {
        let news = try VaderAnalyzer(mode: .news)
        for reference in try VaderReference.bundledEdgeCases() where !reference.input.unicodeScalars.contains(where: {
            [0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033].contains($0.value)
        }) {
            #expect(news.polarityScores(reference.input) == reference.expected, "\(reference.input)")
        }
    }
}

import SlantMetrics
import Testing

@Suite("Comparison: groups, bootstrap differences, fragility")
struct ComparisonGroupTests {
    /// One observation per sentence of document `document`, with these scores.
    private func scores(_ document: String, _ values: [Double]) -> [Observation] {
        values.enumerated().map { Observation(documentID: document, sentenceIndex: $0.offset, numerator: $0.element) }
    }

    @Test func valuesCountsAndReproducibleIntervals() throws {
        let samples = [
            GroupSample(group: "Left", observations: scores("l1", [0.5, 0.4, 0.6, 0.5, 0.7, 0.3])),
            GroupSample(group: "Right", observations: scores("r1", [-0.5, -0.4, -0.6, -0.2, -0.3, -0.4])),
        ]
        let comparison = GroupComparison(samples, statistic: .mean)
        let left = try #require(comparison.result(for: "Left"))
        #expect(abs((left.value ?? 0) - 0.5) < 1e-12)
        #expect(left.n == 6 && left.sentences == 6 && left.documents == 1)
        let interval = try #require(left.interval)
        #expect(interval.lowerBound >= 0.3 && interval.upperBound <= 0.7 && interval.contains(0.5))
        #expect(left.unit == .sentence)
        // The group's interval is the one the metric itself reports for these observations.
        #expect(left.interval == Bootstrap.interval(of: samples[0].observations, statistic: .mean, unit: .sentence))
        let difference = try #require(comparison.differences.first)
        #expect(difference.first == "Left" && difference.second == "Right")
        #expect(abs((difference.value ?? 0) - (0.5 - -0.4)) < 1e-12)
        #expect(difference.excludesZero)
        // Same input, same seed: the same numbers, always.
        let again = GroupComparison(samples, statistic: .mean)
        #expect(again.groups == comparison.groups)
        #expect(again.differences == comparison.differences)
        let reseeded = GroupComparison(samples, statistic: .mean, options: BootstrapOptions(seed: 99))
        #expect(reseeded.groups.map(\.interval) != comparison.groups.map(\.interval))
        #expect(reseeded.groups.map(\.value) == comparison.groups.map(\.value))
    }

    @Test func singleDocumentGroupsAreFlagged() {
        let samples = [
            GroupSample(group: "A", observations: scores("a", [1, 1, 1, 1, 1])),
            GroupSample(group: "B", observations: scores("b", [0, 0, 0, 0, 0])),
        ]
        let warnings = GroupComparison(samples, statistic: .mean).warnings
        #expect(warnings == [.singleDocument(groups: ["A", "B"])])
    }

    @Test func fewSentencesAndNoData() {
        let samples = [
            GroupSample(group: "Thin", observations: scores("t1", [0.2, 0.4]) + scores("t2", [0.3])),
            GroupSample(group: "None", observations: []),
        ]
        let warnings = GroupComparison(samples, statistic: .mean).warnings
        #expect(warnings.contains(.fewSentences(group: "Thin", sentences: 3, minimum: 5)))
        #expect(warnings.contains(.noData(group: "None")))
        #expect(warnings.count == 2)
    }

    @Test func signFlipWhenOneSentenceIsLeftOut() {
        // Mean 0.04: one strongly positive sentence carries it; without sentence 0 the mean is −0.05.
        let sample = GroupSample(group: "A", observations: scores("a1", [0.4, -0.05, -0.05, -0.05, -0.05]))
        let warnings = GroupComparison([sample], statistic: .mean).warnings
        let flip = warnings.first { if case .signFlips = $0 { return true } else { return false } }
        guard case .signFlips(let group, let value, let without, let valueWithout)? = flip else {
            Issue.record("expected a sign flip, got \(warnings)")
            return
        }
        #expect(group == "A")
        #expect(abs(value - 0.04) < 1e-12)
        #expect(without == .sentence(SentenceKey(documentID: "a1", sentenceIndex: 0)))
        #expect(abs(valueWithout - -0.05) < 1e-12)
        #expect(warnings.first == .singleDocument(groups: ["A"]))
    }

    @Test func orderFlipWhenOneDocumentIsLeftOut() {
        // High: 0.3 overall, but 0.1 without document h2 — below Low's 0.2.
        let samples = [
            GroupSample(group: "High", observations: scores("h1", [0.1, 0.1, 0.1, 0.1, 0.1]) + scores("h2", [0.8, 0.8, 0.8, 0.8, 0.8].map { $0 - 0.3 })),
            GroupSample(group: "Low", observations: scores("l1", [0.2, 0.2, 0.2, 0.2, 0.2]) + scores("l2", [0.2, 0.2, 0.2, 0.2, 0.2])),
        ]
        let comparison = GroupComparison(samples, statistic: .mean)
        #expect(comparison.warnings.contains(.orderFlips(higher: "High", lower: "Low", without: .document("h2"))))
        #expect(!comparison.warnings.contains { if case .singleDocument = $0 { return true } else { return false } })
    }

    @Test func robustDifferencesRaiseNoWarning() {
        let samples = [
            GroupSample(group: "A", observations: scores("a1", [0.5, 0.6, 0.4, 0.5, 0.5]) + scores("a2", [0.5, 0.6, 0.4, 0.5, 0.5])),
            GroupSample(group: "B", observations: scores("b1", [-0.5, -0.6, -0.4, -0.5, -0.5]) + scores("b2", [-0.5, -0.4, -0.6, -0.5, -0.5])),
        ]
        #expect(GroupComparison(samples, statistic: .mean).warnings.isEmpty)
    }

    @Test func documentsAreResampledWhenAGroupHasTwoOrMore() {
        let two = (0..<2).flatMap { scores("a\($0)", [Double($0), 1]) }
        let one = scores("b", [1, 2, 3])
        let comparison = GroupComparison([GroupSample(group: "A", observations: two), GroupSample(group: "B", observations: one)], statistic: .mean)
        #expect(comparison.groups.map(\.unit) == [.document, .sentence])
        #expect(GroupComparison([GroupSample(group: "A", observations: two)], statistic: .mean, unit: .sentence).groups[0].unit == .sentence)
    }

    @Test func identicalGroupsStillDifferInTheirDraws() throws {
        // Two groups with the same data: their difference is 0, but its interval has width,
        // because each group resamples from its own stream.
        let data = scores("x", [0.1, 0.9, 0.4, 0.7, 0.2, 0.5])
        let comparison = GroupComparison([GroupSample(group: "A", observations: data), GroupSample(group: "B", observations: data)], statistic: .mean)
        let difference = try #require(comparison.differences.first?.interval)
        #expect(difference.lowerBound < 0 && difference.upperBound > 0)
        #expect(comparison.groups[0].interval == comparison.groups[1].interval)
    }

    @Test func differencesAgainstAReference() {
        let samples = ["A", "B", "C"].enumerated().map { index, name in
            GroupSample(group: name, observations: scores(name, Array(repeating: Double(index), count: 5)))
        }
        let comparison = GroupComparison(samples, statistic: .mean, pairs: .against("B"))
        #expect(comparison.differences.map { "\($0.first)-\($0.second)=\($0.value ?? .nan)" } == ["A-B=-1.0", "C-B=1.0"])
        #expect(comparison.differences.allSatisfy { $0.interval == ($0.value ?? 0)...($0.value ?? 0) })
    }

    @Test func rateMetricsCountOnlyEvidenceSentences() throws {
        // Salience: 2 mentions over 4 sentences of 25 words = 20 per 1,000; two sentences are evidence.
        let observations = (0..<4).map {
            Observation(documentID: "d", sentenceIndex: $0, numerator: $0 < 2 ? 1 : 0, denominator: 25, isEvidence: $0 < 2)
        }
        let result = try #require(GroupComparison([GroupSample(group: "A", observations: observations)], statistic: .perThousand).groups.first)
        #expect(result.value == 20)
        #expect(result.sentences == 2)
        // n counts what the rate rests on (the two sentences with a mention), not every sentence.
        #expect(result.n == 2)
    }
}

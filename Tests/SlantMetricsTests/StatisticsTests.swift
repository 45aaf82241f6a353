import SlantMetrics
import Testing

@Suite("Statistics: generator, quantiles, bootstrap")
struct StatisticsTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference: Vigna's splitmix64.c with state 0 (also what Java's SplittableRandom uses).
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsAreReproducible() {
        // Worked with a Python transcription of SplitMix64 + Lemire's multiply-shift, seed 42.
        var generator = SplitMix64(seed: 42)
        let draws = (0..<10).map { _ in generator.nextIndex(below: 10) }
        #expect(draws == [7, 1, 2, 3, 0, 8, 2, 8, 3, 6])
        var a = SplitMix64(seed: 7)
        var b = SplitMix64(seed: 7)
        #expect((0..<100).map { _ in a.nextIndex(below: 1000) } == (0..<100).map { _ in b.nextIndex(below: 1000) })
    }

    @Test func quantilesInterpolateLikeNumPy() {
        // numpy.percentile([1, 2, 3, 4], 25) == 1.75: position 0.25 · 3 = 0.75 between 1 and 2.
        #expect(Quantile.ofSorted([1, 2, 3, 4], 0.25) == 1.75)
        #expect(Quantile.ofSorted([1, 2, 3, 4], 0) == 1)
        #expect(Quantile.ofSorted([1, 2, 3, 4], 1) == 4)
        #expect(Quantile.ofSorted([5], 0.5) == 5)
        #expect(Quantile.ofSorted([], 0.5) == nil)
        #expect(Quantile.centralInterval([3, 1, 2], confidence: 0) == 2...2)
    }

    @Test func meanIntervalIsReproducibleAndMatchesAnIndependentComputation() throws {
        let values = [0.5, -0.2, 0.1, 0.9, -0.6, 0.3]
        // Python transcription: 1,000 resamples from SplitMix64(0x5EED51A7), means sorted,
        // type-7 quantiles at 0.025 and 0.975 → (-0.2, 0.5666666666666665).
        let interval = try #require(Bootstrap.meanInterval(values))
        #expect(abs(interval.lowerBound - -0.2) < 1e-12)
        #expect(abs(interval.upperBound - 0.5666666666666665) < 1e-12)
        #expect(Bootstrap.meanInterval(values) == interval)
        let otherSeed = try #require(Bootstrap.meanInterval(values, seed: 1))
        #expect(otherSeed != interval)
    }

    @Test func intervalsNeedTwoUnits() {
        #expect(Bootstrap.meanInterval([0.4]) == nil)
        #expect(Bootstrap.meanInterval([]) == nil)
        let one = [Observation(documentID: "d", sentenceIndex: 0, numerator: 1), Observation(documentID: "d", sentenceIndex: 0, numerator: 0)]
        // Two mentions in one sentence are one sentence: nothing to resample.
        #expect(Bootstrap.interval(of: one, statistic: .mean) == nil)
    }

    @Test func constantObservationsGiveAPointInterval() {
        let observations = (0..<8).map { Observation(documentID: "d", sentenceIndex: $0, numerator: 0.25) }
        #expect(Bootstrap.interval(of: observations, statistic: .mean) == 0.25...0.25)
    }

    @Test func ratioStatisticAndResamplingUnits() {
        // Mentions per 1,000 words: 3 mentions over 200 + 100 words = 10 per 1,000.
        let observations = [
            Observation(documentID: "a", sentenceIndex: 0, numerator: 2, denominator: 200),
            Observation(documentID: "b", sentenceIndex: 0, numerator: 1, denominator: 100),
            Observation(documentID: "b", sentenceIndex: 0, numerator: 0, denominator: 0),
        ]
        #expect(RatioStatistic.perThousand.value(of: observations) == 10)
        #expect(RatioStatistic.mean.value(of: [Observation]()) == nil)
        #expect(ResamplingUnits(observations, unit: .sentence).count == 2)
        #expect(ResamplingUnits(observations, unit: .document).denominators == [200, 100])
    }
}

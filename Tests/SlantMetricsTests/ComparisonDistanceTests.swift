import SlantMetrics
import Testing

@Suite("Comparison: Jensen–Shannon distance")
struct ComparisonDistanceTests {
    @Test func divergenceByHand() throws {
        // P = (½, ½) over {a, b}, Q = (1, 0): M = (¾, ¼).
        //   KL(P‖M) = ½·log2(½ / ¾) + ½·log2(½ / ¼) = ½·(−0.5849625007) + ½·1 = 0.2075187496
        //   KL(Q‖M) = 1·log2(1 / ¾) = 0.4150374993
        //   JSD = ½ (0.2075187496 + 0.4150374993) = 0.31127812445913283, distance = √JSD = 0.5579230452841438
        let jsd = try #require(JensenShannon.divergence(["a": 1, "b": 1], ["a": 5]))
        #expect(abs(jsd - 0.31127812445913283) < 1e-12)
        let distance = try #require(JensenShannon.distance(["a": 2, "b": 2], ["a": 1]))
        #expect(abs(distance - 0.5579230452841438) < 1e-12)
    }

    @Test func boundsAndEmptyProfiles() {
        #expect(JensenShannon.distance(["a": 1], ["b": 3]) == 1)
        #expect(JensenShannon.distance(["a": 1, "b": 2], ["a": 2, "b": 4]) == 0)
        #expect(JensenShannon.distance([:], ["a": 1]) == nil)
        #expect(JensenShannon.distance(["a": 0], ["a": 1]) == nil)
    }

    @Test func nearestAndFarthestPairs() throws {
        let result = JensenShannon([
            .init(group: "X", weights: ["war": 3, "peace": 1]),
            .init(group: "Y", weights: ["war": 3, "peace": 1, "talks": 0]),
            .init(group: "Z", weights: ["talks": 4]),
            .init(group: "Empty", weights: [:]),
        ])
        #expect(result.pairs.count == 6)
        #expect(result.distance("X", "Y") == 0)
        #expect(result.distance("Y", "Z") == 1)
        #expect(result.distance("X", "Empty") == nil)
        let nearest = try #require(result.nearest)
        #expect(nearest.first == "X" && nearest.second == "Y")
        let farthest = try #require(result.farthest)
        #expect(farthest.first == "X" && farthest.second == "Z")
        #expect(result.nearest(to: "Z")?.distance == 1)
    }

    @Test func profilesFromTermCounts() throws {
        var counts = TermCounts(groups: ["A", "B"])
        counts.add("war", toGroup: 0, count: 1)
        counts.add("peace", toGroup: 0, count: 1)
        counts.add("war", toGroup: 1, count: 5)
        let distance = try #require(JensenShannon(counts).distance("A", "B"))
        #expect(abs(distance - 0.5579230452841438) < 1e-12)
    }
}

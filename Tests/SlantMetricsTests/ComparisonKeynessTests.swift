import SlantMetrics
import SlantText
import Testing

@Suite("Comparison: keyness by weighted log-odds")
struct ComparisonKeynessTests {
    private func documents(_ texts: [(String, String)]) -> [(group: String, document: AnalysedDocument)] {
        texts.enumerated().map { index, item in
            (group: item.0, document: TextAnalyzer.analyse(Document(id: "d\(index)", outlet: item.0, text: item.1)))
        }
    }

    /// A: "War war peace."  B: "Peace peace war talks."
    /// Counts: war A 2, B 1 (total 3); peace A 1, B 2 (3); talks A 0, B 1 (1). n_A = 3, n_B = 4, N = 7.
    private var twoGroups: TermCounts {
        TermCounts.count(documents([("A", "War war peace."), ("B", "Peace peace war talks.")]))
    }

    @Test func countsWordsLowerCasedWithoutPunctuation() throws {
        let counts = twoGroups
        #expect(counts.groups == ["A", "B"])
        #expect(counts.groupTotals == [3, 4])
        let war = try #require(counts.termIndex("war"))
        #expect(counts.count(ofTerm: war, inGroup: 0) == 2)
        #expect(counts.totals[war] == 3)
        #expect(counts.termIndex("War") == nil)
        #expect(counts.termIndex(".") == nil)
    }

    @Test func countsTwoGramsWithinSentencesOnly() {
        let counts = TermCounts.count(documents([("A", "War war peace. Peace talks, war.")]), size: 2)
        // "war war", "war peace", "peace talks"; the comma breaks "talks war", the full stop "peace peace".
        #expect(Set(counts.terms) == ["war war", "war peace", "peace talks"])
        #expect(counts.groupTotals == [3])
    }

    @Test func groupAgainstTheRestByHand() throws {
        let keyness = LogOddsKeyness(counts: twoGroups)
        // "war" for A, prior α_war = 3 (its corpus count), α₀ = 7:
        //   ω_A = (2 + 3) / (3 + 7 − 2 − 3) = 5/5 = 1          ln ω_A = 0
        //   ω_B = (1 + 3) / (4 + 7 − 1 − 3) = 4/7              ln ω_B = −0.5596157879354227
        //   δ = 0.5596157879354227, σ² = 1/5 + 1/4 = 0.45, z = δ / √0.45 = 0.8342259620704746
        let war = try #require(keyness.score(term: "war", group: "A"))
        #expect(war.count == 2 && war.baselineCount == 1 && war.groupTotal == 3 && war.baselineTotal == 4)
        #expect(abs(war.logOdds - 0.5596157879354227) < 1e-12)
        #expect(abs(war.variance - 0.45) < 1e-12)
        #expect(abs(war.z - 0.8342259620704746) < 1e-12)
        // "talks" for B, α = 1: ω_B = 2 / (4 + 7 − 1 − 1) = 2/9, ω_A = 1 / (3 + 7 − 0 − 1) = 1/9,
        //   δ = ln 2 = 0.6931471805599453, σ² = 1/2 + 1/1 = 1.5, z = 0.5659523030068886
        let talks = try #require(keyness.score(term: "talks", group: "B"))
        #expect(abs(talks.logOdds - 0.6931471805599453) < 1e-12)
        #expect(abs(talks.z - 0.5659523030068886) < 1e-12)
        // "peace" for A is the mirror of "war": ω_A = 4/6, ω_B = 5/5, δ = ln(2/3), z = −0.3326427663195238
        let peace = try #require(keyness.score(term: "peace", group: "A"))
        #expect(abs(peace.z - -0.33264276631952383) < 1e-12)
    }

    @Test func topListsKeepPositiveScoresInOrder() {
        let top = LogOddsKeyness(counts: twoGroups).top(5)
        #expect(top.map { "\($0.group):\($0.term)" } == ["A:war", "B:talks", "B:peace"])
    }

    @Test func againstAReferenceGroupByHand() throws {
        // C: "Talks war." adds war 1, talks 1: totals war 4, peace 3, talks 2; N = 9, n_C = 2.
        let counts = TermCounts.count(documents([("A", "War war peace."), ("B", "Peace peace war talks."), ("C", "Talks war.")]))
        let keyness = LogOddsKeyness(counts: counts, baseline: .group("C"))
        #expect(keyness.scoredGroups == ["A", "B"])
        // "war", A against C, α = 4, α₀ = 9:
        //   ω_A = (2 + 4) / (3 + 9 − 2 − 4) = 1, ω_C = (1 + 4) / (2 + 9 − 1 − 4) = 5/6
        //   δ = −ln(5/6) = 0.1823215567939546, σ² = 1/6 + 1/5, z = 0.30109414144735774
        let a = try #require(keyness.score(term: "war", group: "A"))
        #expect(a.baselineCount == 1 && a.baselineTotal == 2)
        #expect(abs(a.z - 0.30109414144735774) < 1e-12)
        // B against C: ω_B = 5 / (4 + 9 − 1 − 4) = 5/8, δ = ln(5/8) − ln(5/6) = ln 0.75, σ² = 2/5,
        //   z = −0.287682072451781 / √0.4 = −0.4548652954726041
        let b = try #require(keyness.score(term: "war", group: "B"))
        #expect(abs(b.z - -0.4548652954726041) < 1e-12)
        #expect(keyness.score(term: "war", group: "C") == nil)
    }

    @Test func stopwordOnlyTermsCanBeLeftOutOfLists() {
        #expect(Stopwords.isFunctionOnly("of the"))
        #expect(!Stopwords.isFunctionOnly("the kremlin"))
        let counts = TermCounts.count(documents([("A", "The war of the world."), ("B", "Peace in the world.")]))
        let listed = LogOddsKeyness(counts: counts).top(10) { !Stopwords.isFunctionOnly($0) }
        #expect(!listed.contains { $0.term == "of" })
        #expect(listed.contains { $0.term == "war" && $0.group == "A" })
    }
}

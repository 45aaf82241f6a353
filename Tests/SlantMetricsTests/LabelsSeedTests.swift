import SlantMetrics
import SlantText
import Testing

/// Labels on the seeds and on small sentences, checked by hand.
@Suite("Labels")
struct LabelsSeedTests {
    typealias S = ActorsTestSupport

    private func labels(_ actor: ActorPattern, _ text: String) throws -> [String] {
        let analysis = S.analyse(text)
        let found = DocumentMentions(analysis: analysis, mentions: MentionFinder(actor: actor).mentions(of: 0, in: analysis))
        return LabelFinder(tagger: try PerceptronTagger.shared()).labels(in: found).map { "\($0.kind.rawValue): \($0.text)" }
    }

    @Test func modifiersAppositionsPossessionsPredicates() throws {
        let assad = try S.pattern("Assad", "Bashar al-Assad", "Assad")
        #expect(try labels(assad, "Other countries want Russia to stop propping up strongman Assad’s embattled regime.")
            == ["modifier: strongman", "possessive: embattled regime"])
        #expect(try labels(assad, "The two leaders disagree on the future of Bashar al-Assad, the Syrian president.")
            == ["apposition: the Syrian president"])
        #expect(try labels(assad, "Assad is the main responsible person for these tragedies.")
            == ["predicate: the main responsible person"])
        let obama = try S.pattern("Obama", "Obama")
        #expect(try labels(obama, "President Obama is, frankly, delusional if he thinks so.")
            == ["modifier: President", "predicate: delusional"])
        #expect(try labels(obama, "But using those forces to help Obama would not be, officials said.") == [])
        #expect(try labels(obama, "Current and former Obama administration officials agreed.") == [])
    }

    @Test func twoPredicatesJoinedByAnd() throws {
        let putin = try S.pattern("Putin", "Putin")
        #expect(try labels(putin, "Mr. Putin now is looking less like a global pariah and more like the indispensable man for a combined effort.")
            == ["modifier: Mr.", "predicate: a global pariah", "predicate: the indispensable man"])
    }

    @Test func headlinesInTitleCaseAreSkipped() throws {
        let state = try S.pattern("IslamicState", "Islamic State")
        #expect(try labels(state, "Putin Unlikely to Be Much Help Against Islamic State") == [])
    }

    @Test func foreignPolicyAloneCallsAssadAStrongman() throws {
        let seeds = try S.seeds()
        let assad = try #require(try S.seedActors()["Assad"])
        let found = DocumentMentions.find(0, with: MentionFinder(actor: assad), in: seeds)
        let counts = LabelCount.count(found, finder: LabelFinder(tagger: try PerceptronTagger.shared()))
        let strongman = counts.filter { $0.label == "strongman" }
        #expect(strongman.map(\.outlet) == ["Foreign Policy"])
        #expect(strongman.map(\.kind) == [.modifier])
        let evidence = try #require(strongman.first?.evidence.first)
        #expect(evidence.text.contains("rather than just prop up strongman Assad’s embattled regime."))
        #expect(evidence.rule == "modifier 'strongman'")
        // The Wall Street Journal writes "Mr. Assad" five times; nobody else does.
        #expect(counts.filter { $0.label == "Mr." }.map { "\($0.outlet) \($0.count)" } == ["Foreign Policy 1", "The Wall Street Journal 5"])
        #expect(counts.contains { $0.outlet == "The Wall Street Journal" && $0.label == "the Syrian president" && $0.kind == .apposition })
        #expect(counts.contains { $0.outlet == "Atlantic Sentinel" && $0.label == "his only ally" && $0.kind == .apposition })
    }
}

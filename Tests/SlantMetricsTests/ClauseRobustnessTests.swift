import SlantMetrics
import SlantText
import Testing

/// The clause analysis never traps, whatever the words, tags and mention range: random token
/// and tag sequences (a fixed-seed generator), mentions at every position, empty and
/// out-of-range mentions.
@Suite("Clause robustness")
struct ClauseRobustnessTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let words = ["Russia", "'s", "bombed", "the", "rebels", "and", "which", ",", "by", "to", "not", "was", "urged",
                        "on", "of", "with", "airstrikes", "launched", "if", "said", "“", "”", "(", ")", "anti-ISIS",
                        "Russian-backed", "is", "ready", "priority", "so", "do", "nothing", "-", ""]
    static let tags = PennTag.allCases.map(\.rawValue)

    @Test func randomSentencesNeverTrap() {
        var generator = Generator(state: 42)
        let analyzer = ClauseTestSupport.analyzer
        var links = 0
        for _ in 0..<3000 {
            let count = generator.next(14)
            let words = (0..<count).map { _ in Self.words[generator.next(Self.words.count)] }
            let tags = (0..<count).map { _ in Self.tags[generator.next(Self.tags.count)] }
            let sentence = ClauseSentence(words: words, tags: tags)
            let start = generator.next(count + 3) - 1
            let end = start + generator.next(4) - 1
            let clause = analyzer.analyse(sentence, mention: min(start, end)..<max(start, end))
            links += clause.links.count
            for link in clause.links {
                #expect(link.counterpart.map { $0.lowerBound >= 0 && $0.upperBound <= count } ?? true)
                #expect(link.predicate.map { $0.token >= 0 && $0.token < count } ?? true)
            }
        }
        #expect(links > 0)
    }

    @Test func mismatchedTagCountsAreTolerated() {
        let sentence = ClauseSentence(words: ["Russia", "bombed", "Aleppo", "."], tags: ["NNP"])
        let clause = ClauseTestSupport.analyzer.analyse(sentence, mention: 0..<1)
        // Missing tags read as nouns: no verb, no action (at most "Russia" modifying the noun
        // "bombed"), no trap.
        #expect(!clause.links.contains { $0.role == .agent || $0.role == .patient })
    }

    @Test func documentLevelMentionsOutOfRangeAreSkipped() throws {
        let document = TextAnalyzer.analyse(Document(id: "d", text: "Russia bombed Aleppo."))
        let analyzer = try RoleAnalyzer.bundled()
        let roles = analyzer.analyse(document, mentions: [RoleMention(sentence: 7, tokens: 0..<1, range: 0..<6)])
        #expect(roles.isEmpty)
    }
}

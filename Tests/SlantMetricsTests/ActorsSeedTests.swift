import SlantMetrics
import SlantText
import Testing

/// Mentions, salience and names on the five seed articles, checked by hand against the texts.
@Suite("Actors: seeds")
struct ActorsSeedTests {
    typealias S = ActorsTestSupport

    private func found(_ actor: String, _ outlet: String) throws -> DocumentMentions {
        let seeds = try S.seeds()
        let pattern = try #require(try S.seedActors()[actor])
        let analysis = try #require(S.seed(outlet, in: seeds))
        return DocumentMentions(analysis: analysis, mentions: MentionFinder(actor: pattern).mentions(of: 0, in: analysis))
    }

    @Test func russiaInTheAtlanticSentinel() throws {
        let russia = try found("Russia", "Atlantic Sentinel")
        // "Russia’s priority", "Russian president", "Russian jets", "Russia’s intervention", "the Russians".
        #expect(S.texts(russia.mentions, in: russia.analysis) == ["Russia", "Russian", "Russian", "Russia", "Russians"])
        #expect(russia.mentions.map(\.kind) == [.name, .demonym, .demonym, .name, .demonym])
        #expect(russia.mentions.map(\.isPossessive) == [true, false, false, true, false])
        let count = MentionCount([russia])
        #expect(count.count == 5)
        #expect(count.words == 438)
        #expect(count.per1000.map { ($0 * 10_000).rounded() } == 114_155)
        let interval = try #require(count.interval)
        #expect(interval.lowerBound > 0 && interval.upperBound < 40 && interval.contains(11.4155))
    }

    @Test func putinInForeignPolicyWithPronouns() throws {
        let putin = try found("Putin", "Foreign Policy")
        // Headline "World to Vlad", then "Putin says his main goal … demanded that he prove it."
        let first = putin.mentions.prefix(6).map { putin.analysis.originalText($0.range) }
        #expect(first == ["Vlad", "Putin", "his", "he", "Vladimir Putin", "his"])
        #expect(putin.mentions.filter(\.isInferred).count == 4)
        let evidence = putin.evidence(contribution: { _ in 1 })
        #expect(evidence[2].text == "Putin says his main goal in Syria is to defeat the Islamic State.")
        #expect(evidence[2].rule == "pronoun 'his' → 'Putin' (inferred)")
        #expect(evidence[0].rule == "alias 'Vlad'")
    }

    @Test func salienceOfPutinInTheAtlanticSentinel() throws {
        let putin = try found("Putin", "Atlantic Sentinel")
        let salience = Salience([putin], actor: 0, finder: MentionFinder(actor: try #require(try S.seedActors()["Putin"])))
        // The headline is "Putin Unlikely to Be Much Help Against Islamic State"; the body starts
        // with "Russia’s priority …", and Putin first appears in its second sentence.
        #expect(salience.headlineShare == 1)
        #expect(salience.leadShare == 1)
        #expect(salience.firstPosition == 1.0 / 21.0)
        // Six names, "he" in "As early as 2012, he censured …", and "his" in "… to “rescue” Assad,
        // his only ally": with no Assad actor in the finder, the nearest person is Putin.
        #expect(salience.mentions.count == 8)
        #expect(salience.mentions.inferred == 2)
        #expect(salience.sentenceShare == 7.0 / 22.0)
    }

    @Test func breitbartAndHotAirSayISISWhileForeignPolicySaysIslamicState() throws {
        let seeds = try S.seeds()
        let state = try #require(try S.seedActors()["IslamicState"])
        let finder = MentionFinder(actor: state)
        let names = NameCount.count(DocumentMentions.find(0, with: finder, in: seeds))
        func top(_ outlet: String) -> String? { names.first { $0.outlet == outlet }?.name }
        func count(_ outlet: String, _ name: String) -> Int { names.first { $0.outlet == outlet && $0.name == name }?.count ?? 0 }
        #expect(top("Breitbart") == "ISIS")
        #expect(top("Hot Air") == "ISIS")
        #expect(top("Foreign Policy") == "Islamic State")
        #expect(top("The Wall Street Journal") == "Islamic State")
        #expect(count("Breitbart", "ISIS") == 9)
        #expect(count("Hot Air", "ISIS") == 9)
        #expect(count("Hot Air", "IS") == 2)
        #expect(count("Foreign Policy", "Islamic State") == 16)
        // Daesh only in Foreign Policy, where Fabius says it (three times in quotes, once reported).
        #expect(names.filter { $0.name == "Daesh" }.map(\.outlet) == ["Foreign Policy"])
        #expect(count("Foreign Policy", "Daesh") == 4)
        #expect(count("Atlantic Sentinel", "caliphate") == 2)
        let shares = names.filter { $0.outlet == "Foreign Policy" }.map(\.share).reduce(0, +)
        #expect(abs(shares - 1) < 1e-12)
    }
}

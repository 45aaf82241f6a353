import SlantMetrics
import SlantText
import Testing

/// Quotes in the five seed articles, checked by reading them.
@Suite("Quotes: seed articles")
struct QuoteSeedTests {
    private func quotes(_ outlet: String) throws -> [Quote] {
        try QuoteTestSupport.analyzer().quotes(in: try QuoteTestSupport.seed(outlet))
    }

    @Test("Foreign Policy quotes Fabius on who strikes Daesh, and Davutoglu twice")
    func foreignPolicy() throws {
        let found = try quotes("Foreign Policy")
        let fabius = try #require(found.first { $0.text.hasPrefix("The international coalition is striking Daesh") })
        #expect(fabius.kind == .direct)
        #expect(fabius.speaker?.text == "Fabius")
        #expect(fabius.speaker?.name == "Laurent Fabius")
        #expect(fabius.verb?.form == "told")
        #expect(fabius.attribution == .verbAfterQuote)

        let davutoglu = found.filter { $0.speaker?.name == "Ahmet Davutoglu" }
        #expect(davutoglu.map(\.speaker?.text) == ["Turkish Prime Minister Ahmet Davutoglu", "Turkey’s Davutoglu", "Turkey’s Davutoglu"])
        #expect(davutoglu.first?.text == "In the new Syria there should not be any place for Assad or Daesh")
        #expect(davutoglu.map(\.attribution) == [.verbAfterQuote, .verbAfterQuote, .continuation])

        // Every direct quote that is not inside a reported clause, in order, by speaker.
        let direct = found.filter { $0.kind == .direct && !$0.isPartial }
        #expect(direct.map { $0.speaker?.name ?? "-" } == [
            "Laurent Fabius", "Laurent Fabius", "Laurent Fabius", "Ahmet Davutoglu", "administration officials",
            "a diplomat", "a diplomat", "one European diplomat", "Ahmet Davutoglu", "Ahmet Davutoglu",
            "David Cameron", "Bob Corker", "Laurent Fabius", "Angela Merkel",
        ])
        let anonymous = Set(found.filter(\.isAnonymous).compactMap(\.speaker?.name))
        #expect(anonymous == ["White House officials", "administration officials", "officials", "a diplomat",
                              "coalition diplomats", "one European diplomat"])
        // "The diplomat, who spoke on condition of anonymity, said …" is the one European diplomat.
        let later = found.filter { $0.speaker?.text == "The diplomat" }
        #expect(later.map(\.speaker?.name) == ["one European diplomat", "one European diplomat"])
        #expect(!found.contains { $0.kind == .scare })
    }

    @Test("The Wall Street Journal quotes Pushkov and Stoltenberg")
    func wallStreetJournal() throws {
        let found = try quotes("The Wall Street Journal")
        let pushkov = found.filter { $0.speaker?.name == "Aleksei Pushkov" }
        #expect(pushkov.map(\.kind) == [.indirect, .direct, .direct])
        #expect(pushkov.first?.speaker?.title == "the head of the Russian parliament’s foreign affairs committee")
        #expect(pushkov.first?.text == "they were forcing Moscow and the West closer together")
        #expect(pushkov.dropFirst().first?.text.hasPrefix("We have had disagreements in the past, in the 1930s") == true)
        #expect(pushkov.dropFirst().first?.speaker?.text == "Mr. Pushkov")

        let stoltenberg = found.filter { $0.speaker?.name == "Jens Stoltenberg" }
        #expect(stoltenberg.count == 2)
        #expect(stoltenberg.first?.text.hasPrefix("Russia can play a constructive role in Syria") == true)
        #expect(stoltenberg.allSatisfy { $0.speaker?.text == "he" && $0.speaker?.isInferred == true })

        #expect(found.filter { $0.kind == .scare }.map(\.text) == ["grand and single coalition"])
        let anonymous = found.filter(\.isAnonymous).compactMap(\.speaker?.name)
        #expect(anonymous == [
            "U.S. officials", "a senior Obama administration official", "a senior Obama administration official",
            "Current and former Obama administration officials",
            "A Russian diplomat familiar with the Middle East", "A Russian diplomat familiar with the Middle East",
            "A Russian diplomat familiar with the Middle East", "U.S. and Mideast diplomats", "Iranian diplomats",
            "U.S. and European officials", "U.S. and European officials", "a senior European diplomat",
        ])
    }

    @Test("The Atlantic Sentinel holds “Rescuing” at a distance in its subhead")
    func atlanticSentinel() throws {
        let found = try quotes("Atlantic Sentinel")
        #expect(found.filter { $0.kind == .scare }.map(\.text) == ["Rescuing"])
        // In the body, “rescue” sits in what Putin is reported to have said: his word, quoted.
        let rescue = try #require(found.first { $0.text == "rescue" })
        #expect(rescue.isPartial)
        #expect(rescue.speaker?.name == "Vladimir Putin")
        let cameron = found.filter { $0.kind == .direct && !$0.isPartial && $0.speaker?.name == "David Cameron" }
        #expect(cameron.count == 2)
        #expect(cameron.allSatisfy { $0.speaker?.isInferred == true && $0.verb?.form == "told" })
        let hollande = try #require(found.first { $0.speaker?.name == "François Hollande" })
        #expect(hollande.text == "We must combine our forces to achieve a result that is already too late in coming.")
        #expect(hollande.attribution == .verbBeforeQuote)
    }

    @Test("Breitbart's scare quotes, and the Journal and Lavrov it quotes")
    func breitbart() throws {
        let found = try quotes("Breitbart")
        #expect(found.filter { $0.kind == .scare }.map(\.text) == ["moderate", "terrorists", "degrade and ultimately destroy", "key"])
        let lavrov = found.filter { $0.speaker?.name == "Sergey Lavrov" }
        #expect(lavrov.map(\.verb?.form) == ["quoted", "said", "said", "said"])
        #expect(lavrov.first?.text == "contradictory and confusing policy in Syria")
        let journal = found.filter { $0.speaker?.name == "The Wall Street Journal" }
        #expect(journal.map(\.verb?.form) == ["suggests", "suggests", "noting"])
    }

    @Test("Hot Air: the Russian ministry's statement and Cameron in the Commons")
    func hotAir() throws {
        let found = try quotes("Hot Air")
        // “…,” the ministry said: the Russian Foreign Ministry of the paragraph before.
        let ministry = found.filter { $0.speaker?.text == "the ministry" }
        #expect(ministry.map(\.attribution) == [.verbAfterQuote, .continuation])
        #expect(ministry.allSatisfy { $0.speaker?.name == "the Russian Foreign Ministry" })
        #expect(ministry.allSatisfy { $0.speaker?.kind == .organisation })
        let cameron = found.filter { $0.speaker?.name == "David Cameron" }
        #expect(cameron.map(\.verb?.form) == ["urging", "warned", "warned", "urged", "said", "said", "said", "said", "argued", "added"])
        let tass = try #require(found.first { $0.attribution == .accordingTo })
        #expect(tass.speaker?.name == "state-run TASS")
        #expect(tass.text.hasPrefix("Sergei Lavrov met with new Iraqi PM Haider al-Abadi"))
    }

    @Test("evidence: the sentence, speaker and verb marked, and the rule")
    func evidence() throws {
        let document = try QuoteTestSupport.seed("Foreign Policy")
        let quote = try #require(try QuoteTestSupport.analyzer().quotes(in: document).first { $0.text.hasPrefix("If one is against terrorists") })
        let evidence = quote.evidence(in: document)
        #expect(evidence.text == "“If one is against terrorists, it is not abnormal to strike those terrorists,” Fabius said.")
        #expect(evidence.highlights.map { document.originalText($0) } == ["Fabius", "said"])
        #expect(evidence.rule == "direct quote; verb after the quote; verb 'said' (neutral); speaker 'Fabius' = Laurent Fabius (person)")
        #expect(evidence.outlet == "Foreign Policy")
    }
}

import SlantMetrics
import SlantText

/// Shared helpers for the actor and label tests.
enum ActorsTestSupport {
    static let countries: Countries = (try? Countries.bundled()) ?? .none

    static func pattern(_ name: String, _ aliases: String...) throws -> ActorPattern {
        try ActorPattern(ActorDefinition(name: name, aliases: aliases), countries: countries)
    }

    static func analyse(_ text: String, title: String = "", outlet: String = "Test") -> AnalysedDocument {
        TextAnalyzer.analyse(Document(id: "doc", outlet: outlet, title: title, text: text))
    }

    /// The text each mention covers, in order.
    static func texts(_ mentions: [Mention], in analysis: AnalysedDocument) -> [String] {
        mentions.map { analysis.originalText($0.range) }
    }

    static func mentions(of actor: ActorPattern, in text: String, pronouns: Bool = true) -> (AnalysedDocument, [Mention]) {
        let analysis = analyse(text)
        return (analysis, MentionFinder(actor: actor, options: MentionOptions(pronouns: pronouns)).mentions(of: 0, in: analysis))
    }

    /// The prelude's actors, as the metric tests need them (SlantMetrics cannot read the
    /// prelude, which is Slant source in SlantLanguage; the language tests check the prelude itself).
    static func seedActors() throws -> [String: ActorPattern] {
        [
            "Russia": try pattern("Russia", "Russia", "Russian Federation", "Moscow", "Kremlin"),
            "Putin": try pattern("Putin", "Vladimir Putin", "Putin", "Vlad", "he"),
            "Obama": try pattern("Obama", "Barack Obama", "Obama", "he"),
            "Assad": try pattern(
                "Assad", "Bashar al-Assad", "Bashar Assad", "al-Assad", "Assad", "Assad regime", "Syrian regime",
                "Syrian government", "Syrian army", "Syrian air force", "Damascus", "he"),
            "IslamicState": try pattern(
                "IslamicState", "Islamic State", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
                "ISIS", "ISIL", "IS", "Daesh", "Da'esh", "caliphate"),
        ]
    }

    static func seeds() throws -> [AnalysedDocument] {
        TextAnalyzer.analyse(try Corpus.seeds().documents)
    }

    static func seed(_ outlet: String, in seeds: [AnalysedDocument]) -> AnalysedDocument? {
        seeds.first { $0.document.outlet == outlet }
    }
}

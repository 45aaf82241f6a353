import Foundation
import SlantMetrics
import SlantText

/// The hand-judged sample of pronoun carry-overs (`Fixtures/pronoun_sample.tsv`) and what the
/// resolver makes of it now: each judged pronoun is looked up in its AllSides document and
/// counts as kept when it is still an inferred mention of the judged actor.
struct PronounSample {
    /// One judged pronoun mention.
    struct Item {
        var document: String
        /// Counted from 1, as `explain(mentions(A))` counts.
        var sentence: Int
        var pronoun: String
        /// How many times the pronoun occurs in the sentence before this one.
        var occurrence: Int
        var actor: String
        var correct: Bool
        var why: String
    }

    /// The outcome of one item under the current resolver.
    struct Outcome {
        var item: Item
        /// Nil when the pronoun could not be found in the document (the text changed).
        var kept: Bool?
    }

    let items: [Item]

    init() throws {
        guard let url = Bundle.module.url(forResource: "pronoun_sample", withExtension: "tsv", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        var items: [Item] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("document\t") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 7, let sentence = Int(fields[1]), let occurrence = Int(fields[3]) else { continue }
            items.append(Item(document: fields[0], sentence: sentence, pronoun: fields[2], occurrence: occurrence,
                              actor: fields[4], correct: fields[5] == "yes", why: fields[6]))
        }
        self.items = items
    }

    /// The AllSides corpus beside the checkout (`../shared/corpora`), or nil when it is absent.
    static func corpusPath(filePath: String = #filePath) -> String? {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("shared/corpora/allsides-russia.jsonl.gz").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Runs the resolver (all four person actors of the prelude together, as `mentions(A)` does)
    /// over the sampled documents.
    func outcomes(corpusPath: String) throws -> [Outcome] {
        let wanted = Set(items.map(\.document))
        let documents = try Corpus.load(path: corpusPath).documents.filter { wanted.contains($0.id) }
        let names = ["Putin", "Trump", "Obama", "Assad"]
        let actors = try Self.personActors(names)
        let finder = MentionFinder(actors: actors)
        var byDocument: [String: (AnalysedDocument, [[Mention]])] = [:]
        for document in documents {
            let analysis = TextAnalyzer.analyse(document)
            byDocument[document.id] = (analysis, finder.mentions(in: analysis))
        }
        return items.map { item in
            guard let (analysis, found) = byDocument[item.document], let actor = names.firstIndex(of: item.actor),
                  let token = Self.token(of: item, in: analysis)
            else { return Outcome(item: item, kept: nil) }
            let kept = found[actor].contains { $0.kind == .pronoun && $0.tokens.lowerBound == token }
            return Outcome(item: item, kept: kept)
        }
    }

    /// The document token of the item's pronoun.
    static func token(of item: Item, in analysis: AnalysedDocument) -> Int? {
        let index = item.sentence - 1
        guard analysis.sentences.indices.contains(index) else { return nil }
        let wanted = item.pronoun.lowercased()
        var seen = 0
        for token in analysis.sentences[index].tokens where analysis.tokens[token].text.lowercased() == wanted {
            if seen == item.occurrence { return token }
            seen += 1
        }
        return nil
    }

    /// The prelude's person actors (as in scripts/prelude.slant).
    static func personActors(_ names: [String]) throws -> [ActorPattern] {
        let aliases: [String: [String]] = [
            "Putin": ["Vladimir Putin", "Putin", "Vlad", "he"],
            "Obama": ["Barack Obama", "Obama", "he"],
            "Trump": ["Donald Trump", "Donald J. Trump", "Trump", "he"],
            "Assad": ["Bashar al-Assad", "Bashar Assad", "al-Assad", "Assad", "Assad regime", "Syrian regime",
                      "Syrian government", "Syrian army", "Syrian air force", "Damascus", "he", "-Free Syrian Army"],
        ]
        return try names.map { name in
            try ActorPattern(ActorDefinition(name: name, aliases: aliases[name] ?? []), countries: ActorsTestSupport.countries)
        }
    }
}

/// Precision with its Wilson 95% interval.
struct Precision: CustomStringConvertible {
    var correct: Int
    var total: Int

    var value: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    /// The Wilson score interval at 95%.
    var interval: ClosedRange<Double> {
        guard total > 0 else { return 0...1 }
        let z = 1.959964, n = Double(total), p = value
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z * ((p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()) / (1 + z * z / n)
        return max(0, centre - half)...min(1, centre + half)
    }

    var description: String {
        String(format: "%d/%d = %.3f [%.3f, %.3f]", correct, total, value, interval.lowerBound, interval.upperBound)
    }
}

import Foundation
import Testing
import SlantText

/// Agreement with the reference Python tagger (textblob-aptagger 0.2.0) on every token of the
/// five seed articles. The fixtures and the script that made them are in Fixtures/tagger/:
/// `reference_tags` uses Slant's own tokens (`Token.pennText`), `reference_tags_plain` the
/// script's simple tokenizer on the raw text (curly quotes kept).
@Suite struct TaggingReferenceTests {
    struct ReferenceToken {
        var sentenceID: String
        var token: String
        /// Tag from tagging the sentence alone.
        var tag: String
        /// Tag from tagging the whole document in one call (previous tags carry over).
        var documentTag: String
    }

    static let fixtures = ["reference_tags", "reference_tags_plain"]

    static func loadFixture(_ name: String) throws -> [ReferenceToken] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures/tagger"),
            "Fixtures/tagger/\(name).tsv is missing from the test bundle")
        let text = try String(contentsOf: url, encoding: .utf8)
        var tokens: [ReferenceToken] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated()
        where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 4, "\(name).tsv:\(index + 1): expected 4 fields, got \(fields.count)")
            tokens.append(ReferenceToken(sentenceID: fields[0], token: fields[1], tag: fields[2], documentTag: fields[3]))
        }
        return tokens
    }

    /// Consecutive tokens with the same sentence id, in file order.
    static func sentences(_ tokens: [ReferenceToken]) -> [[ReferenceToken]] {
        var result: [[ReferenceToken]] = []
        for token in tokens {
            if let last = result.last?.last, last.sentenceID == token.sentenceID {
                result[result.count - 1].append(token)
            } else {
                result.append([token])
            }
        }
        return result
    }

    static func document(of sentenceID: String) -> Substring {
        sentenceID.split(separator: ".").first ?? Substring(sentenceID)
    }

    @Test(arguments: fixtures)
    func fixtureCoversEverySeed(fixture: String) throws {
        let tokens = try Self.loadFixture(fixture)
        #expect(Set(tokens.map { Self.document(of: $0.sentenceID) }) == ["000", "001", "002", "003", "004"])
        #expect(tokens.count > 5000)
    }

    @Test(arguments: fixtures)
    func agreesWithReferenceSentenceBySentence(fixture: String) throws {
        let tagger = try PerceptronTagger.shared()
        let sentences = Self.sentences(try Self.loadFixture(fixture))
        var total = 0
        var disagreements: [String] = []
        for sentence in sentences {
            let tags = tagger.tag(sentence.map(\.token))
            for (expected, actual) in zip(sentence, tags) {
                total += 1
                if expected.tag != actual {
                    disagreements.append("\(expected.sentenceID) \(expected.token): reference \(expected.tag), Slant \(actual)")
                }
            }
        }
        let agreement = Double(total - disagreements.count) / Double(max(total, 1)) * 100
        print("\(fixture): tagger agreement with the reference: \(String(format: "%.2f", agreement))% of \(total) tokens")
        #expect(
            agreement >= 99,
            "agreement \(String(format: "%.2f", agreement))% of \(total) tokens; disagreements:\n\(disagreements.joined(separator: "\n"))"
        )
    }

    /// The reference's multi-sentence quirk: one call over a whole document carries the previous
    /// two tags across sentence boundaries. `tag(sentences:)` must reproduce it — in particular
    /// on the tokens where it changes the tag.
    @Test(arguments: fixtures)
    func reproducesPreviousTagCarryOverAcrossSentences(fixture: String) throws {
        let tagger = try PerceptronTagger.shared()
        let sentences = Self.sentences(try Self.loadFixture(fixture))
        var byDocument: [(Substring, [[ReferenceToken]])] = []
        for sentence in sentences {
            let document = Self.document(of: sentence[0].sentenceID)
            if byDocument.last?.0 == document {
                byDocument[byDocument.count - 1].1.append(sentence)
            } else {
                byDocument.append((document, [sentence]))
            }
        }
        var total = 0
        var affected = 0
        var affectedMismatches: [String] = []
        var disagreements: [String] = []
        for (_, document) in byDocument {
            let tagged = tagger.tag(sentences: document.map { $0.map(\.token) })
            for (sentence, tags) in zip(document, tagged) {
                for (expected, actual) in zip(sentence, tags) {
                    total += 1
                    let line = "\(expected.sentenceID) \(expected.token): reference \(expected.documentTag), Slant \(actual)"
                    if expected.documentTag != actual { disagreements.append(line) }
                    if expected.tag != expected.documentTag {
                        affected += 1
                        if expected.documentTag != actual { affectedMismatches.append(line) }
                    }
                }
            }
        }
        let agreement = Double(total - disagreements.count) / Double(max(total, 1)) * 100
        print("\(fixture): document-call agreement: \(String(format: "%.2f", agreement))%; carry-over changes \(affected) tags")
        #expect(affected > 0, "the fixture should contain tokens whose tag depends on the carry-over")
        #expect(affectedMismatches.isEmpty, "carry-over not reproduced:\n\(affectedMismatches.joined(separator: "\n"))")
        #expect(
            agreement >= 99,
            "agreement \(String(format: "%.2f", agreement))% of \(total) tokens; disagreements:\n\(disagreements.joined(separator: "\n"))"
        )
    }
}

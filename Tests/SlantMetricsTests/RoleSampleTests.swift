import Foundation
import Testing

/// The hand-judged sample of casting mentions (`Fixtures/role_sample.tsv`): the accuracy figures
/// that docs/ROLES.md quotes ("How often the rules are right") are recomputed from it.
@Suite("Role sample")
struct RoleSampleTests {
    /// One judged casting mention.
    struct Item {
        var number: Int
        var document: String
        var sentence: Int
        var parties: Bool
        var actionClass: Bool
        var role: Bool
        var error: String
        var after: String
        var roleAfter: Bool
    }

    static func items() throws -> [Item] {
        guard let url = Bundle.module.url(forResource: "role_sample", withExtension: "tsv", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        var items: [Item] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("n\t") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 15, let number = Int(fields[0]), let sentence = Int(fields[2]) else { continue }
            items.append(Item(number: number, document: fields[1], sentence: sentence, parties: fields[7] == "yes",
                              actionClass: fields[8] == "yes", role: fields[9] == "yes", error: fields[10],
                              after: fields[12], roleAfter: fields[13] == "yes"))
        }
        return items
    }

    @Test func theDocumentedFiguresComeFromTheSample() throws {
        let items = try Self.items()
        #expect(items.count == 80)
        #expect(Set(items.map(\.number)).count == 80)
        #expect(items.filter(\.parties).count == 68)
        #expect(items.filter(\.actionClass).count == 73)
        #expect(items.filter(\.role).count == 54)
        #expect(items.filter(\.roleAfter).count == 63)
        var errors: [String: Int] = [:]
        for item in items where !item.role { errors[item.error, default: 0] += 1 }
        #expect(errors == ["topic-compound": 9, "verb-sense": 7, "affair-talks": 6, "missed-negation": 2, "possessive-chain": 2])
    }

    @Test func everyVerdictIsExplainedAndEveryChangeJudged() throws {
        for item in try Self.items() {
            // A wrong role names its error class; a right one none.
            #expect((item.error == "-") == item.role, "item \(item.number)")
            // Only a changed reading can change the verdict.
            if item.after == "-" { #expect(item.roleAfter == item.role, "item \(item.number)") }
            #expect(item.sentence >= 1)
        }
    }
}

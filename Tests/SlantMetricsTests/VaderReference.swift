import Foundation
import SlantMetrics
import Testing

/// One line of a vaderSentiment 3.3.2 reference file: an input and its four scores.
struct VaderReferenceCase: Decodable {
    var text: String?
    var sentence: String?
    var neg: Double
    var neu: Double
    var pos: Double
    var compound: Double

    var input: String { text ?? sentence ?? "" }
    var expected: SentimentScores { SentimentScores(neg: neg, neu: neu, pos: pos, compound: compound) }
}

enum VaderReference {
    /// `../shared/data/vader-reference`, found from this file's path; nil when absent.
    static let sharedFolder: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/vader-reference")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    static let sharedFiles = ["vader_edge_cases.jsonl", "vader_fuzz.jsonl", "vader_seed_scores.jsonl"]

    /// The edge cases shipped with the tests (a copy of the shared file).
    static func bundledEdgeCases() throws -> [VaderReferenceCase] {
        let url = try #require(Bundle.module.url(
            forResource: "vader_edge_cases", withExtension: "jsonl", subdirectory: "Fixtures"))
        return try load(url)
    }

    static func load(_ url: URL) throws -> [VaderReferenceCase] {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try decoder.decode(VaderReferenceCase.self, from: Data($0))
        }
    }

    /// Exact equality, down to the sign of zero (the reference holds `-0.0` twice).
    static func identical(_ a: SentimentScores, _ b: SentimentScores) -> Bool {
        a.neg.bitPattern == b.neg.bitPattern && a.neu.bitPattern == b.neu.bitPattern
            && a.pos.bitPattern == b.pos.bitPattern && a.compound.bitPattern == b.compound.bitPattern
    }
}

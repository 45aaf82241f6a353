import Foundation
import Testing
@testable import SlantLanguage

/// `docs/LANGUAGE.md` stays true: its builtin reference is the generated one, and every
/// `slant` example followed by an `output` block prints exactly that output.
/// Run with `SLANT_UPDATE_DOCS=1` to regenerate the builtin reference section.
@Suite("LANGUAGE.md")
struct LanguageDocumentTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/LANGUAGE.md")
    static let begin = "<!-- BEGIN BUILTINS -->\n"
    static let end = "<!-- END BUILTINS -->"

    private func document() throws -> String {
        try String(contentsOf: Self.path, encoding: .utf8)
    }

    @Test func builtinReferenceIsGeneratedFromTheRegistry() throws {
        let text = try document()
        let start = try #require(text.range(of: Self.begin))
        let stop = try #require(text.range(of: Self.end))
        let current = String(text[start.upperBound..<stop.lowerBound])
        let generated = BuiltinReference.markdown()
        if ProcessInfo.processInfo.environment["SLANT_UPDATE_DOCS"] == "1", current != generated {
            let updated = String(text[..<start.upperBound]) + generated + String(text[stop.lowerBound...])
            try updated.write(to: Self.path, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == generated, "docs/LANGUAGE.md is out of date: run the tests with SLANT_UPDATE_DOCS=1")
    }

    /// Pairs of ```slant and ```output blocks, in order.
    static func examples(in text: String) -> [(source: String, output: String)] {
        var pairs: [(String, String)] = []
        let lines = text.components(separatedBy: "\n")
        var index = 0
        func block(at start: Int, fence: String) -> (String, Int)? {
            guard start < lines.count, lines[start] == fence else { return nil }
            var body: [String] = []
            var cursor = start + 1
            while cursor < lines.count, lines[cursor] != "```" {
                body.append(lines[cursor])
                cursor += 1
            }
            return (body.joined(separator: "\n"), cursor + 1)
        }
        while index < lines.count {
            if let (source, next) = block(at: index, fence: "```slant"), let (output, after) = block(at: next, fence: "```output") {
                pairs.append((source, output))
                index = after
            } else {
                index += 1
            }
        }
        return pairs
    }

    @Test func everyExampleInTheDocumentRuns() throws {
        let pairs = Self.examples(in: try document())
        #expect(pairs.count >= 70)
        for (source, output) in pairs {
            #expect(run(source) == output, "example: \(source)")
        }
    }

    @Test func everyKeywordIsDocumented() throws {
        let text = try document()
        for keyword in Keyword.allCases {
            #expect(text.contains(keyword.rawValue), "keyword \(keyword.rawValue)")
        }
    }
}

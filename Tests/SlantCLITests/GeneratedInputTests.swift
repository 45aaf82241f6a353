import Foundation
import Testing

/// Inputs too big or too odd to keep as golden files, generated on the fly and run through the
/// real binary: each ends with a located error (exit 1) or a correct result, never a crash.
@Suite("Generated inputs")
struct GeneratedInputTests {
    private func runScript(_ bytes: [UInt8], name: String) throws -> SlantProcess.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-gen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return try SlantProcess.run(["run", name], in: folder)
    }

    @Test func tenThousandOpeningBrackets() throws {
        let result = try runScript(Array((String(repeating: "(", count: 10_000) + "1\n").utf8), name: "deep.slant")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("deep.slant:1:201: error: too much nesting (more than 200 levels of brackets or operators)\n"))
        #expect(result.stderr.hasSuffix("help: split the expression into smaller steps with 'let'\n"))
    }

    @Test func tenMegabyteOperatorChainOnOneLine() throws {
        let source = "1" + String(repeating: " + 1", count: 2_500_000) + "\n"
        #expect(source.utf8.count > 10_000_000)
        let result = try runScript(Array(source.utf8), name: "long.slant")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(
            "long.slant:1:1: error: expression is too deeply nested (more than 2000 operations inside each other)\n"))
        // The source line is shown as a window, not 10 MB of text.
        #expect(result.stderr.count < 1_000)
    }

    @Test func tenMegabyteStringLiteralOnOneLine() throws {
        let source = "let s = \"" + String(repeating: "ab", count: 5_000_000) + "\"; length(s)\n"
        let result = try runScript(Array(source.utf8), name: "string.slant")
        #expect(result.stderr == "")
        #expect(result.stdout == "10000000\n")
        #expect(result.status == 0)
    }

    @Test func deepRecursionThroughTheCLI() throws {
        let result = try runScript(Array("let f = fn(n) if n == 0 then 0 else 1 + f(n - 1)\nf(999)\n".utf8), name: "rec.slant")
        #expect(result.stdout == "999\n")
        #expect(result.status == 0)
    }
}

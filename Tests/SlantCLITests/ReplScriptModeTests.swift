import Foundation
import Testing

/// `slant` (or `slant repl`) with standard input that is not a terminal reads it as a script:
/// no banner, no prompts, values on stdout, errors on stderr with line numbers, and the exit
/// status of `slant run`.
@Suite("REPL with standard input not a terminal")
struct ReplScriptModeTests {
    private let folder = FileManager.default.temporaryDirectory

    @Test("bare slant runs piped statements with no banner or prompt", arguments: [[], ["repl"]])
    func pipedScript(arguments: [String]) throws {
        let script = "let x = 2\n# a comment\nx * 21\n\"Davutoğlu\"\n"
        let result = try SlantProcess.run(arguments, in: folder, stdin: Data(script.utf8))
        #expect(result == SlantProcess.Result(stdout: "42\nDavutoğlu\n", stderr: "", status: 0))
    }

    @Test("an error names <stdin>, its line and column, and exits with status 1", arguments: [[], ["repl"]])
    func pipedError(arguments: [String]) throws {
        let script = "1 + 1\nlet y = 3\ny + missing_name\n4\n"
        let result = try SlantProcess.run(arguments, in: folder, stdin: Data(script.utf8))
        #expect(result.status == 1)
        #expect(result.stdout == "2\n")
        #expect(result.stderr.hasPrefix("<stdin>:3:5: error:"), "stderr was: \(result.stderr)")
        #expect(!result.stderr.contains("slant>"))
    }

    @Test("the same output as slant run -")
    func sameAsRun() throws {
        let script = Data("table(name = [\"a\", \"b\"], n = [1, 2])\n".utf8)
        let bare = try SlantProcess.run(["--format", "csv"], in: folder, stdin: script)
        let run = try SlantProcess.run(["run", "-", "--format", "csv"], in: folder, stdin: script)
        #expect(bare == run)
        #expect(bare.stdout == "name,n\na,1\nb,2\n")
    }
}

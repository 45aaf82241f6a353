import Foundation
import Testing

/// Exit statuses of the command line: 0 success, 1 an error in the script, 2 a usage error.
@Suite("Command-line usage")
struct UsageTests {
    let folder = FileManager.default.temporaryDirectory

    @Test func badOptionValueIsAUsageError() throws {
        let result = try SlantProcess.run(["-e", "1", "--format", "xml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try SlantProcess.run(["run", "x.slant", "--no-such-option"], in: folder)
        #expect(result.status == 2)
    }

    @Test func missingScriptIsAUsageError() throws {
        let result = try SlantProcess.run(["run"], in: folder)
        #expect(result.status == 2)
    }

    @Test(arguments: ["csv", "json", "markdown", "table"])
    func everyFormatPrintsAScalarTheSameWay(_ format: String) throws {
        let result = try SlantProcess.run(["-e", "6 * 7", "--format", format], in: folder)
        #expect(result.stdout == "42\n")
        #expect(result.status == 0)
    }
}

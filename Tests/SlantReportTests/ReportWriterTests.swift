import Foundation
import SlantReport
import Testing

@Suite("Report files: atomic writes, folders, inputs")
struct ReportWriterTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func createsTheFolderAndSaysSo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out/deeper/report.html").path
        let written = try ReportWriter().write("<p>hi</p>", to: path)
        #expect(written.bytes == 9)
        #expect(written.createdDirectory == folder.appendingPathComponent("out/deeper").path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<p>hi</p>")
        let again = try ReportWriter().write("x", to: path)
        #expect(again.createdDirectory == nil)
    }

    @Test func replacesAnExistingFileWholeAndLeavesNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.md").path
        try String(repeating: "old ", count: 1000).write(toFile: path, atomically: false, encoding: .utf8)
        _ = try ReportWriter().write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["r.md"])
    }

    @Test func neverWritesAnInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("corpus.jsonl").path
        try "{}\n".write(toFile: input, atomically: false, encoding: .utf8)
        let writer = ReportWriter(protectedPaths: [input])
        // Also when named another way (with "./" and "..").
        let sneaky = folder.appendingPathComponent("x/../corpus.jsonl").path
        #expect(throws: ReportWriteError.self) { try writer.write("report", to: sneaky) }
        do {
            _ = try writer.write("report", to: input)
            Issue.record("wrote over an input")
        } catch {
            #expect(error.path == input)
            #expect(error.description == "cannot write '\(input)': it is an input of this run and is never overwritten")
            #expect(error.suggestion == "write the report to another path, e.g. under out/")
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "{}\n")
    }

    @Test func explainsFoldersAndFilesInTheWay() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ReportWriter().write("x", to: folder.path)
            Issue.record("wrote over a folder")
        } catch {
            #expect(error.message == "it is a folder")
        }
        let file = folder.appendingPathComponent("plain").path
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        do {
            _ = try ReportWriter().write("x", to: file + "/report.html")
            Issue.record("wrote under a file")
        } catch {
            #expect(error.message.hasSuffix("is a file, not a folder"))
        }
        #expect(throws: ReportWriteError.self) { try ReportWriter().write("x", to: "") }
    }
}

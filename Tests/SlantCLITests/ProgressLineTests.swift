import Foundation
import Testing

/// Long work draws a progress line on standard error when it is a terminal, and nothing
/// otherwise. The terminal case runs slant under `script`, which gives it a pseudo-terminal and
/// passes on everything written to it, escape sequences included.
@Suite("Progress line")
struct ProgressLineTests {
    /// A JSON Lines corpus of 1,500 short articles: enough for the metrics to report progress.
    static func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = (0..<1500).map { index in
            #"{"id": "a\#(index)", "outlet": "Outlet \#(index % 7)", "text": "Russia said on day \#(index) that Moscow would talk. Putin agreed."}"#
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("corpus.jsonl"))
        return folder
    }

    static let script = "corpus() | mentions(Russia).n"

    @Test("not a terminal: nothing but the result")
    func quietWhenNotATerminal() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SlantProcess.run(["-e", Self.script, "--corpus", "corpus.jsonl"], in: folder)
        #expect(result == SlantProcess.Result(stdout: "3000\n", stderr: "", status: 0))
    }

    @Test("a terminal: a line that counts documents, then is erased before the result",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func drawnOnATerminal() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "'\(SlantProcess.binary.path)' -e '\(Self.script)' --corpus corpus.jsonl"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = folder
        process.environment = ["TERM": "xterm", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("working: "), "output was: \(text.debugDescription)")
        #expect(text.contains(" of 1,500 documents"))
        // The line is erased (carriage return, clear to end of line) before the result is printed.
        let erased = try #require(text.range(of: "\r\u{1B}[K", options: .backwards))
        #expect(text[erased.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines) == "3000")
    }
}

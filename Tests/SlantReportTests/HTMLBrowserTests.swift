import Foundation
import SlantReport
import Testing

/// The HTML page opened in a real browser, as a reader would: headless Chromium renders it to a
/// screenshot and dumps the DOM it built. Skipped (with a note) when no Chromium is installed:
/// `apt-get install chromium`, or point `SLANT_CHROMIUM` at a binary.
@Suite("HTML report in a browser", .enabled(if: Browser.path != nil, "no Chromium found: apt-get install chromium, or set SLANT_CHROMIUM"))
struct HTMLBrowserTests {
    @Test func rendersWithItsSectionsChartsAndNoConsoleErrors() throws {
        let browser = try #require(Browser.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try HTMLReportRenderer().render(SampleReport.report).write(to: page, atomically: true, encoding: .utf8)

        let shot = folder.appendingPathComponent("shot.png")
        let render = try Browser.run(browser, ["--screenshot=\(shot.path)", "--window-size=1100,1600", page.absoluteString])
        let png = try Data(contentsOf: shot)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16–23.
        let size = png.count >= 24 ? (png[16..<20].reduce(0) { $0 << 8 | Int($1) }, png[20..<24].reduce(0) { $0 << 8 | Int($1) }) : (0, 0)
        #expect(size == (1100, 1600))
        #expect(!render.stderr.contains(":CONSOLE("), "the page logged to the console:\n\(render.stderr)")

        let dom = try Browser.run(browser, ["--dump-dom", page.absoluteString])
        for heading in ["<h2>Salience</h2>", "<h2>Roles and words</h2>", "<h2>Evidence</h2>", "<h1>How outlets frame Russia</h1>"] {
            #expect(dom.stdout.contains(heading), "the browser's page lacks \(heading)")
        }
        #expect(dom.stdout.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(!dom.stderr.contains(":CONSOLE("))
    }
}

/// Finding and running headless Chromium.
enum Browser {
    static let path: String? = {
        if let given = ProcessInfo.processInfo.environment["SLANT_CHROMIUM"], FileManager.default.isExecutableFile(atPath: given) {
            return given
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    struct Result {
        var stdout: String
        var stderr: String
    }

    /// Runs the browser headless with `arguments`, giving up after 90 seconds. Output goes to
    /// files (a pipe that fills up would stall the browser).
    static func run(_ path: String, _ arguments: [String]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-browser-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"] + arguments
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }
}

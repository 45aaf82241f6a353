import Foundation
import Testing

/// One run of a saved script from `scripts/` through the real binary, in a fresh temporary
/// folder (so the reports it writes under `out/` never land in the repository), with the
/// golden files it is compared against in `Golden/scripts/`.
struct ScriptRun {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scriptsFolder = packageRoot.appendingPathComponent("scripts")
    /// Expected outputs of the scripts (and the corpus sample they run on).
    static let goldenFolder = GoldenTests.source.appendingPathComponent("scripts")
    /// Set `SLANT_UPDATE_GOLDEN=1` (as for the other golden tests) to rewrite the expectations.
    static var updating: Bool { ProcessInfo.processInfo.environment["SLANT_UPDATE_GOLDEN"] == "1" }

    let result: SlantProcess.Result
    /// The temporary folder the script ran in; `out/` is inside it.
    let folder: URL
    /// Today's date as the report writes it (UTC), before and after the run (the run may
    /// straddle midnight): replaced with `<today>` before comparing with golden files.
    let dates: Set<String>

    /// Runs `slant run scripts/NAME.slant` with `arguments` after it.
    init(_ name: String, arguments: [String] = [], timeout: TimeInterval = 300) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-script-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let before = Self.today()
        let script = Self.scriptsFolder.appendingPathComponent("\(name).slant").path
        result = try SlantProcess.run(["run", script] + arguments, in: folder, timeout: timeout)
        dates = [before, Self.today()]
    }

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The text of a file the script wrote, relative to its folder (nil if absent).
    func written(_ path: String) -> String? {
        (try? Data(contentsOf: folder.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Files under `path` (relative to the run's folder), sorted.
    func files(under path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(path).path)) ?? []
        return names.sorted()
    }

    /// `text` with today's date replaced by `<today>`.
    func normalised(_ text: String) -> String {
        dates.reduce(text) { $0.replacingOccurrences(of: $1, with: "<today>") }
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }

    /// Compares `actual` with the golden file `name` in `Golden/scripts/`, or rewrites it when
    /// updating. On a mismatch the message names the first line that differs.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenFolder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file Golden/scripts/\(name): run with SLANT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? actualLines[line] : "(end of output)"
        let wanted = line < expectedLines.count ? expectedLines[line] : "(end of file)"
        Issue.record(
            "Golden/scripts/\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(got)",
            sourceLocation: sourceLocation)
    }

    /// `../shared/RELATIVE` next to the package root, or nil when absent.
    static func shared(_ relative: String) -> URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

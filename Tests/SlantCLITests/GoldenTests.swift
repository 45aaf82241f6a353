import Foundation
import Testing

/// End-to-end: the real `slant` binary on the scripts in `Golden/`, compared byte for byte with
/// their expected standard output, standard error and exit status.
///
/// A case is `NAME.slant` (run as `slant run NAME.slant`) or `NAME.args` (the arguments, one per
/// line, e.g. `-e` and a one-liner), with optional `NAME.stdin` piped in. Expectations live in
/// `NAME.stdout`, `NAME.stderr` (absent = empty) and `NAME.status` (absent = 0).
/// Run with `SLANT_UPDATE_GOLDEN=1` to rewrite the expectations from the current binary
/// (then review the diff before committing).
@Suite("Golden end-to-end")
struct GoldenTests {
    /// The golden folder in the source tree (where updates are written).
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    /// Where cases are read from: the source tree when present (so updated expectations count
    /// without a rebuild), else the copy in the test bundle.
    static let bundled: URL? = FileManager.default.fileExists(atPath: source.path)
        ? source : Bundle.module.url(forResource: "Golden", withExtension: nil)

    static var cases: [String] {
        guard let folder = bundled,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        let scripts = names.filter { $0.hasSuffix(".slant") || $0.hasSuffix(".args") }
        return Set(scripts.map { String($0.prefix(upTo: $0.lastIndex(of: ".") ?? $0.endIndex)) }).sorted()
    }

    static func read(_ folder: URL, _ name: String) -> Data? {
        try? Data(contentsOf: folder.appendingPathComponent(name))
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let folder = try #require(Self.bundled)
        let arguments: [String]
        if let args = Self.read(folder, "\(name).args") {
            var lines = String(decoding: args, as: UTF8.self).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            arguments = lines
        } else {
            arguments = ["run", "\(name).slant"]
        }
        let result = try SlantProcess.run(arguments, in: folder, stdin: Self.read(folder, "\(name).stdin"))

        if ProcessInfo.processInfo.environment["SLANT_UPDATE_GOLDEN"] == "1" {
            try write(result.stdout, "\(name).stdout", keepEmpty: true)
            try write(result.stderr, "\(name).stderr", keepEmpty: false)
            try write(result.status == 0 ? "" : "\(result.status)\n", "\(name).status", keepEmpty: false)
            return
        }
        let expectedOut = Self.read(folder, "\(name).stdout").map { String(decoding: $0, as: UTF8.self) } ?? ""
        let expectedErr = Self.read(folder, "\(name).stderr").map { String(decoding: $0, as: UTF8.self) } ?? ""
        let expectedStatus = Self.read(folder, "\(name).status")
            .flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        #expect(result.stdout == expectedOut, "stdout of \(name)")
        #expect(result.stderr == expectedErr, "stderr of \(name)")
        #expect(result.status == expectedStatus, "exit status of \(name)")
    }

    private func write(_ text: String, _ file: String, keepEmpty: Bool) throws {
        let url = Self.source.appendingPathComponent(file)
        if text.isEmpty, !keepEmpty {
            try? FileManager.default.removeItem(at: url)
        } else {
            try Data(text.utf8).write(to: url)
        }
    }
}

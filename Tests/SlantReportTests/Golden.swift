import Foundation
import Testing

/// Expected renderings kept as files in `Golden/`. Run with `SLANT_UPDATE_GOLDEN=1` to rewrite
/// them from the current renderers, then review the diff before committing.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["SLANT_UPDATE_GOLDEN"] != nil }

    /// Compares `actual` with `Golden/name`, or rewrites the file when updating.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            try actual.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("Golden").appendingPathComponent(name),
              let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record("missing golden file Golden/\(name); run with SLANT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
            let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            Issue.record("Golden/\(name) differs at line \(first + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
        }
    }
}

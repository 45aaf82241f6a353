import Foundation
@testable import SlantText

/// Paths and scratch folders shared by the SlantText test suites.
enum TestSupport {
    /// A file or folder under the test bundle's `Fixtures/`.
    static func fixture(_ relative: String) -> String {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            return "/nonexistent/Fixtures/" + relative
        }
        return root.appendingPathComponent(relative).path
    }

    /// `../shared/<relative>` next to the package root, or nil (with a printed note) when absent.
    static func shared(_ relative: String, filePath: String = #filePath) -> String? {
        let packageRoot = URL(fileURLWithPath: filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/" + relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipped: ../shared/\(relative) not present")
            return nil
        }
        return path
    }

    /// A fresh empty folder under the system temporary directory.
    static func scratchFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("slant-text-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes bytes to `folder/name` and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], to folder: String, name: String) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    static func write(_ text: String, to folder: String, name: String) throws -> String {
        try write(Array(text.utf8), to: folder, name: name)
    }
}
